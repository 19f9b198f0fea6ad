using System.Globalization;
using System.Text;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Filtering;

/// <summary>
/// The global filter every widget applies, as it appears in the URL. The query string is its only home, so any view is
/// a link someone can share; <see cref="ToQueryString"/> writes the canonical form (fixed order, empty values left out)
/// that widgets also stamp on themselves to say which filter their data was computed for.
/// </summary>
public sealed record DashboardFilter
{
    /// <summary>The query parameters, in canonical order.</summary>
    public static IReadOnlyList<string> Parameters { get; } =
        ["from", "to", "category", "issue", "region", "merchant", "platform", "channel", "source"];

    /// <summary>No filter: all data held.</summary>
    public static DashboardFilter None { get; } = new();

    /// <summary>First day (inclusive).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>Taxonomy subject code.</summary>
    public string? Category { get; init; }

    /// <summary>Taxonomy issue code.</summary>
    public string? Issue { get; init; }

    /// <summary>Region code at any level (province, city, county, US state).</summary>
    public string? Region { get; init; }

    /// <summary>Merchant key.</summary>
    public string? Merchant { get; init; }

    /// <summary>E-commerce platform.</summary>
    public string? Platform { get; init; }

    /// <summary>Channel name (<c>Phone</c>, <c>WeChat</c>, …).</summary>
    public string? Channel { get; init; }

    /// <summary>Feed source id.</summary>
    public string? Source { get; init; }

    /// <summary>Whether anything is filtered.</summary>
    public bool IsEmpty => this == None;

    /// <summary>
    /// Reads the filter from a URL query string (with or without the leading <c>?</c>). Parameters that are not the
    /// filter's are ignored; a malformed value is left out of the filter and reported, naming its parameter.
    /// </summary>
    public static DashboardFilter Parse(string? query, out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var filter = None;
        foreach (var (name, value) in ReadPairs(query))
        {
            filter = Apply(filter, name, value, problems);
        }

        if (filter is { From: { } from, To: { } to } && from > to)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"from ({from:yyyy-MM-dd}) is after to ({to:yyyy-MM-dd}); the date range was ignored."));
            filter = filter with { From = null, To = null };
        }

        errors = problems;
        return filter;
    }

    /// <summary>The canonical query string (no leading <c>?</c>): fixed parameter order, empty values left out.</summary>
    public string ToQueryString()
    {
        var builder = new StringBuilder();
        foreach (var name in Parameters)
        {
            if (ValueOf(name) is { Length: > 0 } value)
            {
                builder.Append(builder.Length == 0 ? string.Empty : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
            }
        }

        return builder.ToString();
    }

    /// <summary>The value of one query parameter, or <see langword="null"/> when it is not set.</summary>
    public string? ValueOf(string parameter) => parameter switch
    {
        "from" => From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "to" => To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "category" => Category,
        "issue" => Issue,
        "region" => Region,
        "merchant" => Merchant,
        "platform" => Platform,
        "channel" => Channel,
        "source" => Source,
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "Not a filter parameter."),
    };

    /// <summary>This filter with one parameter set (or cleared, for a null or empty value), validated as <see cref="Parse"/> does.</summary>
    public DashboardFilter With(string parameter, string? value)
    {
        var problems = new List<string>();
        var updated = Apply(this, parameter, value ?? string.Empty, problems);
        return problems.Count == 0 ? updated : throw new ArgumentException(problems[0], nameof(value));
    }

    /// <summary>
    /// The analytics filter for this filter. The date range is left to the caller, which knows the period it shows;
    /// the region's level (province, city or county) is looked up in <paramref name="gazetteer"/>.
    /// </summary>
    public FactFilter ToFactFilter(RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var filter = FactFilter.All;
        filter = Restrict(filter, FactDimension.Category, Category);
        filter = Restrict(filter, FactDimension.Issue, Issue);
        filter = Restrict(filter, RegionDimension(Region, gazetteer), Region);
        filter = Restrict(filter, FactDimension.Merchant, Merchant);
        filter = Restrict(filter, FactDimension.Platform, Platform);
        filter = Restrict(filter, FactDimension.Channel, Channel);
        return Restrict(filter, FactDimension.Source, Source);
    }

    /// <summary>The analytics dimension a region code filters: its level in the gazetteer (a US state counts as a province).</summary>
    public static FactDimension RegionDimension(string? region, RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (region is null || !gazetteer.TryGet(region, out var entry))
        {
            return FactDimension.Province;
        }

        return entry.Level switch
        {
            RegionLevel.City => FactDimension.City,
            RegionLevel.County => FactDimension.County,
            _ => FactDimension.Province,
        };
    }

    private static FactFilter Restrict(FactFilter filter, FactDimension dimension, string? key) =>
        key is { Length: > 0 } ? filter.Where(dimension, key) : filter;

    private static DashboardFilter Apply(DashboardFilter filter, string name, string value, List<string> problems)
    {
        var text = value.Trim();
        var empty = text.Length == 0;
        switch (name)
        {
            case "from" or "to":
                DateOnly? date = null;
                if (!empty)
                {
                    if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        problems.Add($"{name} must be a date written yyyy-MM-dd; '{Truncate(text)}' was ignored.");
                        return filter;
                    }

                    date = parsed;
                }

                return name == "from" ? filter with { From = date } : filter with { To = date };
            case "category" or "issue" or "region" or "merchant" or "platform" or "channel" or "source":
                if (text.Length > 200)
                {
                    problems.Add($"{name} is longer than 200 characters and was ignored.");
                    return filter;
                }

                var key = empty ? null : text;
                return name switch
                {
                    "category" => filter with { Category = key },
                    "issue" => filter with { Issue = key },
                    "region" => filter with { Region = key },
                    "merchant" => filter with { Merchant = key },
                    "platform" => filter with { Platform = key },
                    "channel" => filter with { Channel = key },
                    _ => filter with { Source = key },
                };
            default:
                return filter;
        }
    }

    private static IEnumerable<(string Name, string Value)> ReadPairs(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            yield break;
        }

        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            yield return (name, value);
        }
    }

    // Echoing a whole pasted value back would put arbitrary text (possibly personal data) on screen; a prefix is enough.
    private static string Truncate(string text) => text.Length <= 20 ? text : text[..20] + "…";
}
