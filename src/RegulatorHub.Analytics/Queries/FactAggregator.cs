using System.Buffers;
using System.Numerics;
using RegulatorHub.Analytics.Facts;

namespace RegulatorHub.Analytics.Queries;

/// <summary>
/// The scan behind every count: chunk by chunk (in parallel), prune by date, narrow a selection vector one filtered
/// column at a time, then add each selected row's group ordinal one grouped column at a time and count. Working a
/// column at a time keeps every loop a tight pass over one array with no per-row branching on the query's shape.
/// </summary>
internal static class FactAggregator
{
    /// <summary>Above this many cells per worker, counts go to a hash map instead of a dense array (merchant-level cubes).</summary>
    public const long DenseCellLimit = 8_000_000;

    /// <summary>Counts the filtered facts per group and period bucket.</summary>
    /// <param name="snapshot">Facts to read.</param>
    /// <param name="filter">Resolved filter.</param>
    /// <param name="plan">Grouping.</param>
    /// <param name="buckets">Day code (minus the filter's low day) → bucket; <see langword="null"/> for one bucket.</param>
    /// <param name="bucketCount">Buckets per group.</param>
    /// <param name="denseCellLimit">Largest cube counted in a dense array.</param>
    /// <param name="cancellationToken">Checked between chunks.</param>
    public static GroupCounts Aggregate(
        FactSnapshot snapshot, ResolvedFilter filter, GroupPlan plan, int[]? buckets, int bucketCount, long denseCellLimit, CancellationToken cancellationToken)
    {
        var cells = plan.GroupCount * bucketCount;
        var dense = cells <= denseCellLimit;
        var partials = new List<GroupCounts>();
        var gate = new Lock();
        if (!filter.MatchesNothing)
        {
            Parallel.For(
                0,
                snapshot.ChunkCount,
                new ParallelOptions { CancellationToken = cancellationToken },
                () => new Worker(dense ? GroupCounts.Dense(cells) : GroupCounts.Sparse()),
                (index, _, worker) =>
                {
                    worker.Scan(snapshot, index, filter, plan, buckets, bucketCount);
                    return worker;
                },
                worker =>
                {
                    worker.Release();
                    lock (gate)
                    {
                        partials.Add(worker.Counts);
                    }
                });
        }

        cancellationToken.ThrowIfCancellationRequested();
        return GroupCounts.Merge(partials, dense ? cells : -1);
    }

    /// <summary>The complainant hashes (non-zero) of the filtered facts, in no particular order.</summary>
    public static List<uint> CollectComplainants(FactSnapshot snapshot, ResolvedFilter filter, CancellationToken cancellationToken)
    {
        var hashes = new List<uint>();
        if (filter.MatchesNothing)
        {
            return hashes;
        }

        var worker = new Worker(GroupCounts.Sparse());
        try
        {
            for (var index = 0; index < snapshot.ChunkCount; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var chunk = snapshot.Chunks[index];
                var rows = snapshot.RowsIn(index);
                if (rows == 0 || chunk.MaxDay < filter.DayLow || chunk.MinDay > filter.DayHigh)
                {
                    continue;
                }

                var selected = worker.Select(chunk, rows, filter);
                for (var i = 0; i < selected; i++)
                {
                    if (chunk.Complainant[worker.Selection[i]] is var hash and not 0)
                    {
                        hashes.Add(hash);
                    }
                }
            }
        }
        finally
        {
            worker.Release();
        }

        return hashes;
    }

    private sealed class Worker(GroupCounts counts)
    {
        private int[] _selection = ArrayPool<int>.Shared.Rent(FactChunk.Capacity);
        private int[] _keys = ArrayPool<int>.Shared.Rent(FactChunk.Capacity);
        private long[] _wideKeys = [];

        public GroupCounts Counts { get; } = counts;

        /// <summary>Row indices selected by the last <see cref="Select"/>.</summary>
        public int[] Selection => _selection;

        public void Scan(FactSnapshot snapshot, int index, ResolvedFilter filter, GroupPlan plan, int[]? buckets, int bucketCount)
        {
            var chunk = snapshot.Chunks[index];
            var rows = snapshot.RowsIn(index);
            if (rows == 0 || chunk.MaxDay < filter.DayLow || chunk.MinDay > filter.DayHigh)
            {
                return;
            }

            var selected = Select(chunk, rows, filter);
            if (selected == 0)
            {
                return;
            }

            if (Counts.IsDense)
            {
                CountDense(chunk, plan, buckets, bucketCount, filter.DayLow, selected);
            }
            else
            {
                CountSparse(chunk, plan, buckets, bucketCount, filter.DayLow, selected);
            }
        }

