using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// Forecasts one count series at a time. Implementations are stateless between calls, so one instance may be shared
/// by any number of threads.
/// </summary>
public interface IForecaster
{
    /// <summary>Forecasts <paramref name="horizon"/> periods after <paramref name="history"/>.</summary>
    /// <param name="history">Counts per period, oldest first, without gaps (a period with no complaints is 0).</param>
    /// <param name="granularity">Width of the periods; sets the seasonal cycle (day: 7, week: 52, month: 12).</param>
    /// <param name="horizon">Periods to forecast, 1 to <see cref="SeriesForecaster.MaxHorizon"/>.</param>
    /// <param name="cancellationToken">Checked between model fits.</param>
    /// <returns>The forecast; <see cref="SeriesForecast.PeriodStarts"/> is empty.</returns>
    SeriesForecast Forecast(ReadOnlySpan<double> history, TimeGranularity granularity, int horizon, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forecasts <paramref name="horizon"/> periods after <paramref name="history"/>, dating the forecast periods from
    /// <paramref name="historyStart"/>.
    /// </summary>
    /// <param name="history">Counts per period, oldest first, without gaps.</param>
    /// <param name="granularity">Width of the periods.</param>
    /// <param name="horizon">Periods to forecast, 1 to <see cref="SeriesForecaster.MaxHorizon"/>.</param>
    /// <param name="historyStart">A day in the first period of <paramref name="history"/>.</param>
    /// <param name="cancellationToken">Checked between model fits.</param>
    /// <returns>The forecast with <see cref="SeriesForecast.PeriodStarts"/> filled in.</returns>
    SeriesForecast Forecast(ReadOnlySpan<double> history, TimeGranularity granularity, int horizon, DateOnly historyStart, CancellationToken cancellationToken = default);
}
