using RegulatorHub.Analytics.Detection;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Hotspots;

/// <summary>
/// Ranks hotspots over every series of a scan: counts the finest series once, derives every roll-up by summing in
/// memory, fits a baseline only for series that could meet the minimum-count rule, and controls the false discovery
/// rate across all of them together. Stateless and thread-safe.
/// </summary>
public sealed class HotspotScanner(FactQueryEngine engine)
{
    // Periods shown in a hotspot's mini chart.
    private const int RecentPeriods = 26;

    /// <summary>Scans the series of <paramref name="query"/> in its period.</summary>
    /// <exception cref="ArgumentException">The query has no or more than three dimensions, or repeats one.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Top or the false discovery rate is out of range.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public HotspotScan Scan(FactSnapshot snapshot, HotspotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(query);
        if (query.By.Count is < 1 or > GroupPlan.MaxDimensions)
        {
            throw new ArgumentException($"Scan series of 1 to {GroupPlan.MaxDimensions} dimensions (was {query.By.Count}).", nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(query.Top, 1, nameof(query.Top));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Top, 1_000, nameof(query.Top));
        if (query.FalseDiscoveryRate is not (> 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.FalseDiscoveryRate, "FalseDiscoveryRate must be between 0 and 1 (exclusive).");
        }

        var options = DetectionOptions.For(query.Granularity);
        if (ScannedPeriod(snapshot, query) is not { } period)
        {
            return new HotspotScan(null, query.Granularity, [], 0, 0, snapshot.Checkpoint);
        }

        var history = (options.YearsBack * options.PeriodsPerYear) + options.WindowHalfWidth + 1;
        var first = TimeBuckets.Add(period, query.Granularity, -(history - 1));
        var last = TimeBuckets.Add(period, query.Granularity, 1).AddDays(-1);
        var cube = engine.Count(snapshot, new CubeQuery(query.By, query.Granularity, query.Filter with { From = first, To = last }), cancellationToken);
        if (cube.Periods.Count == 0 || cube.Periods[^1] != period)
        {
            return new HotspotScan(period, query.Granularity, [], 0, 0, snapshot.Checkpoint);
        }

        var series = RollUps(query.By, cube);
        var candidates = new List<CountSeries>();
        var keysOf = new List<IReadOnlyDictionary<FactDimension, string?>>();
        var skipped = new List<SeriesAssessment>();
        foreach (var (key, (keys, counts)) in series)
        {
            if (HotspotDetector.RecentCount(counts, counts.Length - 1, options.MinimumCountPeriods) < options.MinimumCount)
            {
                // Cannot raise an alarm, but still one of the m hypotheses Benjamini–Hochberg must account for.
                skipped.Add(HotspotDetector.NotAssessable(key, counts.Length - 1, counts[^1], 0, DetectionMethod.FarringtonFlexible));
                continue;
            }

            candidates.Add(new CountSeries(key, counts));
            keysOf.Add(keys);
        }

        var assessed = HotspotDetector.ScoreAll(candidates, options, cancellationToken);
        var byKey = candidates.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var ranked = HotspotRanking.Apply([.. assessed, .. skipped], query.FalseDiscoveryRate);
        var hotspots = ranked
            .Where(a => a.IsHotspot)
            .Take(query.Top)
            .Select(a =>
            {
                var index = byKey[a.SeriesKey];
                var counts = candidates[index].Counts.Span;
                var recent = Math.Min(RecentPeriods, counts.Length);
                var explained = a with { Explanation = a.Explanation with { Contributions = Contributions(keysOf[index], series, a, options) } };
                return new Hotspot(keysOf[index], explained, cube.Periods.Skip(cube.Periods.Count - recent).ToList(), counts[^recent..].ToArray());
            })
            .ToList();
        return new HotspotScan(period, query.Granularity, hotspots, series.Count, candidates.Count, snapshot.Checkpoint);
    }

    /// <summary>
    /// The period to score: the one holding <see cref="HotspotQuery.AsOf"/>, else the latest period the data covers
    /// to its last day (a period still under way would look like a drop, not a spike); none when there are no facts.
    /// </summary>
    private static DateOnly? ScannedPeriod(FactSnapshot snapshot, HotspotQuery query)
    {
        if (query.AsOf is { } asOf)
        {
            return TimeBuckets.StartOf(asOf, query.Granularity);
        }

        if (snapshot.LastDay is not { } lastDay)
        {
            return null;
        }

        var period = TimeBuckets.StartOf(lastDay, query.Granularity);
        return TimeBuckets.Next(period, query.Granularity).AddDays(-1) == lastDay ? period : TimeBuckets.Add(period, query.Granularity, -1);
    }

    /// <summary>Every series of every non-empty subset of the dimensions, summed from the finest cube.</summary>
    private static Dictionary<string, (IReadOnlyDictionary<FactDimension, string?> Keys, double[] Counts)> RollUps(
        IReadOnlyList<FactDimension> by, CountCube cube)
    {
        var series = new Dictionary<string, (IReadOnlyDictionary<FactDimension, string?> Keys, double[] Counts)>(StringComparer.Ordinal);
        for (var mask = 1; mask < 1 << by.Count; mask++)
        {
            foreach (var row in cube.Rows)
            {
                var keys = new Dictionary<FactDimension, string?>();
                for (var d = 0; d < by.Count; d++)
                {
                    if ((mask & (1 << d)) != 0)
                    {
                        keys[by[d]] = row.Keys[d];
                    }
                }

                var key = SeriesKey(keys);
                if (!series.TryGetValue(key, out var entry))
                {
                    series[key] = entry = (keys, new double[cube.Periods.Count]);
                }

                for (var p = 0; p < row.Counts.Count; p++)
                {
                    entry.Counts[p] += row.Counts[p];
                }
            }
        }

        return series;
    }

    /// <summary>
    /// The sub-series one dimension finer that carry the excess: each child's observed count in the period against
    /// its share of the parent's expectation (its share of the parent's baseline history), largest excess first.
    /// </summary>
    private static IReadOnlyList<HotspotContribution> Contributions(
        IReadOnlyDictionary<FactDimension, string?> keys,
        Dictionary<string, (IReadOnlyDictionary<FactDimension, string?> Keys, double[] Counts)> series,
        SeriesAssessment parent,
        DetectionOptions options)
    {
        var contributions = new List<HotspotContribution>();
        var parentCounts = series[SeriesKey(keys)].Counts;
        var baselineEnd = Math.Max(0, parentCounts.Length - 1 - options.PastPeriodsExcluded);
        var parentBaseline = parentCounts[..baselineEnd].Sum();
        foreach (var (_, (childKeys, counts)) in series)
        {
            if (childKeys.Count != keys.Count + 1 || !keys.All(k => childKeys.TryGetValue(k.Key, out var v) && v == k.Value))
            {
                continue;
            }

            var dimension = childKeys.Keys.Single(d => !keys.ContainsKey(d));
            var share = parentBaseline > 0 ? counts[..baselineEnd].Sum() / parentBaseline : 0;
            contributions.Add(new HotspotContribution(dimension.ToString(), childKeys[dimension] ?? string.Empty, counts[^1], share * parent.Explanation.Expected));
        }

        return [.. contributions.OrderByDescending(c => c.Observed - c.Expected).Take(5)];
    }

    private static string SeriesKey(IReadOnlyDictionary<FactDimension, string?> keys) =>
        string.Join('\u001f', keys.OrderBy(k => k.Key).Select(k => $"{(int)k.Key}={k.Value}"));
}
