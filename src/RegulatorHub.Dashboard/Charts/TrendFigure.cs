using System.Globalization;
using RegulatorHub.Application.Analytics;

namespace RegulatorHub.Dashboard.Charts;

/// <summary>
/// Lays out a trend for an SVG drawn on the server: the history, the period still under way, the point forecast and
/// its 80% and 95% bands, on a time axis of equally spaced periods and a count axis from 0 with round steps.
/// </summary>
/// <remarks>
/// The overview draws its trend this way rather than with Plotly: the figure arrives with the page's markup, while a
/// Plotly chart is drawn only after plotly.js (1.1 MB) has loaded and run, which the ui benchmark measured at about a
/// second of the browser's main thread on a first visit. Pages built around one chart (Trends, Merchant) keep Plotly.
/// </remarks>
public sealed class TrendFigure
{
    private const int MaxTimeLabels = 6;
    private const int CountSteps = 4;

    private TrendFigure(double width, double height, FigureArea area)
    {
        Width = width;
        Height = height;
        Area = area;
    }

    /// <summary>Width of the figure's coordinate space.</summary>
    public double Width { get; }

    /// <summary>Height of the figure's coordinate space.</summary>
    public double Height { get; }

    /// <summary>The plotting area inside the axes' margins.</summary>
    public FigureArea Area { get; }

    /// <summary>The complete periods, oldest first.</summary>
    public IReadOnlyList<TrendFigurePoint> History { get; private init; } = [];

    /// <summary>The period still under way, drawn apart (it is unfinished, not a drop); null when there is none.</summary>
    public TrendFigurePoint? Partial { get; private init; }

    /// <summary>The point forecast per forecast period; empty without a forecast.</summary>
    public IReadOnlyList<TrendFigurePoint> Forecast { get; private init; } = [];

    /// <summary>The 95% band as SVG polygon points (upper bound forward, lower bound back); null without a forecast.</summary>
    public string? Band95 { get; private init; }

    /// <summary>The 80% band as SVG polygon points; null without a forecast.</summary>
    public string? Band80 { get; private init; }

    /// <summary>Labels of the time axis (at most six, evenly spread).</summary>
    public IReadOnlyList<AxisTick> TimeTicks { get; private init; } = [];

    /// <summary>Labels and grid lines of the count axis, from 0 up to the top of the area.</summary>
    public IReadOnlyList<AxisTick> CountTicks { get; private init; } = [];

    /// <summary>Lays out <paramref name="trend"/> in a <paramref name="width"/> × <paramref name="height"/> figure.</summary>
    /// <param name="trend">The series and its forecast.</param>
    /// <param name="width">Width of the coordinate space.</param>
    /// <param name="height">Height of the coordinate space.</param>
    /// <param name="culture">Formats the axis labels (dates and counts).</param>
    public static TrendFigure Layout(Trend trend, double width, double height, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 60);

        var forecast = trend.Forecast is { PeriodStarts.Count: > 0 } f ? f : null;
        var periods = trend.Periods
            .Concat(trend.PartialPeriod is { } partial ? [partial] : [])
            .Concat(forecast?.PeriodStarts ?? [])
            .Distinct()
            .Order()
            .ToList();
        var index = periods.Select((period, i) => (period, i)).ToDictionary(p => p.period, p => p.i);

        var highest = trend.Counts.Select(c => (double)c)
            .Append(trend.PartialPeriod is null ? 0 : trend.PartialCount)
            .Concat(forecast?.Upper95 ?? [])
            .Concat(forecast?.Point ?? [])
            .DefaultIfEmpty(0)
            .Max();
        var step = CountStep(highest);
        var top = Math.Max(step, Math.Ceiling(highest / step) * step);

        var area = new FigureArea(Left: 56, Right: width - 12, Top: 10, Bottom: height - 26);
        double X(DateOnly period) => periods.Count == 1
            ? (area.Left + area.Right) / 2
            : area.Left + index[period] * (area.Right - area.Left) / (periods.Count - 1);
        double Y(double value) => area.Bottom - value / top * (area.Bottom - area.Top);
        TrendFigurePoint Point(DateOnly period, double value) => new(period, value, X(period), Y(value));

        var stride = Math.Max(1, (int)Math.Ceiling(periods.Count / (double)MaxTimeLabels));
        return new TrendFigure(width, height, area)
        {
            History = [.. trend.Periods.Zip(trend.Counts, (period, count) => Point(period, count))],
            Partial = trend.PartialPeriod is { } under ? Point(under, trend.PartialCount) : null,
            Forecast = forecast is null ? [] : [.. forecast.PeriodStarts.Select((period, i) => Point(period, forecast.Point[i]))],
            Band95 = forecast is null ? null : Band(forecast.PeriodStarts, forecast.Upper95, forecast.Lower95, X, Y),
            Band80 = forecast is null ? null : Band(forecast.PeriodStarts, forecast.Upper80, forecast.Lower80, X, Y),
            TimeTicks = [.. periods.Where((_, i) => i % stride == 0).Select(p => new AxisTick(X(p), p.ToString("d", culture)))],
            CountTicks = [.. Enumerable.Range(0, (int)Math.Round(top / step) + 1).Select(i => new AxisTick(Y(i * step), (i * step).ToString("N0", culture)))],
        };
    }

    /// <summary>SVG points of a polyline through <paramref name="points"/>.</summary>
    public static string Polyline(IEnumerable<TrendFigurePoint> points) =>
        string.Join(' ', points.Select(p => Coordinates(p.X, p.Y)));

    /// <summary>A coordinate as SVG writes it (invariant, one decimal).</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // A coordinate pair as a polyline or polygon lists it.
    private static string Coordinates(double x, double y) => $"{Coordinate(x)},{Coordinate(y)}";

    // Round steps for counts: 1, 2 or 5 times a power of ten, and 2.5 from 25 up (never a fraction of a complaint).
    private static double CountStep(double highest)
    {
        if (highest <= CountSteps)
        {
            return 1;
        }

        var raw = highest / CountSteps;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double[] multiples = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
        return multiples.First(m => m * magnitude >= raw) * magnitude;
    }

    private static string Band(IReadOnlyList<DateOnly> periods, IReadOnlyList<double> upper, IReadOnlyList<double> lower, Func<DateOnly, double> x, Func<double, double> y) =>
        string.Join(' ',
            periods.Select((p, i) => Coordinates(x(p), y(upper[i])))
                .Concat(periods.Select((p, i) => Coordinates(x(p), y(lower[i]))).Reverse()));
}
