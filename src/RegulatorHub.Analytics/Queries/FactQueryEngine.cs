using System.Diagnostics.CodeAnalysis;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Queries;

/// <summary>
/// Answers count, top-N and repeat-complainant questions over a <see cref="FactSnapshot"/>. Stateless and safe to
/// share: every call reads only its snapshot, so queries run concurrently with each other and with appends.
/// </summary>
/// <param name="population">Residents per region, for rates per 100,000.</param>
[SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "One injectable service; callers should not care which queries need the population data.")]
public sealed class FactQueryEngine(RegionPopulation population)
{
    /// <summary>Counts by up to three dimensions, optionally per period.</summary>
    /// <exception cref="ArgumentException">The query groups by more than three dimensions or repeats one.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public CountCube Count(FactSnapshot snapshot, CubeQuery query, CancellationToken cancellationToken) =>
        Count(snapshot, query, FactAggregator.DenseCellLimit, cancellationToken);

    /// <summary><see cref="Count(FactSnapshot, CubeQuery, CancellationToken)"/> with a chosen dense-cube limit (tests use 0 to force the hash map).</summary>
    internal CountCube Count(FactSnapshot snapshot, CubeQuery query, long denseCellLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        var store = snapshot.Store;
        var plan = GroupPlan.For(store, query.By);
        var filter = ResolvedFilter.Resolve(store, query.Filter);

        IReadOnlyList<DateOnly> periods = [];
        int[]? buckets = null;
        if (query.Granularity is { } granularity && DataRange(snapshot, filter) is { } range)
        {
            filter = filter.WithDays(FactDays.Encode(range.From), FactDays.Encode(range.To));
            (periods, buckets) = Buckets(range.From, range.To, granularity);
        }

        var bucketCount = Math.Max(1, periods.Count);
        var counts = FactAggregator.Aggregate(snapshot, filter, plan, buckets, bucketCount, denseCellLimit, cancellationToken);
        var rows = new Dictionary<long, long[]>();
        long total = 0;
        foreach (var (cell, count) in counts.NonZero())
        {
            var group = cell / bucketCount;
            if (!rows.TryGetValue(group, out var series))
            {
                rows[group] = series = new long[bucketCount];
            }

            series[cell % bucketCount] += count;
            total += count;
        }

        var cubeRows = rows
            .Select(row => new CubeRow(KeysOf(plan, row.Key), row.Value, row.Value.Sum()))
            .OrderByDescending(row => row.Total)
            .ThenBy(row => string.Join('\u001f', row.Keys), StringComparer.Ordinal)
            .ToList();
        return new CountCube(query.By, periods, cubeRows, total, snapshot.Checkpoint);
    }