        /// <summary>Narrows <see cref="Selection"/> to the chunk's rows that pass the filter; returns how many.</summary>
        public int Select(FactChunk chunk, int rows, ResolvedFilter filter)
        {
            var selection = _selection;
            var selected = SelectDays(chunk.Day, rows, filter, selection, inRange: chunk.MinDay >= filter.DayLow && chunk.MaxDay <= filter.DayHigh);
            selected = Narrow(chunk.Category, filter.Category, selection, selected);
            selected = Narrow(chunk.Issue, filter.Issue, selection, selected);
            selected = Narrow(chunk.Region, filter.Region, selection, selected);
            selected = Narrow(chunk.Merchant, filter.Merchant, selection, selected);
            selected = Narrow(chunk.Platform, filter.Platform, selection, selected);
            selected = Narrow(chunk.Channel, filter.Channel, selection, selected);
            return Narrow(chunk.Source, filter.Source, selection, selected);
        }

        public void Release()
        {
            ArrayPool<int>.Shared.Return(_selection);
            ArrayPool<int>.Shared.Return(_keys);
            _selection = _keys = [];
        }

        private void CountDense(FactChunk chunk, GroupPlan plan, int[]? buckets, int bucketCount, int dayLow, int selected)
        {
            var keys = _keys.AsSpan(0, selected);
            keys.Clear();
            var stride = bucketCount;
            for (var d = plan.Dimensions.Length - 1; d >= 0; d--)
            {
                AddOrdinals(chunk, plan.Dimensions[d], plan.Maps[d], stride, _selection, keys);
                stride *= plan.Sizes[d];
            }

            if (buckets is not null)
            {
                AddBuckets(chunk.Day, buckets, dayLow, _selection, keys);
            }

            var counts = Counts.DenseCells;
            foreach (var key in keys)
            {
                counts[key]++;
            }
        }

        // The same as CountDense with 64-bit keys: merchant-level cubes overflow an int's range of cells.
        private void CountSparse(FactChunk chunk, GroupPlan plan, int[]? buckets, int bucketCount, int dayLow, int selected)
        {
            if (_wideKeys.Length < FactChunk.Capacity)
            {
                _wideKeys = new long[FactChunk.Capacity];
            }

            var keys = _wideKeys.AsSpan(0, selected);
            keys.Clear();
            var ordinals = _keys.AsSpan(0, selected);
            long stride = bucketCount;
            for (var d = plan.Dimensions.Length - 1; d >= 0; d--)
            {
                ordinals.Clear();
                AddOrdinals(chunk, plan.Dimensions[d], plan.Maps[d], 1, _selection, ordinals);
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] += ordinals[i] * stride;
                }

                stride *= plan.Sizes[d];
            }

            if (buckets is not null)
            {
                ordinals.Clear();
                AddBuckets(chunk.Day, buckets, dayLow, _selection, ordinals);
                for (var i = 0; i < keys.Length; i++)
                {
                    keys[i] += ordinals[i];
                }
            }

            var map = Counts.SparseCells;
            foreach (var key in keys)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _)++;
            }
        }

        private static int SelectDays(ushort[] days, int rows, ResolvedFilter filter, int[] selection, bool inRange)
        {
            if (inRange)
            {
                for (var r = 0; r < rows; r++)
                {
                    selection[r] = r;
                }

                return rows;
            }

            var low = filter.DayLow;
            var span = (uint)(filter.DayHigh - low);
            var selected = 0;
            for (var r = 0; r < rows; r++)
            {
                selection[selected] = r;
                selected += (uint)(days[r] - low) <= span ? 1 : 0;
            }

            return selected;
        }

        // Branch-free compaction: always write, advance only when the row passes.
        private static int Narrow<T>(T[] column, bool[]? allowed, int[] selection, int selected)
            where T : unmanaged, IBinaryInteger<T>
        {
            if (allowed is null)
            {
                return selected;
            }

            var kept = 0;
            for (var i = 0; i < selected; i++)
            {
                var row = selection[i];
                selection[kept] = row;
                kept += allowed[int.CreateTruncating(column[row])] ? 1 : 0;
            }

            return kept;
        }

        private static void AddOrdinals(FactChunk chunk, FactDimension dimension, int[] map, int stride, int[] selection, Span<int> keys)
        {
            switch (dimension)
            {
                case FactDimension.Category: Add(chunk.Category, map, stride, selection, keys); break;
                case FactDimension.Issue: Add(chunk.Issue, map, stride, selection, keys); break;
                case FactDimension.Province or FactDimension.City or FactDimension.County: Add(chunk.Region, map, stride, selection, keys); break;
                case FactDimension.Merchant: Add(chunk.Merchant, map, stride, selection, keys); break;
                case FactDimension.Platform: Add(chunk.Platform, map, stride, selection, keys); break;
                case FactDimension.Channel: Add(chunk.Channel, map, stride, selection, keys); break;
                case FactDimension.Source: Add(chunk.Source, map, stride, selection, keys); break;
                default: throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown dimension.");
            }
        }

        private static void Add<T>(T[] column, int[] map, int stride, int[] selection, Span<int> keys)
            where T : unmanaged, IBinaryInteger<T>
        {
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] += map[int.CreateTruncating(column[selection[i]])] * stride;
            }
        }

        private static void AddBuckets(ushort[] days, int[] buckets, int dayLow, int[] selection, Span<int> keys)
        {
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] += buckets[days[selection[i]] - dayLow];
            }
        }
    }
}
