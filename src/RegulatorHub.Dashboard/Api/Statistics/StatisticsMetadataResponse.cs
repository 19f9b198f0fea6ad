using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>What a statistics table was built from and how: the same reproducibility metadata the files carry.</summary>
/// <param name="Watermark">Change-feed checkpoint of the facts counted, when any were loaded.</param>
/// <param name="GeneratedAt">When the table was built.</param>
/// <param name="FactsCounted">Complaints counted; <see langword="null"/> when the grand total is suppressed.</param>
/// <param name="DataFrom">First day of the requested range the data covers, inclusive.</param>
/// <param name="DataTo">Last day of the requested range the data covers, inclusive.</param>
/// <param name="Rule">The disclosure rule in words.</param>
/// <param name="Threshold">The rule's threshold: published counts below it (other than zero, when zeros are published) are suppressed.</param>
/// <param name="PublishZeros">Whether zero counts are published.</param>
/// <param name="SoftwareVersion">The RegulatorHub version that built the table.</param>
/// <param name="RowCount">Rows of the whole table (all pages), without the total line.</param>
/// <param name="ColumnCount">Columns, without the total column.</param>
/// <param name="CellCount">Body cells, rows times columns.</param>
/// <param name="SuppressedCount">Cells and totals withheld.</param>
public sealed record StatisticsMetadataResponse(
    string? Watermark,
    DateTimeOffset GeneratedAt,
    long? FactsCounted,
    DateOnly? DataFrom,
    DateOnly? DataTo,
    string Rule,
    int Threshold,
    bool PublishZeros,
    string SoftwareVersion,
    int RowCount,
    int ColumnCount,
    int CellCount,
    int SuppressedCount)
{
    /// <summary>The answer for a table's metadata.</summary>
    public static StatisticsMetadataResponse From(StatisticsTableMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return new(
            metadata.Watermark, metadata.GeneratedAt, metadata.FactsCounted, metadata.DataFrom, metadata.DataTo, metadata.RuleDescription,
            metadata.Threshold, metadata.PublishZeros, metadata.Generator.Version, metadata.RowCount, metadata.ColumnCount,
            metadata.CellCount, metadata.SuppressedCount);
    }
}
