using System.Web;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>The page contract's canonical filter string, and comparing it with a URL's query.</summary>
internal static class FilterQuery
{
    /// <summary>Filter parameters in the contract's fixed order.</summary>
    public static readonly string[] Order = ["from", "to", "category", "issue", "region", "merchant", "platform", "channel", "source"];

    /// <summary>The canonical string: non-empty values in <see cref="Order"/>, URL-encoded, joined by <c>&amp;</c>.</summary>
    public static string Canonical(IReadOnlyDictionary<string, string> values) =>
        string.Join('&', Order.Where(p => values.TryGetValue(p, out var v) && v.Length > 0)
            .Select(p => $"{p}={Uri.EscapeDataString(values[p])}"));

    /// <summary>The filter parameters of a URL or query string, decoded.</summary>
    public static Dictionary<string, string> Parse(string urlOrQuery)
    {
        var query = urlOrQuery.Contains('?', StringComparison.Ordinal) ? urlOrQuery[(urlOrQuery.IndexOf('?', StringComparison.Ordinal) + 1)..] : urlOrQuery;
        var parsed = HttpUtility.ParseQueryString(query);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in Order)
        {
            if (parsed[parameter] is { Length: > 0 } value)
            {
                values[parameter] = value;
            }
        }

        return values;
    }
}
