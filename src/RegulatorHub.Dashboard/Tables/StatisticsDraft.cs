using System.Globalization;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Dashboard.Tables;

/// <summary>
/// What the statistics builder's fields hold, as the raw parameter values of the URL. A draft may be incomplete or
/// invalid (the builder shows each problem next to its field); once it parses, the URL carries the parser's canonical
/// query string, so equal tables have equal links.
/// </summary>
public sealed record StatisticsDraft
{
    /// <summary>Dimension names as the URL spells them, outermost first.</summary>
    public IReadOnlyList<string> Dimensions { get; init; } = [];

    /// <summary>The region level name, or <see langword="null"/> for the default (province).</summary>
    public string? RegionLevel { get; init; }

    /// <summary>The granularity name, or <see langword="null"/> for none.</summary>
    public string? Granularity { get; init; }

    /// <summary>First day as typed (<c>YYYY-MM-DD</c>), or <see langword="null"/>.</summary>
    public string? From { get; init; }

    /// <summary>Last day as typed (<c>YYYY-MM-DD</c>), or <see langword="null"/>.</summary>
    public string? To { get; init; }

    /// <summary>Filter keys per filter parameter (<c>category</c>, <c>region</c>, …); a parameter without keys is absent.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Reads a query string (with or without <c>?</c>); unknown parameters are ignored.</summary>
    public static StatisticsDraft FromQuery(string? query)
    {
        var text = query ?? string.Empty;
        if (text.StartsWith('?'))
        {
            text = text[1..];
        }

        var draft = new StatisticsDraft();
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? part : part[..equals]).Trim();
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];

            // Items are decoded one by one, as the parser does, so a key holding %2C keeps its comma.
            var items = value.Split(',').Select(Decode).Select(i => i.Trim()).Where(i => i.Length > 0).ToList();
            if (Is(name, StatisticsParameters.Dimensions))
            {
                draft = draft with { Dimensions = items };
            }
            else if (Is(name, StatisticsParameters.RegionLevel))
            {
                draft = draft with { RegionLevel = Decode(value) };
            }
            else if (Is(name, StatisticsParameters.Granularity))
            {
                draft = draft with { Granularity = Decode(value) };
            }
            else if (Is(name, StatisticsParameters.From))
            {
                draft = draft with { From = Decode(value) };
            }
            else if (Is(name, StatisticsParameters.To))
            {
                draft = draft with { To = Decode(value) };
            }
            else if (StatisticsParameters.TryParseDimension(name, out var dimension) && items.Count > 0)
            {
                filters[StatisticsParameters.NameOf(dimension)] = items;
            }
        }

        return draft with { Filters = filters };
    }

    /// <summary>The draft of a valid definition.</summary>
    public static StatisticsDraft FromDefinition(StatisticsDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return FromQuery(StatisticsDefinitionParser.ToQueryString(definition));
    }

    /// <summary>The keys of one filter; empty when the dimension is not filtered.</summary>
    public IReadOnlyList<string> FilterKeys(StatisticsDimension dimension) =>
        Filters.TryGetValue(StatisticsParameters.NameOf(dimension), out var keys) ? keys : [];

    /// <summary>This draft with the keys of one filter replaced (none removes the filter).</summary>
    public StatisticsDraft WithFilter(StatisticsDimension dimension, IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var filters = new Dictionary<string, IReadOnlyList<string>>(Filters, StringComparer.Ordinal);
        var list = keys.Select(k => k.Trim()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var name = StatisticsParameters.NameOf(dimension);
        if (list.Count == 0)
        {
            filters.Remove(name);
        }
        else
        {
            filters[name] = list;
        }

        return this with { Filters = filters };
    }

    /// <summary>Parses the draft with the statistics parser: the definition, or every problem naming its parameter.</summary>
    public bool TryParse(out StatisticsDefinition? definition, out IReadOnlyList<StatisticsParameterError> errors) =>
        StatisticsDefinitionParser.TryParse(RawQueryString(), out definition, out errors);

    /// <summary>The query string for the URL: canonical when the draft parses, else the raw values so nothing typed is lost.</summary>
    public string ToQueryString() =>
        TryParse(out var definition, out _) ? StatisticsDefinitionParser.ToQueryString(definition!) : RawQueryString();

    /// <summary>The draft's values as parameters, in the canonical order, each list item percent-encoded.</summary>
    public string RawQueryString()
    {
        var parts = new List<string>();
        if (Dimensions.Count > 0)
        {
            parts.Add(Pair(StatisticsParameters.Dimensions, Dimensions));
        }

        AddSingle(parts, StatisticsParameters.RegionLevel, RegionLevel);
        AddSingle(parts, StatisticsParameters.Granularity, Granularity);
        AddSingle(parts, StatisticsParameters.From, From);
        AddSingle(parts, StatisticsParameters.To, To);
        foreach (var dimension in StatisticsParameters.AllDimensions)
        {
            if (FilterKeys(dimension) is { Count: > 0 } keys)
            {
                parts.Add(Pair(StatisticsParameters.NameOf(dimension), keys));
            }
        }

        return string.Join('&', parts);
    }

    /// <summary>
    /// The default range: the last 12 full calendar months of the data held, ending with the last month the data covers
    /// to its end (the month under way would look like a drop).
    /// </summary>
    /// <param name="lastDay">The last day with data, or <see langword="null"/> when nothing is held.</param>
    /// <param name="today">Today, used when nothing is held.</param>
    public static (DateOnly From, DateOnly To) DefaultRange(DateOnly? lastDay, DateOnly today)
    {
        var last = lastDay ?? today;
        var monthEnd = new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1);
        var to = last == monthEnd ? monthEnd : new DateOnly(last.Year, last.Month, 1).AddDays(-1);
        var from = new DateOnly(to.Year, to.Month, 1).AddMonths(-11);
        return (from, to);
    }

    /// <summary>Formats a date as the URL spells it.</summary>
    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool Is(string name, string parameter) => string.Equals(name, parameter, StringComparison.OrdinalIgnoreCase);

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string Pair(string name, IEnumerable<string> items) => $"{name}={string.Join(',', items.Select(Uri.EscapeDataString))}";

    private static void AddSingle(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
    }
}
