using RegulatorHub.Application.Privacy;

namespace RegulatorHub.Application.Statistics;

/// <summary>
/// A built statistics table after disclosure control: labelled rows and columns, every cell and total either published
/// or suppressed, and the metadata that makes it reproducible. This is exactly what the preview shows and the files hold.
/// </summary>
/// <remarks>
/// <para>
/// Layout: with a granularity the columns are periods (every period of the covered range, empty ones included) and the
/// rows are the combinations of all dimensions; without one and with two or more dimensions the columns are the values
/// of the last dimension and the rows the combinations of the others; otherwise there is a single "Complaints" column.
/// Rows come by total descending, then keys; value columns likewise; periods in time order. Combinations without
/// complaints are zero cells.
/// </para>
/// <para>
/// Totals: <see cref="RowTotal"/>, <see cref="ColumnTotal"/> and <see cref="GrandTotal"/> are always answerable. Where
/// a total would only repeat a cell (the single "Complaints" column, or the single row of a table without dimensions) it
/// is that cell, and <see cref="HasTotalColumn"/> / <see cref="HasTotalRow"/> say whether a file shows it separately.
/// </para>
/// </remarks>
public sealed class StatisticsTable
{
    private readonly Shape _shape;

    internal StatisticsTable(
        StatisticsDefinition definition,
        StatisticsColumnAxis columnAxis,
        IReadOnlyList<IReadOnlyList<StatisticsLabel>> rows,
        IReadOnlyList<StatisticsLabel> columns,
        SuppressedTable suppressed,
        StatisticsTableMetadata metadata)
    {
        Definition = definition;
        ColumnAxis = columnAxis;
        RowDimensions = columnAxis == StatisticsColumnAxis.LastDimension ? [.. definition.Dimensions.Take(definition.Dimensions.Count - 1)] : definition.Dimensions;
        ColumnDimension = columnAxis == StatisticsColumnAxis.LastDimension ? definition.Dimensions[^1] : null;
        Rows = rows;
        Columns = columns;
        Suppressed = suppressed;
        Metadata = metadata;
        _shape = rows.Count == 0 || columns.Count == 0 ? Shape.Empty
            : !suppressed.IsOneDimensional ? Shape.Grid
            : columnAxis == StatisticsColumnAxis.Complaints ? Shape.OneColumn
            : Shape.OneRow;
    }

    private enum Shape
    {
        Grid,
        OneRow,
        OneColumn,
        Empty,
    }

    /// <summary>The definition the table answers.</summary>
    public StatisticsDefinition Definition { get; }

    /// <summary>The dimensions of the rows, outermost first (each row has one label per dimension).</summary>
    public IReadOnlyList<StatisticsDimension> RowDimensions { get; }

    /// <summary>What the columns are.</summary>
    public StatisticsColumnAxis ColumnAxis { get; }

    /// <summary>The dimension of the columns when <see cref="ColumnAxis"/> is <see cref="StatisticsColumnAxis.LastDimension"/>.</summary>
    public StatisticsDimension? ColumnDimension { get; }

    /// <summary>Row headers: per row, one label per row dimension (an empty list for a table without dimensions).</summary>
    public IReadOnlyList<IReadOnlyList<StatisticsLabel>> Rows { get; }

    /// <summary>Column headers: periods (key and names are the first day, <c>YYYY-MM-DD</c>), values, or "Complaints".</summary>
    public IReadOnlyList<StatisticsLabel> Columns { get; }

    /// <summary>The disclosure-controlled counts in the shape the suppressor saw them (see remarks for one-dimensional tables).</summary>
    /// <remarks>A single-column table is held as a one-dimensional table over its rows; a single-row table over its columns.</remarks>
    public SuppressedTable Suppressed { get; }

    /// <summary>The rule applied.</summary>
    public DisclosureRule Rule => Suppressed.Rule;

    /// <summary>Reproducibility metadata.</summary>
    public StatisticsTableMetadata Metadata { get; }

    /// <summary>Whether files show a total column after the value columns (not for the single "Complaints" column).</summary>
    public bool HasTotalColumn => ColumnAxis != StatisticsColumnAxis.Complaints;

    /// <summary>Whether files show a total line after the rows (not for a table without dimensions, whose one row is the total).</summary>
    public bool HasTotalRow => RowDimensions.Count > 0;

    /// <summary>One cell.</summary>
    /// <param name="row">Index into <see cref="Rows"/>.</param>
    /// <param name="column">Index into <see cref="Columns"/>.</param>
    public DisclosureCell Cell(int row, int column)
    {
        CheckRow(row);
        CheckColumn(column);
        return _shape switch
        {
            Shape.Grid => Suppressed[row, column],
            Shape.OneRow => Suppressed[0, column],
            _ => Suppressed[0, row],
        };
    }

    /// <summary>The total of a row (the cell itself for a single-column table).</summary>
    public DisclosureCell RowTotal(int row)
    {
        CheckRow(row);
        return _shape switch
        {
            Shape.Grid => Suppressed.RowTotal(row),
            Shape.OneRow => Suppressed.GrandTotal,
            _ => Suppressed[0, row],
        };
    }

    /// <summary>The total of a column (the cell itself for a single-row table).</summary>
    public DisclosureCell ColumnTotal(int column)
    {
        CheckColumn(column);
        return _shape switch
        {
            Shape.Grid => Suppressed.ColumnTotal(column),
            Shape.OneRow => Suppressed[0, column],
            _ => Suppressed.GrandTotal,
        };
    }

    /// <summary>The grand total.</summary>
    public DisclosureCell GrandTotal => Suppressed.GrandTotal;

    private void CheckRow(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Rows.Count);
    }

    private void CheckColumn(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns.Count);
    }
}
