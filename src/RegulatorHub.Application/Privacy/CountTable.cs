namespace RegulatorHub.Application.Privacy;

/// <summary>An aggregate table of non-negative counts with its totals, as it would be exported.</summary>
/// <remarks>
/// Invariants: every cell is non-negative; the table has at least one cell; totals are always computed from
/// the cells, never supplied, so they are consistent by construction. A one-dimensional table has one row
/// and only a grand total; a two-dimensional table also has row and column totals.
/// </remarks>
public sealed class CountTable
{
    private readonly long[][] _cells;
    private readonly long[] _rowTotals;
    private readonly long[] _columnTotals;

    private CountTable(long[][] cells, bool isOneDimensional)
    {
        _cells = cells;
        IsOneDimensional = isOneDimensional;
        ColumnCount = cells[0].Length;
        _rowTotals = [.. cells.Select(row => row.Sum())];
        _columnTotals = [.. Enumerable.Range(0, ColumnCount).Select(c => cells.Sum(row => row[c]))];
        GrandTotal = _rowTotals.Sum();
    }

    /// <summary>Whether the table is a single list of cells with only a grand total.</summary>
    public bool IsOneDimensional { get; }

    /// <summary>Number of rows; 1 for a one-dimensional table.</summary>
    public int RowCount => _cells.Length;

    /// <summary>Number of columns (cells of a one-dimensional table).</summary>
    public int ColumnCount { get; }

    /// <summary>The sum of all cells.</summary>
    public long GrandTotal { get; }

    /// <summary>The count in one cell.</summary>
    /// <param name="row">Row index; 0 for a one-dimensional table.</param>
    /// <param name="column">Column index.</param>
    public long this[int row, int column] => _cells[row][column];

    /// <summary>Builds a one-dimensional table from its cells.</summary>
    /// <param name="cells">At least one non-negative count.</param>
    public static CountTable FromCells(IReadOnlyList<long> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return new CountTable([Checked(cells, nameof(cells))], isOneDimensional: true);
    }

    /// <summary>Builds a two-dimensional table from its rows.</summary>
    /// <param name="rows">At least one row; all rows of the same, non-zero length; non-negative counts.</param>
    public static CountTable FromRows(IReadOnlyList<IReadOnlyList<long>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            throw new ArgumentException("A table needs at least one row.", nameof(rows));
        }

        var cells = rows.Select(row => Checked(row, nameof(rows))).ToArray();
        if (cells.Any(row => row.Length != cells[0].Length))
        {
            throw new ArgumentException("All rows must have the same number of cells.", nameof(rows));
        }

        return new CountTable(cells, isOneDimensional: false);
    }

    /// <summary>The total of one row.</summary>
    /// <param name="row">Row index.</param>
    /// <exception cref="InvalidOperationException">The table is one-dimensional (it has only a grand total).</exception>
    public long RowTotal(int row)
    {
        ThrowIfOneDimensional();
        return _rowTotals[row];
    }

    /// <summary>The total of one column.</summary>
    /// <param name="column">Column index.</param>
    /// <exception cref="InvalidOperationException">The table is one-dimensional (it has only a grand total).</exception>
    public long ColumnTotal(int column)
    {
        ThrowIfOneDimensional();
        return _columnTotals[column];
    }

    private void ThrowIfOneDimensional()
    {
        if (IsOneDimensional)
        {
            throw new InvalidOperationException("A one-dimensional table has only a grand total.");
        }
    }

    private static long[] Checked(IReadOnlyList<long>? cells, string parameterName)
    {
        if (cells is null || cells.Count == 0)
        {
            throw new ArgumentException("A table needs at least one cell in every row.", parameterName);
        }

        if (cells.Any(c => c < 0))
        {
            throw new ArgumentException("Counts must not be negative.", parameterName);
        }

        return [.. cells];
    }
}
