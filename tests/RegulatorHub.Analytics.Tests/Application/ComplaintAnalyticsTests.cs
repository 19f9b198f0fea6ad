using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Forecasting;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Tests.Application;

public sealed class ComplaintAnalyticsTests
{
    [Fact]
    public async Task TrendAsync_LeavesTheUnfinishedWeekOutOfTheFitAndForecastsFromTheNext()
    {
        // 60 complete weeks of 10 complaints a week, then 3 days of the 61st.
        var monday = new DateOnly(2025, 1, 6);
        var facts = Enumerable.Range(0, (60 * 7) + 3)
            .SelectMany(day => Enumerable.Repeat(monday.AddDays(day), day < 60 * 7 && day % 7 < 5 ? 2 : day >= 60 * 7 ? 1 : 0))
            .Select(day => new ComplaintFact(day, "food", "quality", "330106", "m-1", null, null, ComplaintChannel.Phone, "hotline", null))
            .ToList();
        var analytics = AnalyticsOver(facts);

        var trend = await analytics.TrendAsync(new TrendQuery(FactFilter.All, TimeGranularity.Week, Horizon: 8), default);

        Assert.Equal(60, trend.Periods.Count);
        Assert.All(trend.Counts, count => Assert.Equal(10, count));
        Assert.Equal(monday.AddDays(7 * 60), trend.PartialPeriod);
        Assert.Equal(3, trend.PartialCount);
        var forecast = trend.Forecast!;
        Assert.Equal(8, forecast.Point.Count);
        Assert.Equal(monday.AddDays(7 * 60), forecast.PeriodStarts[0]);
        Assert.All(forecast.Point, point => Assert.InRange(point, 9.5, 10.5));
        Assert.False(string.IsNullOrEmpty(forecast.Model));
    }

    [Fact]
    public async Task TrendAsync_HorizonOutOfRange_NamesTheParameter()
    {
        var analytics = AnalyticsOver([]);

        var refused = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => analytics.TrendAsync(new TrendQuery(FactFilter.All, TimeGranularity.Week, Horizon: 0), default));

        Assert.Equal("Horizon", refused.ParamName);
    }

    private static ComplaintAnalytics AnalyticsOver(List<ComplaintFact> facts)
    {
        var holder = new AnalyticsFacts(RegionGazetteer.Default);
        holder.Current.Append(facts, "1");
        var engine = new FactQueryEngine(RegionPopulation.Default);
        return new ComplaintAnalytics(holder, engine, new HotspotScanner(engine), new SeriesForecaster());
    }
}
