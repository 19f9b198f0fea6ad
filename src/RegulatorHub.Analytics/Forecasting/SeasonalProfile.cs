namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// A smoothed multiplicative seasonal profile: classical decomposition ratios y_t / (centred moving average of one
/// season) regressed on a few Fourier harmonics of the year, the number of harmonics chosen by AICc.
/// <para>
/// Why not a 52-state seasonal ETS: with five or six years of weekly history each week-of-year index rests on five
/// or six noisy values and the state space has 52 initial states to estimate (R's <c>ets</c> refuses periods above
/// 24 for this reason). A handful of harmonics needs 2K + 1 coefficients, pools every year into each coefficient, and
/// takes a fractional period — 365.2425/7 ≈ 52.18 weeks — so the profile does not drift a day a year against the
/// calendar as a 52-week index does (Hyndman &amp; Athanasopoulos, FPP3 §12.1 "Weekly data" recommends Fourier terms
/// for exactly this). Multiplicative because complaint counts swing in proportion to their level.
/// </para>
/// <para>
/// Seasonality is used only when the series passes the test R's <c>thetaf</c> applies (Assimakopoulos &amp;
/// Nikolopoulos 2000): |r_m| &gt; 1.645·√((1 + 2Σ_{k&lt;m} r_k²)/n), r_k the autocorrelation at lag k.
/// </para>
/// </summary>
internal static class SeasonalProfile
{
    /// <summary>Most harmonics ever fitted (for weekly data this resolves features about five weeks wide).</summary>
    public const int MaxHarmonics = 10;

    private const double Critical90 = 1.6448536269514722;
    private const double MinIndex = 0.05;

    /// <summary>
    /// Fits the profile to <paramref name="y"/> and writes the seasonal index for periods 0..index.Length − 1
    /// (the history and beyond it). Writes 1s and returns 0 when the series is shorter than two seasons or fails the
    /// seasonality test.
    /// </summary>
    /// <param name="y">The series.</param>
    /// <param name="season">Whole periods per season (for the moving average and the test).</param>
    /// <param name="period">Exact periods per year for the harmonics (may be fractional).</param>
    /// <param name="index">Seasonal index out, one per period from the start of <paramref name="y"/>.</param>
    /// <returns>The number of harmonics used, 0 for no seasonality.</returns>
    public static int Fit(ReadOnlySpan<double> y, int season, double period, Span<double> index)
    {
        index.Fill(1.0);
        var n = y.Length;
        if (season < 2 || n < 2 * season || !PassesSeasonalityTest(y, season))
        {
            return 0;
        }

        var maxK = Math.Min(MaxHarmonics, season / 2);
        var p = (2 * maxK) + 1;
        Span<double> xtx = stackalloc double[p * p];
        Span<double> xtr = stackalloc double[p];
        Span<double> row = stackalloc double[p];
        xtx.Clear();
        xtr.Clear();
        double rtr = 0;
        var count = 0;

        // Centred moving average of one season: a 2×m MA for even m (half weights at both ends), an m MA for odd m
        // (FPP3 §3.4). inner = the fully weighted part of the window, kept as a running sum.
        var half = season / 2;
        var even = season % 2 == 0;
        var first = even ? 1 : 0;
        var last = season - 1;
        double inner = 0;
        for (var j = first; j <= last; j++)
        {
            inner += y[j];
        }

        for (var t = half; t + half < n; t++)
        {
            var cma = (even ? inner + (0.5 * (y[t - half] + y[t + half])) : inner) / season;
            if (cma > 0)
            {
                var ratio = y[t] / cma;
                Harmonics(t, period, maxK, row);
                for (var a = 0; a < p; a++)
                {
                    xtr[a] += row[a] * ratio;
                    for (var b = 0; b <= a; b++)
                    {
                        xtx[(a * p) + b] += row[a] * row[b];
                    }
                }

                rtr += ratio * ratio;
                count++;
            }

            // Slide: even windows hold y[t−half+1 .. t+half−1], odd ones y[t−half .. t+half].
            var enter = even ? t + half : t + half + 1;
            if (enter < n)
            {
                inner += y[enter] - y[even ? t - half + 1 : t - half];
            }
        }

        Span<double> coefficients = stackalloc double[p];
        Span<double> best = stackalloc double[p];
        Span<double> work = stackalloc double[p * p];
        var bestK = 0;
        var bestAicc = double.PositiveInfinity;
        for (var k = 1; k <= maxK; k++)
        {
            var q = (2 * k) + 1;
            if (count - q - 1 <= 0 || !Solve(xtx, p, xtr, q, work, coefficients))
            {
                break;
            }

            var rss = rtr;
            for (var a = 0; a < q; a++)
            {
                rss -= coefficients[a] * xtr[a];
            }

            rss = Math.Max(rss, 1e-12);
            var aicc = (count * Math.Log(rss / count)) + (2.0 * q) + (2.0 * q * (q + 1) / (count - q - 1));
            if (aicc < bestAicc)
            {
                bestAicc = aicc;
                bestK = k;
                coefficients[..q].CopyTo(best);
            }
        }

        if (bestK == 0 || best[0] <= 0)
        {
            return 0;
        }

        // Divide by the intercept so the index averages 1 over a year (the harmonics average 0).
        var used = (2 * bestK) + 1;
        for (var t = 0; t < index.Length; t++)
        {
            Harmonics(t, period, bestK, row);
            double fitted = 0;
            for (var a = 0; a < used; a++)
            {
                fitted += best[a] * row[a];
            }

            index[t] = Math.Max(MinIndex, fitted / best[0]);
        }

        return bestK;
    }

