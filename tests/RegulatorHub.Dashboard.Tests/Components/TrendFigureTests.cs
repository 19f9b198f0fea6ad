using System.Globalization;
using Bunit;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Dashboard.Charts;
using RegulatorHub.Dashboard.Components.Controls;

namespace RegulatorHub.Dashboard.Tests.Components;

/// <summary>The overview's trend drawn as SVG on the server: its layout (<see cref="TrendFigure"/>) and its markup.</summary>
public sealed class TrendFigureTests : IDisposable
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private readonly DashboardComponentContext _context = new();

    [Fact]
    public void Periods_are_equally_spaced_and_counts_rise_from_the_bottom_of_the_area()
    {
        var figure = TrendFigure.Layout(WeeklyTrend.Create(), 760, 280, English);

        var xs = figure.History.Concat(figure.Forecast).Select(p => p.X).ToList();
        Assert.Equal(figure.Area.Left, xs[0]);
        Assert.Equal(figure.Area.Right, xs[^1], 6);
        Assert.All(xs.Zip(xs.Skip(1), (a, b) => b - a), gap => Assert.Equal(xs[1] - xs[0], gap, 6));
        Assert.Equal([10.0, 12.0, 15.0], figure.History.Select(p => p.Value));
        Assert.True(figure.History[0].Y > figure.History[2].Y, "more complaints are drawn higher");
        Assert.Equal(figure.Area.Bottom, figure.CountTicks[0].Position);
    }

    [Fact]
    public void The_count_axis_goes_in_round_steps_to_just_above_the_highest_bound()
    {
        // The highest value is the 95% bound, 24: steps of 10 up to 30.
        var figure = TrendFigure.Layout(WeeklyTrend.Create(), 760, 280, English);

        Assert.Equal(["0", "10", "20", "30"], figure.CountTicks.Select(t => t.Label));
        Assert.Equal(figure.Area.Top, figure.CountTicks[^1].Position, 6);
    }

    [Theory]
    [InlineData(0, new[] { "0", "1" })]
    [InlineData(3, new[] { "0", "1", "2", "3" })]
    [InlineData(95, new[] { "0", "25", "50", "75", "100" })]
    [InlineData(12_345, new[] { "0", "5,000", "10,000", "15,000" })]
    public void Count_steps_are_whole_complaints_in_round_numbers(long highest, string[] labels)
    {
        var trend = new Trend([new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 8)], [0, highest], null, null, 0, "1");

        Assert.Equal(labels, TrendFigure.Layout(trend, 760, 280, English).CountTicks.Select(t => t.Label));
    }

    [Fact]
    public void Bands_run_along_the_upper_bound_and_back_along_the_lower_and_the_80_percent_band_lies_inside_the_95()
    {
        var figure = TrendFigure.Layout(WeeklyTrend.Create(), 760, 280, English);

        var band95 = Points(figure.Band95!);
        var band80 = Points(figure.Band80!);
        Assert.Equal(4, band95.Count);
        Assert.Equal(figure.Forecast.Select(p => p.X), band95.Take(2).Select(p => p.X));
        Assert.Equal(figure.Forecast.Select(p => p.X).Reverse(), band95.Skip(2).Select(p => p.X));
        for (var i = 0; i < band95.Count; i++)
        {
            // Upper edge (first half) higher than or level with the 80% band's; lower edge (second half) lower or level.
            Assert.True(i < 2 ? band95[i].Y <= band80[i].Y : band95[i].Y >= band80[i].Y, $"point {i}");
        }
    }

    [Fact]
    public void A_period_under_way_is_drawn_apart_where_the_forecast_starts()
    {
        var figure = TrendFigure.Layout(WeeklyTrend.Create(underWay: WeeklyTrend.FourthWeek), 760, 280, English);

        Assert.Equal(3, figure.History.Count);
        Assert.NotNull(figure.Partial);
        Assert.Equal(4, figure.Partial.Value);
        Assert.Equal(figure.Forecast[0].X, figure.Partial.X);
    }

    [Fact]
    public void The_time_axis_labels_at_most_six_periods_starting_with_the_first()
    {
        var periods = Enumerable.Range(0, 53).Select(i => new DateOnly(2025, 6, 30).AddDays(7 * i)).ToList();
        var trend = new Trend(periods, [.. periods.Select((_, i) => (long)i)], null, null, 0, "1");

        var ticks = TrendFigure.Layout(trend, 760, 280, English).TimeTicks;

        Assert.InRange(ticks.Count, 2, 6);
        Assert.Equal(new DateOnly(2025, 6, 30).ToString("d", English), ticks[0].Label);
    }

    [Fact]
    public void Without_a_forecast_there_are_no_bands()
    {
        var figure = TrendFigure.Layout(WeeklyTrend.Create(withForecast: false), 760, 280, English);

        Assert.Null(figure.Band95);
        Assert.Null(figure.Band80);
        Assert.Empty(figure.Forecast);
    }

    [Fact]
    public void A_trend_without_periods_lays_out_an_empty_figure()
    {
        var figure = TrendFigure.Layout(new Trend([], [], null, null, 0, null), 760, 280, English);

        Assert.Empty(figure.History);
        Assert.Empty(figure.TimeTicks);
        Assert.Equal(["0", "1"], figure.CountTicks.Select(t => t.Label));
    }

    [Fact]
    public void The_svg_draws_every_period_with_its_figures_in_a_tooltip_and_names_the_model()
    {
        var svg = _context.Render<TrendSvg>(p => p.Add(c => c.Id, "t").Add(c => c.Trend, WeeklyTrend.Create(underWay: WeeklyTrend.FourthWeek)));

        Assert.Equal(3, svg.Find("[data-testid=t-history]").GetAttribute("points")!.Split(' ').Length);
        Assert.Equal(2, svg.Find("[data-testid=t-forecast]").GetAttribute("points")!.Split(' ').Length);
        Assert.NotNull(svg.Find("[data-testid=t-band-95]"));
        Assert.NotNull(svg.Find("[data-testid=t-partial]"));
        Assert.Equal(
            [new DateOnly(2026, 6, 1).ToString("d", English) + ": 10", new DateOnly(2026, 6, 8).ToString("d", English) + ": 12", new DateOnly(2026, 6, 15).ToString("d", English) + ": 15"],
            svg.FindAll("circle.trend-point title").Select(t => t.TextContent));
        Assert.Contains("80% interval 13–19", svg.FindAll("circle.trend-forecast-point title")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Theta", svg.Find("[data-testid=t-model]").TextContent, StringComparison.Ordinal);
        Assert.Equal("3", svg.Find("figure").GetAttribute("data-points"));
    }

    public void Dispose() => _context.Dispose();

    private static List<(double X, double Y)> Points(string polygon) =>
        [.. polygon.Split(' ').Select(pair => pair.Split(',')).Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))];
}
