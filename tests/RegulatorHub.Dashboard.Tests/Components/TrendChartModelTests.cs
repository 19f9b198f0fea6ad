using Plotly.Blazor.Traces;
using RegulatorHub.Dashboard.Charts;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class TrendChartModelTests
{
    private static readonly TrendChartText Text = new("Complaints", "Forecast", "80%", "95%", "Under way");

    [Fact]
    public void History_is_plotted_by_period_start_with_its_counts()
    {
        var history = Assert.IsType<Scatter>(TrendChartModel.Build(WeeklyTrend.Create(withForecast: false), Text).Single(t => ((Scatter)t).Name == "Complaints"));

        Assert.Equal(["2026-06-01", "2026-06-08", "2026-06-15"], history.X);
        Assert.Equal([10L, 12L, 15L], history.Y);
    }

    [Fact]
    public void The_forecast_continues_after_the_history_inside_its_bands()
    {
        var traces = TrendChartModel.Build(WeeklyTrend.Create(), Text).Cast<Scatter>().ToList();

        var forecast = traces.Single(t => t.Name == "Forecast");
        Assert.Equal(["2026-06-22", "2026-06-29"], forecast.X);
        Assert.Equal([16.0, 17.0], forecast.Y);
        var bands = traces.Where(t => t.Name is "80%" or "95%").ToList();
        Assert.Equal(4, bands.Count);
        Assert.Equal([21.0, 24.0], bands[0].Y);
        Assert.True(traces.IndexOf(forecast) > traces.IndexOf(bands[^1]), "bands are drawn first so the lines sit on top");
    }

    [Fact]
    public void A_period_under_way_is_a_separate_marker_not_part_of_the_line()
    {
        var traces = TrendChartModel.Build(WeeklyTrend.Create(withForecast: false, underWay: WeeklyTrend.FourthWeek), Text).Cast<Scatter>().ToList();

        var partial = traces.Single(t => t.Name == "Under way");
        Assert.Equal(["2026-06-22"], partial.X);
        Assert.Equal(3, traces.Single(t => t.Name == "Complaints").X!.Count);
    }

    [Fact]
    public void Without_a_forecast_only_the_history_is_drawn() =>
        Assert.Single(TrendChartModel.Build(WeeklyTrend.Create(withForecast: false), Text));
}
