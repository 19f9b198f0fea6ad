using System.Globalization;
using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using RegulatorHub.Application.Analytics;

namespace RegulatorHub.Dashboard.Charts;

/// <summary>
/// Turns a trend into Plotly traces: the 95% and 80% bands (drawn first, so lines sit on top), the history, the period
/// still under way as a hollow marker (it is not a drop, it is unfinished), and the dashed point forecast.
/// </summary>
public static class TrendChartModel
{
    private const string HistoryColour = "#0b5394";
    private const string ForecastColour = "#b45f06";

    /// <summary>The traces for <paramref name="trend"/>, in drawing order.</summary>
    public static IList<ITrace> Build(Trend trend, TrendChartText text)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(text);
        var traces = new List<ITrace>();
        if (trend.Forecast is { PeriodStarts.Count: > 0 } forecast)
        {
            var x = Dates(forecast.PeriodStarts);
            traces.Add(Bound(x, forecast.Upper95, text.Interval95, fill: false, "rgba(180,95,6,0.12)"));
            traces.Add(Bound(x, forecast.Lower95, text.Interval95, fill: true, "rgba(180,95,6,0.12)"));
            traces.Add(Bound(x, forecast.Upper80, text.Interval80, fill: false, "rgba(180,95,6,0.25)"));
            traces.Add(Bound(x, forecast.Lower80, text.Interval80, fill: true, "rgba(180,95,6,0.25)"));
        }

        traces.Add(new Scatter
        {
            Name = text.History,
            X = Dates(trend.Periods),
            Y = trend.Counts.Cast<object>().ToList(),
            Mode = ModeFlag.Lines | ModeFlag.Markers,
            Line = new Line { Color = HistoryColour, Width = 2 },
            Marker = new Marker { Color = HistoryColour, Size = 4 },
        });

        if (trend.PartialPeriod is { } partial)
        {
            traces.Add(new Scatter
            {
                Name = text.Partial,
                X = [partial.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                Y = [trend.PartialCount],
                Mode = ModeFlag.Markers,
                Marker = new Marker { Color = "#ffffff", Size = 8, Line = new Plotly.Blazor.Traces.ScatterLib.MarkerLib.Line { Color = HistoryColour, Width = 2 } },
            });
        }

        if (trend.Forecast is { PeriodStarts.Count: > 0 } pointForecast)
        {
            traces.Add(new Scatter
            {
                Name = text.Forecast,
                X = Dates(pointForecast.PeriodStarts),
                Y = pointForecast.Point.Select(p => (object)Math.Round(p, 1)).ToList(),
                Mode = ModeFlag.Lines,
                Line = new Line { Color = ForecastColour, Width = 2, Dash = "dash" },
            });
        }

        return traces;
    }

    private static Scatter Bound(IList<object> x, IReadOnlyList<double> y, string name, bool fill, string colour) => new()
    {
        Name = name,
        LegendGroup = name,
        ShowLegend = fill,
        X = x,
        Y = y.Select(v => (object)Math.Round(v, 1)).ToList(),
        Mode = ModeFlag.Lines,
        Line = new Line { Width = 0, Color = colour },
        Fill = fill ? FillEnum.ToNextY : FillEnum.None,
        FillColor = colour,
        HoverInfo = HoverInfoFlag.Skip,
    };

    private static List<object> Dates(IEnumerable<DateOnly> days) =>
        days.Select(d => (object)d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
}
