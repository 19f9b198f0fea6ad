using Microsoft.AspNetCore.Components;

namespace RegulatorHub.Dashboard.Filtering;

/// <summary>Moves the browser to a filter: the URL is the filter's only home, so applying one is navigating.</summary>
public sealed class FilterNavigator(NavigationManager navigation)
{
    /// <summary>Stays on the current page with <paramref name="filter"/> (other query parameters are kept).</summary>
    public void Apply(DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = DashboardFilter.Parameters.ToDictionary(p => p, p => (object?)filter.ValueOf(p));
        navigation.NavigateTo(navigation.GetUriWithQueryParameters(parameters));
    }

    /// <summary>A link to <paramref name="path"/> carrying <paramref name="filter"/>.</summary>
    public static string Href(string path, DashboardFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter.IsEmpty ? path : $"{path}?{filter.ToQueryString()}";
    }
}
