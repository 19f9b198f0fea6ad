using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Forecasting;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Application.Analytics;

/// <summary>
/// What the dashboard, exports and API ask of the analytics: counts, rankings, hotspots and trends with forecasts,
/// each computed off the request thread over one consistent snapshot of the facts. Safe under concurrent use;
/// every call honours its cancellation token (a filter change cancels the previous computation).
/// </summary>
public sealed class ComplaintAnalytics(AnalyticsFacts facts, FactQueryEngine engine, HotspotScanner scanner, IForecaster forecaster)
{
    /// <summary>Whether the analytics store has caught up with the complaint store since start.</summary>
    public bool IsReady => facts.IsReady;

    /// <summary>Completes when <see cref="IsReady"/> becomes true.</summary>
    public Task WhenReady => facts.Ready;

    /// <summary>What the store holds now (cheap: reads per-chunk day ranges, not rows).</summary>
    public FactCoverage Coverage()
    {
        var snapshot = facts.Current.Snapshot();
        return new FactCoverage(snapshot.RowCount, snapshot.FirstDay, snapshot.LastDay, snapshot.Checkpoint);
    }

    /// <summary>The latest display name seen for a merchant key, or <see langword="null"/>.</summary>
    public string? MerchantName(string key) => facts.Current.MerchantName(key);

    /// <summary>Counts by up to three dimensions, optionally per period.</summary>
    public Task<CountCube> CountAsync(CubeQuery query, CancellationToken cancellationToken) =>
        Run(snapshot => engine.Count(snapshot, query, cancellationToken), cancellationToken);

    /// <summary>The largest groups of a dimension in a period, with share, change and rate per 100,000.</summary>
    public Task<TopResult> TopAsync(TopQuery query, CancellationToken cancellationToken) =>
        Run(snapshot => engine.Top(snapshot, query, cancellationToken), cancellationToken);

    /// <summary>Complaints naming a complainant, and those whose complainant appears more than once.</summary>
    public Task<(long WithComplainant, long Repeated)> RepeatComplainantsAsync(FactFilter filter, CancellationToken cancellationToken) =>
        Run(snapshot => engine.RepeatComplainants(snapshot, filter, cancellationToken), cancellationToken);

    /// <summary>Hotspots of a period over the requested series and their roll-ups.</summary>
    public Task<HotspotScan> HotspotsAsync(HotspotQuery query, CancellationToken cancellationToken) =>
        Run(snapshot => scanner.Scan(snapshot, query, cancellationToken), cancellationToken);

    /// <summary>A series' history and its forecast with 80% and 95% intervals, the model chosen and its backtest error.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is outside 1–52.</exception>
    public Task<Trend> TrendAsync(TrendQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Horizon, 1, nameof(query.Horizon));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Horizon, 52, nameof(query.Horizon));
        return Run(snapshot => Trend(snapshot, query, cancellationToken), cancellationToken);
    }

    private Trend Trend(FactSnapshot snapshot, TrendQuery query, CancellationToken cancellationToken)
    {
        var cube = engine.Count(snapshot, new CubeQuery([], query.Granularity, query.Filter), cancellationToken);
        var counts = cube.Rows.Count == 0 ? new long[cube.Periods.Count] : cube.Rows[0].Counts.ToArray();
        var periods = cube.Periods.ToList();

        // A period the data does not cover to its end would read as a collapse; keep it out of the model.
        DateOnly? partial = null;
        long partialCount = 0;
        if (periods.Count > 0 && snapshot.LastDay is { } lastDay && TimeBuckets.Next(periods[^1], query.Granularity).AddDays(-1) > lastDay)
        {
            partial = periods[^1];
            partialCount = counts[^1];
            periods.RemoveAt(periods.Count - 1);
            counts = counts[..^1];
        }

        // Likewise a first period that starts before the series does (data or filter beginning mid-week) would read as
        // a low; it is dropped when enough history remains to fit.
        var seriesStart = query.Filter.From is { } from && snapshot.FirstDay is { } first ? (from > first ? from : first) : snapshot.FirstDay;
        if (periods.Count > 2 && seriesStart is { } start && periods[0] < start)
        {
            periods.RemoveAt(0);
            counts = counts[1..];
        }

        var history = counts.Select(c => (double)c).ToArray();
        var forecast = history.Length >= 2
            ? forecaster.Forecast(history, query.Granularity, query.Horizon, periods[0], cancellationToken)
            : null;
        return new Trend(periods, counts, forecast, partial, partialCount, cube.Watermark);
    }

    private Task<T> Run<T>(Func<FactSnapshot, T> query, CancellationToken cancellationToken) =>
        Task.Run(() => query(facts.Current.Snapshot()), cancellationToken);
}
