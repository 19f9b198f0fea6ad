using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Application.Statistics;

/// <summary>
/// The canonical JSON form of a <see cref="StatisticsDefinition"/> (schema <c>statistics-definition/v1</c>), written into
/// exported files and used for saved definitions.
/// </summary>
/// <remarks>
/// Canonical: fixed property order, API names for values, dates as <c>YYYY-MM-DD</c>, filters in API dimension order
/// with keys distinct and sorted, no whitespace; equal definitions give identical text. Example:
/// <c>{"schema":"statistics-definition/v1","dimensions":["category","region"],"regionLevel":"province","granularity":"month","from":"2026-01-01","to":"2026-06-30","filters":{"channel":["Phone"]}}</c>.
/// Reading is strict about the schema and the types, lenient about property order; the definition read is validated.
/// </remarks>
public static class StatisticsDefinitionJson
{
    /// <summary>The schema identifier written into every document.</summary>
    public const string Schema = "statistics-definition/v1";

    /// <summary>The canonical JSON text of <paramref name="definition"/>, on one line.</summary>
    public static string Serialize(StatisticsDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", Schema);
            writer.WriteStartArray(StatisticsParameters.Dimensions);
            foreach (var dimension in definition.Dimensions)
            {
                writer.WriteStringValue(StatisticsParameters.NameOf(dimension));
            }

            writer.WriteEndArray();
            writer.WriteString(StatisticsParameters.RegionLevel, StatisticsParameters.NameOf(definition.RegionLevel));
            writer.WriteString(StatisticsParameters.Granularity, StatisticsParameters.NameOf(definition.Granularity));
            writer.WriteString(StatisticsParameters.From, definition.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteString(StatisticsParameters.To, definition.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStartObject("filters");
            foreach (var dimension in StatisticsParameters.AllDimensions)
            {
                if (definition.Filters.TryGetValue(dimension, out var keys))
                {
                    writer.WriteStartArray(StatisticsParameters.NameOf(dimension));
                    foreach (var key in StatisticsDefinitionParser.CanonicalKeys(keys))
                    {
                        writer.WriteStringValue(key);
                    }

                    writer.WriteEndArray();
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a definition written by <see cref="Serialize"/> (or by hand in the same schema) and validates it.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="definition">The valid definition, or <see langword="null"/>.</param>
    /// <param name="error">What is wrong, or <see langword="null"/>.</param>
    public static bool TryParse(string? json, [NotNullWhen(true)] out StatisticsDefinition? definition, [NotNullWhen(false)] out string? error)
    {
        definition = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "The definition is empty.";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            error = Read(document.RootElement, out definition);
            return error is null;
        }
        catch (JsonException e)
        {
            // The parser's message names the position, not the content, so it is safe to pass on.
            error = $"The definition is not valid JSON: {e.Message}";
            return false;
        }
    }

    private static string? Read(JsonElement root, out StatisticsDefinition? definition)
    {
        definition = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "The definition must be a JSON object.";
        }

        if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.String || schema.GetString() != Schema)
        {
            return $"schema must be \"{Schema}\".";
        }

        var dimensions = new List<StatisticsDimension>();
        if (root.TryGetProperty(StatisticsParameters.Dimensions, out var dimensionArray))
        {
            if (dimensionArray.ValueKind != JsonValueKind.Array)
            {
                return "dimensions must be an array of dimension names.";
            }

            foreach (var item in dimensionArray.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || !StatisticsParameters.TryParseDimension(item.GetString(), out var dimension))
                {
                    return "dimensions holds something that is not a dimension name.";
                }

                dimensions.Add(dimension);
            }
        }

        var regionLevel = StatisticsRegionLevel.Province;
        if (root.TryGetProperty(StatisticsParameters.RegionLevel, out var level)
            && (level.ValueKind != JsonValueKind.String || !StatisticsParameters.TryParseRegionLevel(level.GetString(), out regionLevel)))
        {
            return "regionLevel must be province, city or county.";
        }

        TimeGranularity? granularity = null;
        if (root.TryGetProperty(StatisticsParameters.Granularity, out var granularityElement)
            && granularityElement.ValueKind != JsonValueKind.Null
            && (granularityElement.ValueKind != JsonValueKind.String || !StatisticsParameters.TryParseGranularity(granularityElement.GetString(), out granularity)))
        {
            return "granularity must be day, week, month or none.";
        }

        if (Date(root, StatisticsParameters.From) is not { } from)
        {
            return "from must be a date as YYYY-MM-DD.";
        }

        if (Date(root, StatisticsParameters.To) is not { } to)
        {
            return "to must be a date as YYYY-MM-DD.";
        }

        var filters = new Dictionary<StatisticsDimension, IReadOnlyList<string>>();
        if (root.TryGetProperty("filters", out var filterObject) && filterObject.ValueKind != JsonValueKind.Null)
        {
            if (filterObject.ValueKind != JsonValueKind.Object)
            {
                return "filters must be an object of dimension name to key array.";
            }

            foreach (var filter in filterObject.EnumerateObject())
            {
                if (!StatisticsParameters.TryParseDimension(filter.Name, out var dimension) || filter.Value.ValueKind != JsonValueKind.Array)
                {
                    return "filters must map dimension names to arrays of keys.";
                }

                if (filter.Value.EnumerateArray().Any(k => k.ValueKind != JsonValueKind.String))
                {
                    return $"filters.{StatisticsParameters.NameOf(dimension)} must hold strings only.";
                }

                filters[dimension] = [.. filter.Value.EnumerateArray().Select(k => k.GetString()!)];
            }
        }

        var candidate = new StatisticsDefinition
        {
            Dimensions = dimensions,
            RegionLevel = regionLevel,
            Granularity = granularity,
            From = from,
            To = to,
            Filters = filters,
        };
        var problems = candidate.Validate();
        if (problems.Count > 0)
        {
            return string.Join(" ", problems.Select(p => p.ToString()));
        }

        definition = candidate;
        return null;
    }

    private static DateOnly? Date(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element)
        && element.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
