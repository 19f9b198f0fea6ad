namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// Seasonal naive: each forecast repeats the value one season earlier, ŷ_{n+h} = y_{n+h−m(k+1)} with
/// k = ⌊(h − 1)/m⌋. Standard deviation σ·√(k + 1), σ from the in-sample seasonal differences (Hyndman &amp;
/// Athanasopoulos, <i>Forecasting: Principles and Practice</i>, 3rd ed., §5.5, Table 5.2). With less than one
/// season plus two points of history it falls back to naive (m = 1).
/// </summary>
internal static class SeasonalNaive
{
    /// <summary>Fills forecasts and standard deviations; returns the period actually used (m or 1).</summary>
    public static int Forecast(ReadOnlySpan<double> y, int season, Span<double> point, Span<double> sd)
    {
        var m = y.Length >= season + 2 ? season : 1;
        var n = y.Length;
        double sumSq = 0;
        for (var t = m; t < n; t++)
        {
            var d = y[t] - y[t - m];
            sumSq += d * d;
        }

        var sigma = n > m ? Math.Sqrt(sumSq / (n - m)) : 0;
        for (var h = 0; h < point.Length; h++)
        {
            var k = h / m;
            point[h] = y[n - m + (h % m)];
            sd[h] = sigma * Math.Sqrt(k + 1);
        }

        return m;
    }

    /// <summary>
    /// Mean absolute in-sample error of seasonal naive with period <paramref name="season"/>, or of naive when the
    /// series is shorter than two seasons: the MASE denominator (Hyndman &amp; Koehler 2006). Never 0: a flat
    /// series scales by 1 so that its errors still rank models.
    /// </summary>
    public static double Scale(ReadOnlySpan<double> y, int season)
    {
        var m = y.Length >= 2 * season ? season : 1;
        double sum = 0;
        for (var t = m; t < y.Length; t++)
        {
            sum += Math.Abs(y[t] - y[t - m]);
        }

        var scale = y.Length > m ? sum / (y.Length - m) : 0;
        return scale > 0 ? scale : 1;
    }
}
