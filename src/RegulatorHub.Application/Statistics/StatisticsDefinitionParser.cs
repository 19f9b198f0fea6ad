using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Statistics;

/// <summary>
/// Reads a <see cref="StatisticsDefinition"/> from API or URL parameters and writes one back as its canonical query string.
/// </summary>
/// <remarks>
/// Parameter names are case-insensitive. Parameters the parser does not know (<c>page</c>, <c>format</c>, …) are left to
/// the caller and are not errors. A parameter given twice has its comma lists joined. Filter keys are trimmed; channel
/// names are matched case-insensitively and written in their canonical spelling.
/// </remarks>
public static class StatisticsDefinitionParser
{
    /// <summary>Parses a query string (with or without the leading <c>?</c>), percent-decoding names and values.</summary>
    /// <remarks>Commas separate list items; a key that itself holds a comma is written <c>%2C</c>.</remarks>
    public static bool TryParse(
        string? queryString,
        [NotNullWhen(true)] out StatisticsDefinition? definition,
        out IReadOnlyList<StatisticsParameterError> errors) =>
        Parse(SplitQuery(queryString), out definition, out errors);

    /// <summary>Parses already decoded parameters (comma lists split on every comma); the definition is also validated.</summary>
    /// <param name="parameters">Name/value pairs, e.g. from a request's query collection.</param>
    /// <param name="definition">The valid definition, or <see langword="null"/>.</param>
    /// <param name="errors">Every problem, each naming its parameter; empty on success.</param>
    public static bool TryParse(
        IEnumerable<KeyValuePair<string, string?>> parameters,
        [NotNullWhen(true)] out StatisticsDefinition? definition,
        out IReadOnlyList<StatisticsParameterError> errors)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Parse(parameters.Select(p => (p.Key, (IReadOnlyList<string>)(p.Value ?? string.Empty).Split(','))), out definition, out errors);
    }

    private static bool Parse(
        IEnumerable<(string Name, IReadOnlyList<string> Items)> parameters,
        [NotNullWhen(true)] out StatisticsDefinition? definition,
        out IReadOnlyList<StatisticsParameterError> errors)
    {
        var values = new Dictionary<string, List<IReadOnlyList<string>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, items) in parameters)
        {
            if (!values.TryGetValue(name.Trim(), out var list))
            {
                values[name.Trim()] = list = [];
            }

            list.Add(items);
        }

        var problems = new List<StatisticsParameterError>();
        var dimensions = ParseDimensions(Items(values, StatisticsParameters.Dimensions), problems);
        var regionLevel = StatisticsRegionLevel.Province;
        if (Single(values, StatisticsParameters.RegionLevel, problems) is { } levelText && !StatisticsParameters.TryParseRegionLevel(levelText, out regionLevel))
        {
            problems.Add(new(StatisticsParameters.RegionLevel, $"regionLevel must be province, city or county (was '{Clip(levelText)}')."));
        }

        TimeGranularity? granularity = null;
        if (Single(values, StatisticsParameters.Granularity, problems) is { } granularityText && !StatisticsParameters.TryParseGranularity(granularityText, out granularity))
        {
            problems.Add(new(StatisticsParameters.Granularity, $"granularity must be day, week, month or none (was '{Clip(granularityText)}')."));
        }

        var from = ParseDate(values, StatisticsParameters.From, problems);
        var to = ParseDate(values, StatisticsParameters.To, problems);
        var filters = new Dictionary<StatisticsDimension, IReadOnlyList<string>>();
        foreach (var dimension in StatisticsParameters.AllDimensions)
        {
            var name = StatisticsParameters.NameOf(dimension);
            if (Items(values, name) is { } list)
            {
                var keys = list.Select(k => k.Trim()).Where(k => k.Length > 0).Select(k => Normalize(dimension, k)).Distinct(StringComparer.Ordinal).ToList();
                if (keys.Count == 0)
                {
                    problems.Add(new(name, $"{name} needs at least one key when given."));
                    continue;
                }

                filters[dimension] = keys;
            }
        }

        definition = null;
        if (problems.Count == 0)
        {
            var candidate = new StatisticsDefinition
            {
                Dimensions = dimensions,
                RegionLevel = regionLevel,
                Granularity = granularity,
                From = from ?? default,
                To = to ?? default,
                Filters = filters,
            };
            problems.AddRange(candidate.Validate());
            if (problems.Count == 0)
            {
                definition = candidate;
            }
        }

        errors = problems;
        return definition is not null;
    }

    /// <summary>
    /// The canonical query string of a definition (no leading <c>?</c>): parameters in a fixed order, filter keys sorted
    /// and percent-encoded, so equal definitions give equal strings and the string parses back to an equal definition.
    /// </summary>
    public static string ToQueryString(StatisticsDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var parts = new List<string>();
        if (definition.Dimensions.Count > 0)
        {
            parts.Add(Pair(StatisticsParameters.Dimensions, string.Join(',', definition.Dimensions.Select(StatisticsParameters.NameOf))));
        }

        parts.Add(Pair(StatisticsParameters.RegionLevel, StatisticsParameters.NameOf(definition.RegionLevel)));
        parts.Add(Pair(StatisticsParameters.Granularity, StatisticsParameters.NameOf(definition.Granularity)));
        parts.Add(Pair(StatisticsParameters.From, definition.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        parts.Add(Pair(StatisticsParameters.To, definition.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        foreach (var dimension in StatisticsParameters.AllDimensions)
        {
            if (definition.Filters.TryGetValue(dimension, out var keys))
            {
                parts.Add(Pair(StatisticsParameters.NameOf(dimension), string.Join(',', CanonicalKeys(keys).Select(Uri.EscapeDataString))));
            }
        }

        return string.Join('&', parts);
    }

    /// <summary>Filter keys in canonical order: distinct, sorted by ordinal comparison.</summary>
    public static IReadOnlyList<string> CanonicalKeys(IEnumerable<string> keys) =>
        [.. keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Pair(string name, string value) => $"{name}={value}";

    private static List<(string Name, IReadOnlyList<string> Items)> SplitQuery(string? queryString)
    {
        var pairs = new List<(string Name, IReadOnlyList<string> Items)>();
        var text = queryString ?? string.Empty;
        if (text.StartsWith('?'))
        {
            text = text[1..];
        }

        foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];

            // A comma inside a key arrives as %2C and must stay inside the key: decode each list item on its own.
            pairs.Add((Decode(name), [.. value.Split(',').Select(Decode)]));
        }

        return pairs;
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static List<string>? Items(Dictionary<string, List<IReadOnlyList<string>>> values, string name) =>
        values.TryGetValue(name, out var list) ? [.. list.SelectMany(items => items)] : null;

    // A single-valued parameter: its items joined back, so "from=2026-01-01,2026-02-01" is reported as one bad date.
    private static string? Single(Dictionary<string, List<IReadOnlyList<string>>> values, string name, List<StatisticsParameterError> problems)
    {
        if (!values.TryGetValue(name, out var list))
        {
            return null;
        }

        var texts = list.Select(items => string.Join(',', items)).ToList();
        if (texts.Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
        {
            problems.Add(new(name, $"{name} was given more than once with different values."));
        }

        return texts[0];
    }

    private static List<StatisticsDimension> ParseDimensions(List<string>? items, List<StatisticsParameterError> problems)
    {
        var dimensions = new List<StatisticsDimension>();
        if (items is null)
        {
            return dimensions;
        }

        foreach (var item in items.Select(i => i.Trim()).Where(i => i.Length > 0))
        {
            if (StatisticsParameters.TryParseDimension(item, out var dimension))
            {
                dimensions.Add(dimension);
            }
            else
            {
                problems.Add(new(StatisticsParameters.Dimensions, $"'{Clip(item)}' is not a dimension; use {string.Join(", ", StatisticsParameters.AllDimensions.Select(StatisticsParameters.NameOf))}."));
            }
        }

        return dimensions;
    }

    private static DateOnly? ParseDate(Dictionary<string, List<IReadOnlyList<string>>> values, string name, List<StatisticsParameterError> problems)
    {
        if (Single(values, name, problems) is not { } text || text.Trim().Length == 0)
        {
            problems.Add(new(name, $"{name} is required (YYYY-MM-DD)."));
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new(name, $"{name} must be a date as YYYY-MM-DD (was '{Clip(text)}')."));
        return null;
    }

    private static string Normalize(StatisticsDimension dimension, string key) =>
        dimension == StatisticsDimension.Channel
            && !int.TryParse(key, CultureInfo.InvariantCulture, out _)
            && Enum.TryParse<ComplaintChannel>(key, ignoreCase: true, out var channel)
            && Enum.IsDefined(channel)
            ? channel.ToString()
            : key;

    // Echo at most a short prefix of what was sent: enough to spot the typo, never a whole pasted payload.
    private static string Clip(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length <= 40)
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed, 0, 40, 44);
        return builder.Append('…').ToString();
    }
}
