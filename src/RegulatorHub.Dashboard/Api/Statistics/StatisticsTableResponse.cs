namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>A page of a disclosure-controlled statistics table, with everything needed to reproduce it.</summary>
/// <param name="Definition">The definition answered, in canonical form.</param>
/// <param name="Metadata">Watermark, generation time, counts and the disclosure rule.</param>
/// <param name="RowDimensions">The dimensions of the rows, outermost first (each row has one label per dimension).</param>
/// <param name="ColumnAxis">What the columns are: periods, lastDimension (values of the last dimension) or complaints (one column).</param>
/// <param name="ColumnDimension">The dimension of the columns when <paramref name="ColumnAxis"/> is lastDimension.</param>
/// <param name="Columns">The column headers (periods: key and name are the first day, yyyy-MM-dd).</param>
/// <param name="Rows">This page's rows.</param>
/// <param name="ColumnTotals">The total of each column over all rows (all pages).</param>
/// <param name="GrandTotal">The total of the table.</param>
/// <param name="Paging">Page, page size, total rows and the next page's address.</param>
public sealed record StatisticsTableResponse(
    StatisticsDefinitionText Definition,
    StatisticsMetadataResponse Metadata,
    IReadOnlyList<string> RowDimensions,
    string ColumnAxis,
    string? ColumnDimension,
    IReadOnlyList<StatisticsLabelResponse> Columns,
    IReadOnlyList<StatisticsRowResponse> Rows,
    IReadOnlyList<StatisticsCellResponse> ColumnTotals,
    StatisticsCellResponse GrandTotal,
    PageInfo Paging);
