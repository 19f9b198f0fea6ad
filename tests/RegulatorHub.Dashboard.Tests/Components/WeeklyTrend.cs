using RegulatorHub.Analytics.Forecasting;
using RegulatorHub.Application.Analytics;

namespace RegulatorHub.Dashboard.Tests.Components;

/// <summary>The trend the chart tests draw: three complete weeks of June 2026 and, when asked, a two-week forecast.</summary>
internal static class WeeklyTrend
{
    /// <summary>The week after the three complete ones, where the forecast starts and a period under way would be.</summary>
    public static readonly DateOnly FourthWeek = new(2026, 6, 22);

    /// <summary>Counts 10, 12, 15; the forecast (Theta) 16 and 17 with bands; the week under way, when given, at 4.</summary>
    /// <param name="withForecast">Include the forecast from <see cref="FourthWeek"/>.</param>
    /// <param name="underWay">The period still under way, if any.</param>
    public static Trend Create(bool withForecast = true, DateOnly? underWay = null) => new(
        [new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 15)],
        [10, 12, 15],
        withForecast
            ? new SeriesForecast
            {
                Horizon = 2, Point = [16, 17], Lower80 = [13, 13], Upper80 = [19, 21], Lower95 = [11, 10], Upper95 = [21, 24],
                Model = "Theta", BacktestMase = 0.8, BacktestSmape = 10, PeriodStarts = [FourthWeek, new DateOnly(2026, 6, 29)],
            }
            : null,
        underWay, underWay is null ? 0 : 4, "3");
}
