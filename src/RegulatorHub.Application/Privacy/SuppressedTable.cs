namespace RegulatorHub.Application.Privacy;

/// <summary>A table after disclosure control: every cell and total is either published or suppressed with a reason.</summary>
/// <remarks>
/// Invariants: suppressed entries carry no value (see <see cref="DisclosureCell"/>); the shape matches the source
/// table; <see cref="RuleDescription"/> is the text of the rule that produced it, to be written into export metadata.
/// </remarks>
public sealed class SuppressedTable
{
    // Same layout as the suppressor's working grid: (rows + 1) x (columns + 1), totals in the last row and column.
    // A one-dimensional table uses only the first row, with the grand total in its last position.
    private readonly DisclosureCell[] _entries;
    private readonly int _stride;

    internal SuppressedTable(CountTable source, IReadOnlyList<SuppressionReason> reasons, DisclosureRule rule)
    {
        IsOneDimensional = source.IsOneDimensional;
        RowCount = source.RowCount;
        ColumnCount = source.ColumnCount;
        Rule = rule;
        RuleDescription = rule.Describe();
        _stride = ColumnCount + 1;
        _entries = new DisclosureCell[reasons.Count];
        for (var i = 0; i < reasons.Count; i++)
        {
            _entries[i] = reasons[i] == SuppressionReason.None
                ? DisclosureCell.Published(SmallCellSuppressor.ValueAt(source, i / _stride, i % _stride))
                : DisclosureCell.Suppressed(reasons[i]);
        }
    }

    /// <summary>Whether the source table was one-dimensional (only a grand total).</summary>
    public bool IsOneDimensional { get; }

    /// <summary>Number of rows; 1 for a one-dimensional table.</summary>
    public int RowCount { get; }

    /// <summary>Number of columns (cells of a one-dimensional table).</summary>
    public int ColumnCount { get; }

    /// <summary>The rule that was applied.</summary>
    public DisclosureRule Rule { get; }

    /// <summary>The human-readable rule, for the metadata of exported files.</summary>
    public string RuleDescription { get; }

    /// <summary>The grand total.</summary>
    public DisclosureCell GrandTotal => IsOneDimensional ? _entries[ColumnCount] : _entries[(RowCount * _stride) + ColumnCount];

    /// <summary>How many cells and totals are suppressed, for reporting the information loss.</summary>
    public int SuppressedCount => _entries.Count(e => e.IsSuppressed);

    /// <summary>One cell.</summary>
    /// <param name="row">Row index; 0 for a one-dimensional table.</param>
    /// <param name="column">Column index.</param>
    public DisclosureCell this[int row, int column]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(row);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
            ArgumentOutOfRangeException.ThrowIfNegative(column);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
            return _entries[(row * _stride) + column];
        }
    }

    /// <summary>The total of one row.</summary>
    /// <param name="row">Row index.</param>
    /// <exception cref="InvalidOperationException">The table is one-dimensional.</exception>
    public DisclosureCell RowTotal(int row)
    {
        ThrowIfOneDimensional();
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, RowCount);
        return _entries[(row * _stride) + ColumnCount];
    }

    /// <summary>The total of one column.</summary>
    /// <param name="column">Column index.</param>
    /// <exception cref="InvalidOperationException">The table is one-dimensional.</exception>
    public DisclosureCell ColumnTotal(int column)
    {
        ThrowIfOneDimensional();
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, ColumnCount);
        return _entries[(RowCount * _stride) + column];
    }

    private void ThrowIfOneDimensional()
    {
        if (IsOneDimensional)
        {
            throw new InvalidOperationException("A one-dimensional table has only a grand total.");
        }
    }
}
