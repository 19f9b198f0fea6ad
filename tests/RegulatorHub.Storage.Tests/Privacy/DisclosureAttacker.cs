using RegulatorHub.Application.Privacy;

namespace RegulatorHub.Storage.Tests.Privacy;

/// <summary>
/// Brute-force intruder for small tables: searches non-negative integer tables that agree with every published
/// cell and total, and reports the suppressed entries whose value is the same in all of them (exact disclosure).
/// </summary>
internal sealed class DisclosureAttacker
{
    private const long SearchBudget = 20_000_000;

    private readonly CountTable _truth;
    private readonly bool _grandTotalSuppressed;
    private readonly int _rows;
    private readonly int _columns;
    private readonly long?[] _rowTotals;
    private readonly long?[] _columnTotals;
    private readonly long? _grandTotal;
    private readonly long _cap;
    private readonly List<(int Row, int Column)> _unknowns = [];
    private long _steps;

    /// <summary>Creates the intruder.</summary>
    /// <param name="truth">The real table; only its published entries are used as knowledge.</param>
    /// <param name="isSuppressed">
    /// Whether entry (row, column) of the grid with totals is hidden: column = ColumnCount is a row total,
    /// row = RowCount a column total, both the grand total (for a one-dimensional table, (0, ColumnCount)).
    /// </param>
    public DisclosureAttacker(CountTable truth, Func<int, int, bool> isSuppressed)
    {
        _truth = truth;
        _rows = truth.RowCount;
        _columns = truth.ColumnCount;
        var oneDimensional = truth.IsOneDimensional;
        _rowTotals = [.. Enumerable.Range(0, _rows).Select(r => oneDimensional || isSuppressed(r, _columns) ? null : (long?)truth.RowTotal(r))];
        _columnTotals = [.. Enumerable.Range(0, _columns).Select(c => oneDimensional || isSuppressed(_rows, c) ? null : (long?)truth.ColumnTotal(c))];
        _grandTotalSuppressed = oneDimensional ? isSuppressed(0, _columns) : isSuppressed(_rows, _columns);
        _grandTotal = _grandTotalSuppressed ? null : truth.GrandTotal;

        // Without a published bound a suppressed value is unbounded; a cap above the truth is enough to show that.
        _cap = truth.GrandTotal + 5;
        for (var r = 0; r < _rows; r++)
        {
            for (var c = 0; c < _columns; c++)
            {
                if (isSuppressed(r, c))
                {
                    _unknowns.Add((r, c));
                }
            }
        }
    }

    /// <summary>The intruder against the output of the suppressor.</summary>
    public static DisclosureAttacker Against(CountTable truth, SuppressedTable published) =>
        new(truth, (r, c) => (r < published.RowCount, c < published.ColumnCount) switch
        {
            (true, true) => published[r, c].IsSuppressed,
            _ when published.IsOneDimensional => published.GrandTotal.IsSuppressed,
            (true, false) => published.RowTotal(r).IsSuppressed,
            (false, true) => published.ColumnTotal(c).IsSuppressed,
            _ => published.GrandTotal.IsSuppressed,
        });

    /// <summary>Names of suppressed entries (cells and totals) that have exactly one feasible value.</summary>
    public IReadOnlyList<string> ExactlyDisclosed()
    {
        var targets = Targets().ToList();
        var varied = new HashSet<string>();
        foreach (var target in targets)
        {
            if (varied.Contains(target.Name))
            {
                continue;
            }

            var solution = FindSolutionWhere(target);
            if (solution is null)
            {
                continue;
            }

            foreach (var other in targets.Where(t => t.Read(solution) != t.Read(TruthGrid())))
            {
                varied.Add(other.Name);
            }
        }

        return [.. targets.Select(t => t.Name).Where(n => !varied.Contains(n))];
    }

    private long[][] TruthGrid() => [.. Enumerable.Range(0, _rows).Select(r => Enumerable.Range(0, _columns).Select(c => _truth[r, c]).ToArray())];