    /// <summary>The seasonality test of <c>thetaf</c>: autocorrelation at lag m beyond its 90% band.</summary>
    internal static bool PassesSeasonalityTest(ReadOnlySpan<double> y, int season)
    {
        var n = y.Length;
        double mean = 0;
        foreach (var v in y)
        {
            mean += v;
        }

        mean /= n;
        double denominator = 0;
        foreach (var v in y)
        {
            denominator += (v - mean) * (v - mean);
        }

        if (denominator <= 0)
        {
            return false;
        }

        double sumSquares = 0, lagM = 0;
        for (var k = 1; k <= season; k++)
        {
            double s = 0;
            for (var t = k; t < n; t++)
            {
                s += (y[t] - mean) * (y[t - k] - mean);
            }

            var r = s / denominator;
            if (k < season)
            {
                sumSquares += r * r;
            }
            else
            {
                lagM = r;
            }
        }

        return Math.Abs(lagM) > Critical90 * Math.Sqrt((1 + (2 * sumSquares)) / n);
    }

    // Regressors at period t: 1, cos(2πt/P), sin(2πt/P), cos(4πt/P), sin(4πt/P), … by the angle-addition recurrence.
    private static void Harmonics(int t, double period, int k, Span<double> row)
    {
        var (sin1, cos1) = Math.SinCos(2 * Math.PI * (t % period) / period);
        row[0] = 1;
        double cos = 1, sin = 0;
        for (var j = 1; j <= k; j++)
        {
            (cos, sin) = ((cos * cos1) - (sin * sin1), (sin * cos1) + (cos * sin1));
            row[(2 * j) - 1] = cos;
            row[2 * j] = sin;
        }
    }

    // Cholesky solve of the leading q×q block of the lower-triangular-filled normal equations.
    private static bool Solve(ReadOnlySpan<double> xtx, int p, ReadOnlySpan<double> xtr, int q, Span<double> l, Span<double> result)
    {
        for (var i = 0; i < q; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = xtx[(i * p) + j];
                for (var k = 0; k < j; k++)
                {
                    sum -= l[(i * q) + k] * l[(j * q) + k];
                }

                if (i == j)
                {
                    if (sum <= 1e-10)
                    {
                        return false;
                    }

                    l[(i * q) + i] = Math.Sqrt(sum);
                }
                else
                {
                    l[(i * q) + j] = sum / l[(j * q) + j];
                }
            }
        }

        for (var i = 0; i < q; i++)
        {
            var sum = xtr[i];
            for (var k = 0; k < i; k++)
            {
                sum -= l[(i * q) + k] * result[k];
            }

            result[i] = sum / l[(i * q) + i];
        }

        for (var i = q - 1; i >= 0; i--)
        {
            var sum = result[i];
            for (var k = i + 1; k < q; k++)
            {
                sum -= l[(k * q) + i] * result[k];
            }

            result[i] = sum / l[(i * q) + i];
        }

        return true;
    }
}
