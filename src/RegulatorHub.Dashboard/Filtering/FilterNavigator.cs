using Microsoft.AspNetCore.Components;

namespace RegulatorHub.Dashboard.Filtering;

/// <summary>
/// The circuit's current filter, and the way to change it. The URL is the filter's home, so applying a filter
/// navigates; but the new filter takes effect at once, without waiting for the browser to report the navigation back
/// (a round trip that would otherwise come before every query). Links, back and forward reach it through
/// <see cref="Read"/>.
/// </summary>
public sealed class FilterNavigator(NavigationManager navigation)
{
    /// <summary>The filter in effect.</summary>
    public DashboardFilter Current { get; private set; } = DashboardFilter.None;

    /// <summary>What was wrong with the URL's filter parameters when it was last read.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Raised when <see cref="Current"/> changes.</summary>
    public event Action? Changed;

    /// <summary>Takes the filter from a URL (the first request's, or one the browser navigated to).</summary>
    public void Read(string uri)
    {
        var filter = DashboardFilter.Parse(new Uri(uri).Query, out var errors);
        Errors = errors;
        Set(filter);
    }

    /// <summary>Puts <paramref name="filter"/> in effect now and stays on the current page with it in the URL (other query parameters are kept).</summary>
    public void Apply(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Errors = [];
        Set(filter);
        var parameters = DashboardFilter.Parameters.ToDictionary(p => p, p => (object?)filter.ValueOf(p));
        navigation.NavigateTo(navigation.GetUriWithQueryParameters(parameters));
    }

    /// <summary>A link to <paramref name="path"/> carrying <paramref name="filter"/>.</summary>
    public static string Href(string path, DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.IsEmpty ? path : $"{path}?{filter.ToQueryString()}";
    }

    // Equal filters keep the same instance, so the cascade does not re-run every page's queries for a URL that only
    // changed its other parameters or its parameter order.
    private void Set(DashboardFilter filter)
    {
        if (filter != Current)
        {
            Current = filter;
            Changed?.Invoke();
        }
    }
}
