using RegulatorHub.Analytics.Forecasting;

namespace RegulatorHub.Application.Analytics;

/// <summary>The answer to a <see cref="TrendQuery"/>.</summary>
/// <param name="Periods">First day of each complete period of history, oldest first.</param>
/// <param name="Counts">Complaints in each period.</param>
/// <param name="Forecast">The forecast from the period after the last complete one, or <see langword="null"/> when the history is shorter than two periods.</param>
/// <param name="PartialPeriod">First day of a period still under way (left out of the fit, shown apart), if any.</param>
/// <param name="PartialCount">Complaints so far in that period.</param>
/// <param name="Watermark">Change-feed checkpoint of the facts counted.</param>
public sealed record Trend(
    IReadOnlyList<DateOnly> Periods, IReadOnlyList<long> Counts, SeriesForecast? Forecast, DateOnly? PartialPeriod, long PartialCount, string? Watermark);
