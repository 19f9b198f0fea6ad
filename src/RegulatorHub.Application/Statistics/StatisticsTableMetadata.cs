using System.Globalization;

namespace RegulatorHub.Application.Statistics;

/// <summary>What a statistics table was built from and how, so that an exported file can be reproduced and judged.</summary>
/// <param name="DefinitionJson">The definition in canonical JSON (<see cref="StatisticsDefinitionJson"/>).</param>
/// <param name="QueryString">The definition as its canonical query string (<see cref="StatisticsDefinitionParser.ToQueryString"/>).</param>
/// <param name="Watermark">Change-feed checkpoint of the facts counted, or <see langword="null"/> when none were loaded.</param>
/// <param name="DataFrom">First day of the requested range the data covers, or <see langword="null"/> when it covers none of it.</param>
/// <param name="DataTo">Last day of the requested range the data covers, or <see langword="null"/>.</param>
/// <param name="GeneratedAt">When the table was built (from the injected clock).</param>
/// <param name="FactsCounted">Complaints counted; <see langword="null"/> when the grand total is suppressed (it is the same number).</param>
/// <param name="RowCount">Rows of the table (without the total line).</param>
/// <param name="ColumnCount">Columns of the table (without the total column).</param>
/// <param name="CellCount">Body cells, <paramref name="RowCount"/> x <paramref name="ColumnCount"/>.</param>
/// <param name="SuppressedCount">Cells and totals withheld.</param>
/// <param name="RuleDescription">The disclosure rule in words.</param>
/// <param name="Threshold">The rule's threshold k.</param>
/// <param name="PublishZeros">Whether the rule publishes zeros.</param>
/// <param name="Generator">The software that built the table.</param>
public sealed record StatisticsTableMetadata(
    string DefinitionJson,
    string QueryString,
    string? Watermark,
    DateOnly? DataFrom,
    DateOnly? DataTo,
    DateTimeOffset GeneratedAt,
    long? FactsCounted,
    int RowCount,
    int ColumnCount,
    int CellCount,
    int SuppressedCount,
    string RuleDescription,
    int Threshold,
    bool PublishZeros,
    StatisticsGenerator Generator)
{
    /// <summary>
    /// Every item as key/value text in a fixed order, for file metadata (CSV comment lines, the XLSX metadata sheet,
    /// Parquet key-value metadata). Keys are lower-case with underscores.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Items()
    {
        return
        [
            new("generator", Generator.Name),
            new("software_version", Generator.Version),
            new("generated_at", GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            new("data_watermark", Watermark ?? string.Empty),
            new("data_from", Date(DataFrom)),
            new("data_to", Date(DataTo)),
            new("facts_counted", FactsCounted?.ToString(CultureInfo.InvariantCulture) ?? "x"),
            new("rows", RowCount.ToString(CultureInfo.InvariantCulture)),
            new("columns", ColumnCount.ToString(CultureInfo.InvariantCulture)),
            new("cells", CellCount.ToString(CultureInfo.InvariantCulture)),
            new("suppressed_entries", SuppressedCount.ToString(CultureInfo.InvariantCulture)),
            new("suppression_threshold", Threshold.ToString(CultureInfo.InvariantCulture)),
            new("suppression_publishes_zeros", PublishZeros ? "true" : "false"),
            new("suppression", RuleDescription),
            new("suppressed_mark", "x (primary and complementary suppression are marked alike)"),
            new("query", QueryString),
            new("definition", DefinitionJson),
        ];
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