    /// <summary>The largest groups in a period, with shares, change from the previous period and per-capita rates.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is outside 1–1,000 or the period is reversed.</exception>
    public TopResult Top(FactSnapshot snapshot, TopQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Count, 1, nameof(query.Count));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Count, 1_000, nameof(query.Count));
        if (query.From > query.To)
        {
            throw new ArgumentOutOfRangeException(nameof(query), $"{nameof(query.From)} ({query.From:yyyy-MM-dd}) is after {nameof(query.To)} ({query.To:yyyy-MM-dd}).");
        }

        var store = snapshot.Store;
        var (previousFrom, _) = query.PreviousPeriod;
        var filter = ResolvedFilter.Resolve(store, query.Filter with { From = previousFrom, To = query.To });
        var plan = GroupPlan.For(store, [query.By]);

        // Two buckets over one contiguous range: the previous period, then the current one.
        var days = filter.DayHigh - filter.DayLow + 1;
        var buckets = new int[Math.Max(days, 0)];
        var firstCurrent = FactDays.Clamp(query.From) - filter.DayLow;
        buckets.AsSpan(Math.Clamp(firstCurrent, 0, buckets.Length)).Fill(1);

        var counts = FactAggregator.Aggregate(snapshot, filter, plan, buckets, 2, FactAggregator.DenseCellLimit, cancellationToken);
        var byGroup = new Dictionary<long, (long Current, long Previous)>();
        long total = 0, previousTotal = 0;
        foreach (var (cell, count) in counts.NonZero())
        {
            var entry = byGroup.GetValueOrDefault(cell / 2);
            if (cell % 2 == 1)
            {
                entry.Current += count;
                total += count;
            }
            else
            {
                entry.Previous += count;
                previousTotal += count;
            }

            byGroup[cell / 2] = entry;
        }

        var names = store.MerchantNames;
        var items = byGroup
            .Where(g => g.Value.Current > 0)
            .Select(g =>
            {
                var key = plan.Keys[0]((int)g.Key);
                var label = query.By == FactDimension.Merchant && g.Key < names.Length ? names[g.Key] : null;
                double? change = g.Value.Previous > 0 ? (double)(g.Value.Current - g.Value.Previous) / g.Value.Previous : null;
                return new TopItem(key, label, g.Value.Current, (double)g.Value.Current / total, g.Value.Previous, change, RateOf(query.By, key, g.Value.Current));
            })
            .OrderByDescending(item => item.Count)
            .ThenBy(item => item.Key, StringComparer.Ordinal)
            .Take(query.Count)
            .ToList();
        return new TopResult(items, total, previousTotal, snapshot.Checkpoint);
    }

    /// <summary>
    /// Of the filtered facts that name a complainant, the share whose complainant appears more than once among them:
    /// the repeat-complainant share of a merchant profile.
    /// </summary>
    /// <returns>(facts with a complainant, facts whose complainant repeats).</returns>
    public (long WithComplainant, long Repeated) RepeatComplainants(FactSnapshot snapshot, FactFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(filter);
        var resolved = ResolvedFilter.Resolve(snapshot.Store, filter);
        var collected = FactAggregator.CollectComplainants(snapshot, resolved, cancellationToken);
        var hashes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(collected);
        RadixSort.Sort(hashes);
        long repeated = 0;
        for (var i = 0; i < hashes.Length;)
        {
            var run = 1;
            while (i + run < hashes.Length && hashes[i + run] == hashes[i])
            {
                run++;
            }

            repeated += run > 1 ? run : 0;
            i += run;
        }

        return (hashes.Length, repeated);
    }

    /// <summary>The days the query spans: the filter's range, narrowed to the data held.</summary>
    private static (DateOnly From, DateOnly To)? DataRange(FactSnapshot snapshot, ResolvedFilter filter)
    {
        if (snapshot.DaySpan() is not { } span)
        {
            return null;
        }

        var low = Math.Max(span.Low, filter.DayLow);
        var high = Math.Min(span.High, filter.DayHigh);
        return low <= high ? (FactDays.Decode(low), FactDays.Decode(high)) : null;
    }

    private static (IReadOnlyList<DateOnly> Periods, int[] Buckets) Buckets(DateOnly from, DateOnly to, TimeGranularity granularity)
    {
        var first = TimeBuckets.StartOf(from, granularity);
        var count = TimeBuckets.PeriodsBetween(from, to, granularity) + 1;
        var periods = new DateOnly[count];
        for (var p = 0; p < count; p++)
        {
            periods[p] = TimeBuckets.Add(first, granularity, p);
        }

        var buckets = new int[to.DayNumber - from.DayNumber + 1];
        for (var d = 0; d < buckets.Length; d++)
        {
            buckets[d] = TimeBuckets.PeriodsBetween(first, from.AddDays(d), granularity);
        }

        return (periods, buckets);
    }

    private static string?[] KeysOf(GroupPlan plan, long group)
    {
        var keys = new string?[plan.Dimensions.Length];
        for (var d = plan.Dimensions.Length - 1; d >= 0; d--)
        {
            keys[d] = plan.Keys[d]((int)(group % plan.Sizes[d]));
            group /= plan.Sizes[d];
        }

        return keys;
    }

    private double? RateOf(FactDimension dimension, string? key, long count) =>
        dimension == FactDimension.Province && key is not null && population.TryGetPopulation(key, out var residents)
            ? count * 100_000.0 / residents
            : null;
}
