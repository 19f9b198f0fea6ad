namespace RegulatorHub.Application.Privacy;

/// <summary>
/// Small-cell suppression with complementary suppression for one- and two-dimensional count tables.
/// </summary>
/// <remarks>
/// <para>
/// Model: the table and its totals form a grid of (rows + 1) x (columns + 1) entries in which every row and every
/// column is a "line": its cells add up to its total (the last row holds column totals and the grand total).
/// Each entry is an edge between its row node and its column node, so the suppressed entries form a graph.
/// A suppressed entry can be recomputed exactly from the published ones by linear algebra precisely when its edge
/// is a bridge of that graph (it lies on no cycle). A one-dimensional table is a single line; all of its entries
/// are parallel edges between two nodes, which gives the same rule (one unknown in an equation is solved).
/// </para>
/// <para>
/// Algorithm: (1) primary suppression of every entry, totals included, that the rule calls small;
/// (2) repeat until nothing changes: (a) in every line whose total is published, if the suppressed cells add up to
/// less than k, also hide the smallest non-zero published cell of the line (or, when none is left, the total),
/// so that the published total never bounds a suppressed group below k; (b) if some positive suppressed entry is a
/// bridge, hide the smallest positive published entry that closes a cycle through it (preferring one that joins the
/// bridge's two sides, otherwise one that widens its side; such an entry always exists because the lines balance);
/// (c) when zeros are suppressed, connect each suppressed zero to positive suppressed entries in the same way.
/// </para>
/// <para>
/// Guarantee: at the end every positive suppressed entry lies on a cycle of positive suppressed entries, so adding
/// and subtracting 1 around the cycle gives other non-negative tables with identical published values: every
/// suppressed count has at least the feasible values v - 1, v and v + 1 (a suppressed zero at least 0 and 1).
/// No suppressed count can be recomputed exactly. Limits: this is not an optimal (minimum loss) pattern, and
/// feasible intervals can still be narrow (width 2 at worst), so it protects against exact disclosure, not
/// against every interval inference. When zeros are suppressed and a suppressed zero has no positive published entry
/// to link it to (for example a table of zeros only), it is left as it is; the random tests cover that mode but the
/// argument above does not.
/// </para>
/// </remarks>
public static class SmallCellSuppressor
{
    /// <summary>Applies <paramref name="rule"/> to <paramref name="table"/>; deterministic for equal inputs.</summary>
    /// <param name="table">The table to protect.</param>
    /// <param name="rule">The rule; <see cref="DisclosureRule.Default"/> when in doubt.</param>
    public static SuppressedTable Apply(CountTable table, DisclosureRule rule)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rule);
        var grid = new SuppressionGrid(table);
        var reasons = new SuppressionReason[grid.EntryCount];
        for (var e = 0; e < reasons.Length; e++)
        {
            if (rule.IsSmall(grid.Values[e]))
            {
                reasons[e] = SuppressionReason.Primary;
            }
        }

        // Zeros that cannot be linked to a positive cycle are remembered so the loop does not retry them forever.
        var unresolvableZeros = new HashSet<int>();

        // A line's sum check depends only on the entries of that line, so a line found in order stays in order until one
        // of its entries is suppressed; only such "dirty" lines are checked again (the same first offending line is found
        // as by a full rescan, so the pattern is unchanged).
        var dirtyLines = new bool[grid.Lines.Count];
        Array.Fill(dirtyLines, true);
        while (true)
        {
            // Each pass adds one suppression at most; the number of entries bounds the loop.
            var added = ProtectLineSums(grid, reasons, rule, dirtyLines);
            if (added < 0)
            {
                added = ProtectBridges(grid, reasons);
            }

            if (added < 0)
            {
                added = ProtectZeros(grid, reasons, unresolvableZeros);
            }

            if (added < 0)
            {
                break;
            }

            foreach (var line in grid.LinesThrough(added))
            {
                dirtyLines[line] = true;
            }
        }

        return new SuppressedTable(table, reasons, rule);
    }

    /// <summary>The value of an entry of the (rows + 1) x (columns + 1) grid, totals in the last row and column.</summary>
    internal static long ValueAt(CountTable table, int row, int column)
    {
        if (table.IsOneDimensional)
        {
            return column < table.ColumnCount ? table[0, column] : table.GrandTotal;
        }

        return (row < table.RowCount, column < table.ColumnCount) switch
        {
            (true, true) => table[row, column],
            (true, false) => table.RowTotal(row),
            (false, true) => table.ColumnTotal(column),
            _ => table.GrandTotal,
        };
    }

    // Returns the entry it suppressed, or -1.
    private static int ProtectLineSums(SuppressionGrid grid, SuppressionReason[] reasons, DisclosureRule rule, bool[] dirtyLines)
    {
        for (var i = 0; i < grid.Lines.Count; i++)
        {
            if (!dirtyLines[i])
            {
                continue;
            }

            var line = grid.Lines[i];
            if (reasons[line.Total] != SuppressionReason.None)
            {
                dirtyLines[i] = false;
                continue;
            }

            var hidden = line.Cells.Where(e => reasons[e] != SuppressionReason.None).ToList();
            if (hidden.Count == 0 || hidden.Sum(e => grid.Values[e]) >= rule.Threshold)
            {
                dirtyLines[i] = false;
                continue;
            }

            var partner = line.Cells
                .Where(e => reasons[e] == SuppressionReason.None && grid.Values[e] > 0)
                .OrderBy(e => grid.Values[e])
                .ThenByDescending(e => grid.SuppressedAtOtherEnd(e, line, reasons))
                .ThenBy(e => e)
                .Select(e => (int?)e)
                .FirstOrDefault();
            var chosen = partner ?? line.Total;
            reasons[chosen] = SuppressionReason.Complementary;
            return chosen;
        }

        return -1;
    }

    // Returns the entry it suppressed, or -1.
    private static int ProtectBridges(SuppressionGrid grid, SuppressionReason[] reasons)
    {
        var positive = Enumerable.Range(0, grid.EntryCount)
            .Select(e => reasons[e] != SuppressionReason.None && grid.Values[e] > 0)
            .ToArray();
        var bridge = grid.FirstBridge(positive);
        if (bridge is not { } e)
        {
            return -1;
        }

        var (a, b) = grid.Ends(e);
        return CloseCycle(grid, reasons, positive, a, b, e);
    }

    // Returns the entry it suppressed, or -1.
    private static int ProtectZeros(SuppressionGrid grid, SuppressionReason[] reasons, HashSet<int> unresolvable)
    {
        var positive = Enumerable.Range(0, grid.EntryCount)
            .Select(e => reasons[e] != SuppressionReason.None && grid.Values[e] > 0)
            .ToArray();

        // One labelling of the positive graph's components answers "are a and b connected?" for every zero of the pass;
        // a search per zero made a table with thousands of suppressed zeros quadratic.
        var components = grid.ComponentLabels(positive);
        for (var e = 0; e < grid.EntryCount; e++)
        {
            if (reasons[e] == SuppressionReason.None || grid.Values[e] > 0 || unresolvable.Contains(e))
            {
                continue;
            }

            var (a, b) = grid.Ends(e);
            if (components[a] == components[b])
            {
                continue;
            }

            var added = CloseCycle(grid, reasons, positive, a, b, excludedEdge: e);
            if (added < 0)
            {
                added = CloseCycle(grid, reasons, positive, b, a, excludedEdge: e);
            }

            if (added >= 0)
            {
                return added;
            }

            unresolvable.Add(e);
        }

        return -1;
    }

    // Hides the cheapest positive published entry leaving the component of `from` (without `excludedEdge`),
    // preferring one that lands in the component of `to`, which closes a cycle at once.
    private static int CloseCycle(SuppressionGrid grid, SuppressionReason[] reasons, bool[] positive, int from, int to, int excludedEdge)
    {
        var side = grid.Component(positive, from, excludedEdge);
        var target = grid.Component(positive, to, excludedEdge);
        int? best = null;
        (bool Lands, long Value, bool IsTotal) bestKey = default;
        for (var e = 0; e < grid.EntryCount; e++)
        {
            if (reasons[e] != SuppressionReason.None || grid.Values[e] <= 0)
            {
                continue;
            }

            var (a, b) = grid.Ends(e);
            if (side.Contains(a) == side.Contains(b))
            {
                continue;
            }

            var lands = target.Contains(side.Contains(a) ? b : a);
            var key = (lands, grid.Values[e], grid.IsTotal(e));
            if (best is null || IsBetter(key, bestKey))
            {
                best = e;
                bestKey = key;
            }
        }

        if (best is not { } chosen)
        {
            return -1;
        }

        reasons[chosen] = SuppressionReason.Complementary;
        return chosen;
    }

    private static bool IsBetter((bool Lands, long Value, bool IsTotal) candidate, (bool Lands, long Value, bool IsTotal) current)
    {
        if (candidate.Lands != current.Lands)
        {
            return candidate.Lands;
        }

        if (candidate.Value != current.Value)
        {
            return candidate.Value < current.Value;
        }

        // Users miss hidden totals more than hidden cells, so a cell wins a tie.
        return !candidate.IsTotal && current.IsTotal;
    }
}
