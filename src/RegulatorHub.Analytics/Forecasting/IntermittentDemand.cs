namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// Forecasts for intermittent series (many periods with no complaints), whose flat mean forecast is a rate:
/// Croston (1972) with the Syntetos–Boylan (2005) bias correction (SBA), and Teunter, Syntetos &amp; Babai (2011)
/// (TSB), which updates the demand probability every period and so lets a series that went quiet decay.
/// Smoothing constants come from a small grid by in-sample one-step squared error (Kourentzes 2014 found
/// optimised constants beat the textbook fixed 0.1). The standard deviations are the SES-style
/// σ₁·√(1 + (h − 1)α²): an approximation, which the forecaster's backtest calibration corrects.
/// </summary>
internal static class IntermittentDemand
{
    private static readonly double[] s_grid = [0.05, 0.1, 0.2, 0.3];

    /// <summary>
    /// True when the average inter-demand interval is at least 1.32 periods (Syntetos, Boylan &amp; Croston 2005),
    /// the cut-off between smooth and intermittent demand.
    /// </summary>
    public static bool IsIntermittent(ReadOnlySpan<double> y)
    {
        var nonZero = 0;
        foreach (var v in y)
        {
            nonZero += v > 0 ? 1 : 0;
        }

        return nonZero == 0 || (double)y.Length / nonZero >= 1.32;
    }

    /// <summary>Croston–SBA forecasts; returns the chosen α.</summary>
    public static double Croston(ReadOnlySpan<double> y, Span<double> point, Span<double> sd)
    {
        double bestSse = double.PositiveInfinity, bestAlpha = s_grid[0], bestForecast = 0;
        foreach (var alpha in s_grid)
        {
            var sse = RunCroston(y, alpha, out var forecast);
            if (sse < bestSse)
            {
                (bestSse, bestAlpha, bestForecast) = (sse, alpha, forecast);
            }
        }

        Fill(bestForecast, bestSse, y.Length, bestAlpha, point, sd);
        return bestAlpha;
    }

    /// <summary>TSB forecasts; returns the chosen (α for sizes, β for the probability).</summary>
    public static (double Alpha, double Beta) Tsb(ReadOnlySpan<double> y, Span<double> point, Span<double> sd)
    {
        double bestSse = double.PositiveInfinity, bestAlpha = s_grid[0], bestBeta = s_grid[0], bestForecast = 0;
        foreach (var alpha in s_grid)
        {
            foreach (var beta in s_grid)
            {
                var sse = RunTsb(y, alpha, beta, out var forecast);
                if (sse < bestSse)
                {
                    (bestSse, bestAlpha, bestBeta, bestForecast) = (sse, alpha, beta, forecast);
                }
            }
        }

        Fill(bestForecast, bestSse, y.Length, Math.Max(bestAlpha, bestBeta), point, sd);
        return (bestAlpha, bestBeta);
    }

    /// <summary>
    /// Croston recursions: at a demand, size z ← z + α(y − z) and interval p ← p + α(q − p), q periods since the
    /// last demand; forecast (1 − α/2)·z/p. Starts from the first demand and its position.
    /// </summary>
    internal static double RunCroston(ReadOnlySpan<double> y, double alpha, out double forecast)
    {
        var first = y.IndexOfAnyExcept(0.0);
        if (first < 0)
        {
            forecast = 0;
            return 0;
        }

        double z = y[first], p = first + 1, sse = 0;
        var correction = 1 - (alpha / 2);
        var since = 0;
        for (var t = first + 1; t < y.Length; t++)
        {
            since++;
            var f = correction * z / p;
            var e = y[t] - f;
            sse += e * e;
            if (y[t] > 0)
            {
                z += alpha * (y[t] - z);
                p += alpha * (since - p);
                since = 0;
            }
        }

        forecast = correction * z / p;
        return sse;
    }

    /// <summary>
    /// TSB recursions, every period: probability π ← π + β(1[y &gt; 0] − π); at a demand, size z ← z + α(y − z);
    /// forecast π·z. Starts from the share of non-zero periods and the mean non-zero size.
    /// </summary>
    internal static double RunTsb(ReadOnlySpan<double> y, double alpha, double beta, out double forecast)
    {
        double nonZero = 0, total = 0;
        foreach (var v in y)
        {
            if (v > 0)
            {
                nonZero++;
                total += v;
            }
        }

        if (nonZero == 0)
        {
            forecast = 0;
            return 0;
        }

        double probability = nonZero / y.Length, size = total / nonZero, sse = 0;
        foreach (var v in y)
        {
            var e = v - (probability * size);
            sse += e * e;
            if (v > 0)
            {
                probability += beta * (1 - probability);
                size += alpha * (v - size);
            }
            else
            {
                probability -= beta * probability;
            }
        }

        forecast = probability * size;
        return sse;
    }

    private static void Fill(double forecast, double sse, int n, double alpha, Span<double> point, Span<double> sd)
    {
        var sigma2 = sse / Math.Max(1, n - 1);
        for (var h = 0; h < point.Length; h++)
        {
            point[h] = forecast;
            sd[h] = Math.Sqrt(sigma2 * (1 + (h * alpha * alpha)));
        }
    }
}