    private IEnumerable<Target> Targets()
    {
        foreach (var (r, c) in _unknowns)
        {
            yield return new Target($"cell[{r},{c}]", [(r, c)], g => g[r][c], IsCell: true);
        }

        if (!_truth.IsOneDimensional)
        {
            for (var r = 0; r < _rows; r++)
            {
                if (_rowTotals[r] is null)
                {
                    var row = r;
                    yield return new Target($"rowTotal[{r}]", [.. _unknowns.Where(u => u.Row == row)], g => g[row].Sum());
                }
            }

            for (var c = 0; c < _columns; c++)
            {
                if (_columnTotals[c] is null)
                {
                    var column = c;
                    yield return new Target($"columnTotal[{c}]", [.. _unknowns.Where(u => u.Column == column)], g => g.Sum(row => row[column]));
                }
            }
        }

        if (_grandTotalSuppressed)
        {
            yield return new Target("grandTotal", _unknowns, g => g.Sum(row => row.Sum()));
        }
    }

    // Depth-first search over the suppressed cells, the target's cells first, for a table in which the target differs.
    private long[][]? FindSolutionWhere(Target target)
    {
        var order = target.Cells.Concat(_unknowns.Except(target.Cells)).ToList();
        var grid = TruthGrid();
        foreach (var (r, c) in _unknowns)
        {
            grid[r][c] = 0;
        }

        var rowSums = grid.Select(row => row.Sum()).ToArray();
        var columnSums = Enumerable.Range(0, _columns).Select(c => grid.Sum(row => row[c])).ToArray();
        var rowOpen = Enumerable.Range(0, _rows).Select(r => _unknowns.Count(u => u.Row == r)).ToArray();
        var columnOpen = Enumerable.Range(0, _columns).Select(c => _unknowns.Count(u => u.Column == c)).ToArray();
        var grand = rowSums.Sum();
        var trueValue = target.Read(TruthGrid());
        _steps = 0;

        bool Search(int depth)
        {
            if (++_steps > SearchBudget)
            {
                throw new InvalidOperationException("Search budget exhausted; use a smaller table.");
            }

            if (depth == order.Count)
            {
                return (_grandTotal is null || grand == _grandTotal) && target.Read(grid) != trueValue;
            }

            var (r, c) = order[depth];
            long low = 0;
            var high = _cap;
            if (_rowTotals[r] is { } rt)
            {
                high = Math.Min(high, rt - rowSums[r]);
                if (rowOpen[r] == 1)
                {
                    low = Math.Max(low, rt - rowSums[r]);
                }
            }

            if (_columnTotals[c] is { } ct)
            {
                high = Math.Min(high, ct - columnSums[c]);
                if (columnOpen[c] == 1)
                {
                    low = Math.Max(low, ct - columnSums[c]);
                }
            }

            if (_grandTotal is { } gt)
            {
                high = Math.Min(high, gt - grand);
                if (depth == order.Count - 1)
                {
                    low = Math.Max(low, gt - grand);
                }
            }

            rowOpen[r]--;
            columnOpen[c]--;
            for (var v = low; v <= high; v++)
            {
                // A lone target cell goes first, so skipping its true value avoids searching the true table's subtree.
                if (depth == 0 && target.IsCell && v == trueValue)
                {
                    continue;
                }

                grid[r][c] = v;
                rowSums[r] += v;
                columnSums[c] += v;
                grand += v;
                var found = Search(depth + 1);
                rowSums[r] -= v;
                columnSums[c] -= v;
                grand -= v;
                if (found)
                {
                    return true;
                }
            }

            grid[r][c] = 0;
            rowOpen[r]++;
            columnOpen[c]++;
            return false;
        }

        // On success the grid holds the solution, because the search returns before undoing the last assignments.
        return Search(0) ? grid : null;
    }

    private sealed record Target(string Name, IReadOnlyList<(int Row, int Column)> Cells, Func<long[][], long> Read, bool IsCell = false);
}
