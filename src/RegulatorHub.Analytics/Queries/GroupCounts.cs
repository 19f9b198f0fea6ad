namespace RegulatorHub.Analytics.Queries;

/// <summary>Counts per cell (group × bucket): a dense array when the cube is small enough, else a hash map.</summary>
internal sealed class GroupCounts
{
    private GroupCounts(int[]? dense, Dictionary<long, int>? sparse)
    {
        DenseCells = dense!;
        SparseCells = sparse!;
    }

    public bool IsDense => DenseCells is not null;

    public int[] DenseCells { get; }

    public Dictionary<long, int> SparseCells { get; }

    public static GroupCounts Dense(long cells) => new(new int[cells], null);

    public static GroupCounts Sparse() => new(null, []);

    /// <summary>Adds the workers' partial counts together.</summary>
    /// <param name="partials">One per worker.</param>
    /// <param name="denseCells">Cells of a dense cube, or -1 for sparse.</param>
    public static GroupCounts Merge(List<GroupCounts> partials, long denseCells)
    {
        if (denseCells >= 0)
        {
            if (partials.Count == 0)
            {
                return Dense(denseCells);
            }

            var total = partials[0];
            foreach (var partial in partials.Skip(1))
            {
                var into = total.DenseCells;
                var from = partial.DenseCells;
                for (var i = 0; i < into.Length; i++)
                {
                    into[i] += from[i];
                }
            }

            return total;
        }

        var merged = Sparse();
        foreach (var partial in partials)
        {
            foreach (var (key, count) in partial.SparseCells)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(merged.SparseCells, key, out _) += count;
            }
        }

        return merged;
    }

    /// <summary>Every non-zero cell as (cell index, count).</summary>
    public IEnumerable<(long Cell, int Count)> NonZero()
    {
        if (IsDense)
        {
            for (var i = 0; i < DenseCells.Length; i++)
            {
                if (DenseCells[i] != 0)
                {
                    yield return (i, DenseCells[i]);
                }
            }
        }
        else
        {
            foreach (var (cell, count) in SparseCells)
            {
                yield return (cell, count);
            }
        }
    }
}
