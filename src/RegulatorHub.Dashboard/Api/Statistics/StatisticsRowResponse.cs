namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>One row of a statistics table.</summary>
/// <param name="Labels">One label per row dimension, outermost first (empty for a table without dimensions).</param>
/// <param name="Cells">One cell per column, in the order of the table's columns.</param>
/// <param name="Total">The row's total (the cell itself for a single-column table).</param>
public sealed record StatisticsRowResponse(
    IReadOnlyList<StatisticsLabelResponse> Labels, IReadOnlyList<StatisticsCellResponse> Cells, StatisticsCellResponse Total);
