namespace RegulatorHub.Application.Privacy;

/// <summary>
/// The working model of <see cref="SmallCellSuppressor"/>: a table with its totals as a bipartite multigraph.
/// </summary>
/// <remarks>
/// Entry e of a two-dimensional table with R rows and C columns is grid position (e / (C + 1), e % (C + 1)) and joins
/// row node e / (C + 1) to column node R + 1 + e % (C + 1). A one-dimensional table has entries 0..C (C = grand total)
/// that all join node 0 to node 1: one equation, so a lone unknown is a bridge exactly as in two dimensions.
/// </remarks>
internal sealed class SuppressionGrid
{
    private readonly int _stride;
    private readonly int _rowNodes;
    private readonly bool _oneDimensional;
    private readonly List<(int Edge, int Other)>[] _adjacency;

    public SuppressionGrid(CountTable table)
    {
        _oneDimensional = table.IsOneDimensional;
        _stride = table.ColumnCount + 1;
        _rowNodes = _oneDimensional ? 1 : table.RowCount + 1;
        var gridRows = _oneDimensional ? 1 : table.RowCount + 1;
        EntryCount = gridRows * _stride;
        Values = [.. Enumerable.Range(0, EntryCount).Select(e => SmallCellSuppressor.ValueAt(table, e / _stride, e % _stride))];
        var nodeCount = _oneDimensional ? 2 : _rowNodes + _stride;
        _adjacency = [.. Enumerable.Range(0, nodeCount).Select(_ => new List<(int, int)>())];
        for (var e = 0; e < EntryCount; e++)
        {
            var (a, b) = Ends(e);
            _adjacency[a].Add((e, b));
            _adjacency[b].Add((e, a));
        }

        Lines = _oneDimensional ? [new SuppressionLine(0, [.. Enumerable.Range(0, _stride - 1)], _stride - 1)] : BuildLines(gridRows);
    }

    public int EntryCount { get; }

    /// <summary>True values of all entries; never leaves the suppressor.</summary>
    public IReadOnlyList<long> Values { get; }

    public IReadOnlyList<SuppressionLine> Lines { get; }

    public (int A, int B) Ends(int entry) =>
        _oneDimensional ? (0, 1) : (entry / _stride, _rowNodes + (entry % _stride));

    public bool IsTotal(int entry) =>
        _oneDimensional ? entry == _stride - 1 : entry % _stride == _stride - 1 || entry / _stride == _rowNodes - 1;

    /// <summary>How many entries are suppressed on the other line through <paramref name="entry"/> (0 in one dimension).</summary>
    public int SuppressedAtOtherEnd(int entry, SuppressionLine line, IReadOnlyList<SuppressionReason> reasons)
    {
        if (_oneDimensional)
        {
            return 0;
        }

        var (a, b) = Ends(entry);
        var other = a == line.Node ? b : a;
        return _adjacency[other].Count(x => reasons[x.Edge] != SuppressionReason.None);
    }

    /// <summary>Nodes reachable from <paramref name="start"/> over edges in <paramref name="inGraph"/>, skipping one edge.</summary>
    public HashSet<int> Component(IReadOnlyList<bool> inGraph, int start, int excludedEdge)
    {
        var seen = new HashSet<int> { start };
        var pending = new Stack<int>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            foreach (var (edge, other) in _adjacency[pending.Pop()])
            {
                if (edge != excludedEdge && inGraph[edge] && seen.Add(other))
                {
                    pending.Push(other);
                }
            }
        }

        return seen;
    }

    /// <summary>Indexes into <see cref="Lines"/> of the lines an entry belongs to (its row and its column; the one line in one dimension).</summary>
    public IEnumerable<int> LinesThrough(int entry)
    {
        if (_oneDimensional)
        {
            return [0];
        }

        // Lines hold the grid rows first (0 .. rows), then the grid columns.
        return [entry / _stride, _rowNodes + (entry % _stride)];
    }

    /// <summary>A label per node; two nodes share a label exactly when edges in <paramref name="inGraph"/> connect them.</summary>
    public int[] ComponentLabels(IReadOnlyList<bool> inGraph)
    {
        var labels = new int[_adjacency.Length];
        Array.Fill(labels, -1);
        var pending = new Stack<int>();
        for (var start = 0; start < labels.Length; start++)
        {
            if (labels[start] >= 0)
            {
                continue;
            }

            labels[start] = start;
            pending.Push(start);
            while (pending.Count > 0)
            {
                foreach (var (edge, other) in _adjacency[pending.Pop()])
                {
                    if (inGraph[edge] && labels[other] < 0)
                    {
                        labels[other] = start;
                        pending.Push(other);
                    }
                }
            }
        }

        return labels;
    }

    /// <summary>The lowest-numbered edge of <paramref name="inGraph"/> that lies on no cycle, or <see langword="null"/>.</summary>
    public int? FirstBridge(IReadOnlyList<bool> inGraph)
    {
        // Tarjan's bridge search; parallel edges are told apart by edge index, so two equal entries form a cycle.
        var discovered = new int[_adjacency.Length];
        var low = new int[_adjacency.Length];
        Array.Fill(discovered, -1);
        var time = 0;
        int? first = null;

        void Visit(int node, int parentEdge)
        {
            discovered[node] = low[node] = time++;
            foreach (var (edge, other) in _adjacency[node])
            {
                if (!inGraph[edge] || edge == parentEdge)
                {
                    continue;
                }

                if (discovered[other] >= 0)
                {
                    low[node] = Math.Min(low[node], discovered[other]);
                    continue;
                }

                Visit(other, edge);
                low[node] = Math.Min(low[node], low[other]);
                if (low[other] > discovered[node] && (first is null || edge < first))
                {
                    first = edge;
                }
            }
        }

        for (var node = 0; node < _adjacency.Length; node++)
        {
            if (discovered[node] < 0)
            {
                Visit(node, -1);
            }
        }

        return first;
    }

    private List<SuppressionLine> BuildLines(int gridRows)
    {
        var lines = new List<SuppressionLine>();
        for (var r = 0; r < gridRows; r++)
        {
            lines.Add(new SuppressionLine(r, [.. Enumerable.Range(0, _stride - 1).Select(c => (r * _stride) + c)], (r * _stride) + _stride - 1));
        }

        for (var c = 0; c < _stride; c++)
        {
            lines.Add(new SuppressionLine(_rowNodes + c, [.. Enumerable.Range(0, gridRows - 1).Select(r => (r * _stride) + c)], ((gridRows - 1) * _stride) + c));
        }

        return lines;
    }
}
