using System.Buffers;
using MathNet.Numerics.Distributions;

namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// The baseline of the improved Farrington algorithm: Noufaily A, Enki DG, Farrington P, Garthwaite P, Andrews N,
/// Charlett A (2013), "An improved algorithm for outbreak detection in multiple surveillance systems", Statistics in
/// Medicine 32(7):1206–1222, building on Farrington CP et al. (1996), JRSS A 159(3):547–563; as implemented by
/// <c>farringtonFlexible</c> in R's <c>surveillance</c> package (Salmon, Schumacher, Höhle 2016, J Stat Softw 70(10)).
/// <list type="bullet">
/// <item>Reference periods: every period from b years plus w periods back up to the most recent excluded periods.</item>
/// <item>Seasonal factor: the windows ±w around the same period of earlier years form the reference level; each gap
/// between two windows is cut into (levels − 1) equal blocks that share a level across years.</item>
/// <item>Quasi-Poisson log-linear regression with a linear trend kept only when significant and not extrapolating past
/// the largest baseline count; dispersion φ = max(1, Pearson χ² / residual df).</item>
/// <item>Past outbreaks: Anscombe residuals above 2.58 get weight ∝ r⁻², weights rescaled to sum to n, model refitted.</item>
/// </list>
/// The threshold (negative binomial quantile with plug-in mean) is applied by <see cref="HotspotDetector"/>.
/// </summary>
internal static class FarringtonFlexible
{
    // Short-history fallback: like EARS C2, leave the two periods before the assessed one out of the baseline so the
    // start of an outbreak does not raise its own expectation.
    private const int ShortHistoryGuard = 2;

    // Most parameters: intercept, trend and up to this many seasonal levels.
    private const int MaxLevels = 32;

    /// <summary>Fits the seasonal baseline for period <paramref name="t0"/>; fails when less than one year of history exists.</summary>
    /// <param name="counts">The series.</param>
    /// <param name="t0">Assessed period index.</param>
    /// <param name="options">Validated options.</param>
    /// <param name="expectedRecent">Receives the expected counts of periods t0, t0 − 1, … (its length).</param>
    public static BaselineFit FitSeasonal(ReadOnlySpan<double> counts, int t0, DetectionOptions options, Span<double> expectedRecent)
    {
        var period = options.PeriodsPerYear;
        var w = options.WindowHalfWidth;
        var years = Math.Min(options.YearsBack, (t0 - w) / period);
        if (years < 1)
        {
            return BaselineFit.Failed(BaselineWindow.Empty, double.NaN);
        }

        var start = t0 - (years * period) - w;
        var end = t0 - options.PastPeriodsExcluded - 1;
        var gapLevels = Math.Min(Math.Min(options.SeasonalLevels, MaxLevels) - 1, period - (2 * w) - 1);
        var allowTrend = years >= options.MinimumYearsForTrend;
        return Fit(counts, t0, start, end, period, w, gapLevels, allowTrend, options, expectedRecent);
    }

    /// <summary>
    /// Fits a constant quasi-Poisson mean (with the same outbreak down-weighting) to every period before t0 except the
    /// last two: the fallback for series shorter than a year.
    /// </summary>
    public static BaselineFit FitShortHistory(ReadOnlySpan<double> counts, int t0, DetectionOptions options, Span<double> expectedRecent)
    {
        var end = t0 - 1 - ShortHistoryGuard;
        if (end + 1 < options.MinimumHistoryPeriods)
        {
            return BaselineFit.Failed(BaselineWindow.Empty, double.NaN);
        }

        return Fit(counts, t0, 0, end, period: 0, w: 0, gapLevels: 0, allowTrend: false, options, expectedRecent);
    }

    /// <summary>Seasonal level of period <paramref name="s"/> relative to the assessed period: 0 inside a ±w window of the same period of any year.</summary>
    public static int LevelOf(int s, int t0, int period, int w, int gapLevels)
    {
        if (period == 0 || gapLevels == 0)
        {
            return 0;
        }

        var r = (((s - t0 + w) % period) + period) % period;
        if (r <= 2 * w)
        {
            return 0;
        }

        // As surveillance's blocks(): the gap of g periods is cut into blocks of g / levels periods, the first g mod levels
        // blocks one period longer, counted forward from the end of the older window.
        var gap = period - (2 * w) - 1;
        var position = r - (2 * w) - 1;
        var length = gap / gapLevels;
        var longer = gap % gapLevels;
        var inLonger = longer * (length + 1);
        return 1 + (position < inLonger ? position / (length + 1) : longer + ((position - inLonger) / length));
    }

    private static BaselineFit Fit(ReadOnlySpan<double> counts, int t0, int start, int end, int period, int w, int gapLevels, bool allowTrend, DetectionOptions options, Span<double> expectedRecent)
    {
        // Original Farrington (one level) uses only the windows; with gap levels every reference period enters.
        var windowsOnly = period > 0 && gapLevels == 0;
        Span<bool> present = stackalloc bool[MaxLevels];
        var n = 0;
        double total = 0;
        double max = 0;
        for (var s = start; s <= end; s++)
        {
            if (windowsOnly && !InWindow(s, t0, period, w))
            {
                continue;
            }

            present[LevelOf(s, t0, period, w, gapLevels)] = true;
            n++;
            total += counts[s];
            max = Math.Max(max, counts[s]);
        }

        var window = new BaselineWindow(start, end, n);
        var mean = n == 0 ? double.NaN : total / n;

        // Columns: intercept, trend (while considered), one dummy per non-reference level that occurs in the baseline;
        // a level absent from the baseline has no column, and a period of that level is predicted at the reference level.
        Span<int> levelColumn = stackalloc int[MaxLevels];
        var levelCount = 0;
        for (var level = 1; level <= gapLevels; level++)
        {
            levelColumn[level] = present[level] ? levelCount++ : -1;
        }

        if (n <= levelCount + (allowTrend ? 2 : 1))
        {
            return BaselineFit.Failed(window, mean);
        }

        var doubles = ArrayPool<double>.Shared.Rent(6 * n);
        var ints = ArrayPool<int>.Shared.Rent(2 * n);
        try
        {
            var y = doubles.AsSpan(0, n);
            var times = doubles.AsSpan(n, n);
            var weights = doubles.AsSpan(2 * n, n);
            var mu = doubles.AsSpan(3 * n, n);
            var eta = doubles.AsSpan(4 * n, n);
            var yLogY = doubles.AsSpan(5 * n, n);
            var levels = ints.AsSpan(0, n);
            var dummies = ints.AsSpan(n, n);
            var i = 0;
            for (var s = start; s <= end; s++)
            {
                if (windowsOnly && !InWindow(s, t0, period, w))
                {
                    continue;
                }

                y[i] = counts[s];

                // Time in years relative to the assessed period, so the prediction at t0 needs no trend term.
                times[i] = period > 0 ? (double)(s - t0) / period : 0;
                levels[i] = LevelOf(s, t0, period, w, gapLevels);
                i++;
            }

            PoissonRegression.YLogY(y, yLogY);
            var work = new FitBuffers(y, yLogY, times, levels, dummies, weights, mu, eta);
            var maxP = levelCount + 2;
            Span<double> beta = stackalloc double[maxP];
            Span<double> covariance = stackalloc double[maxP * maxP];
            Span<double> scratch = stackalloc double[(maxP * maxP) + maxP];

            var trend = allowTrend;
            var (fit, pearsonDispersion, p) = FitReweighted(work, levelColumn, trend, levelCount, options, beta, covariance, scratch);
            if (fit.Succeeded && trend)
            {
                // Keep the trend only when significant and when it does not carry the prediction above every baseline count.
                // As surveillance's algo.farrington.glm, the t-test uses summary.glm's dispersion, not floored at 1.
                var t = beta[1] / Math.Sqrt(pearsonDispersion * covariance[p + 1]);
                var pTrend = 2 * StudentT.CDF(0, 1, n - p, -Math.Abs(t));
                trend = pTrend < options.TrendSignificance && fit.Expected <= max;
            }

            if (allowTrend && (!fit.Succeeded || !trend))
            {
                trend = false;
                (fit, _, p) = FitReweighted(work, levelColumn, trend, levelCount, options, beta, covariance, scratch);
            }

            if (!fit.Succeeded)
            {
                return BaselineFit.Failed(window, mean);
            }

            var first = trend ? 2 : 1;
            for (var j = 0; j < expectedRecent.Length; j++)
            {
                var s = t0 - j;
                var level = LevelOf(s, t0, period, w, gapLevels);
                var dummy = level > 0 && levelColumn[level] >= 0 ? first + levelColumn[level] : -1;
                expectedRecent[j] = Math.Exp(PoissonRegression.LinearPredictor(beta, trend, period > 0 ? (double)(s - t0) / period : 0, dummy));
            }

            return fit with { Expected = Math.Exp(beta[0]), TrendIncluded = trend, Window = window, BaselineMean = mean };
        }
        finally
        {
            ArrayPool<double>.Shared.Return(doubles);
            ArrayPool<int>.Shared.Return(ints);
        }
    }

    private static bool InWindow(int s, int t0, int period, int w) => ((((s - t0 + w) % period) + period) % period) <= 2 * w;

    // Fit, down-weight outbreaks by Anscombe residuals, refit. Returns φ of the weighted fit (floored at 1 in the fit,
    // raw alongside for the trend test), exp(intercept) as Expected, and the number of columns.
    private static (BaselineFit Fit, double PearsonDispersion, int Columns) FitReweighted(
        FitBuffers work, ReadOnlySpan<int> levelColumn, bool trend, int levelCount, DetectionOptions options, Span<double> beta, Span<double> covariance, Span<double> scratch)
    {
        var y = work.Y;
        var times = work.Times;
        var levels = work.Levels;
        var dummies = work.Dummies;
        var weights = work.Weights;
        var mu = work.Mu;
        var n = y.Length;
        var first = trend ? 2 : 1;
        var p = first + levelCount;
        beta = beta[..p];
        covariance = covariance[..(p * p)];
        for (var i = 0; i < n; i++)
        {
            dummies[i] = levels[i] > 0 && levelColumn[levels[i]] >= 0 ? first + levelColumn[levels[i]] : -1;
        }

        weights.Fill(1);
        if (!PoissonRegression.Fit(times, dummies, trend, p, y, work.YLogY, weights, beta, mu, work.Eta, covariance, scratch, warmStart: false))
        {
            return (BaselineFit.Failed(default, double.NaN), double.NaN, p);
        }

        var phi = Dispersion(y, weights, mu, p);

        // Anscombe residuals r = 1.5 (y^{2/3} μ^{-1/6} − μ^{1/2}) / √(φ(1 − h)), h the leverage (Farrington et al. 1996, §3.3);
        // r > threshold gets weight ∝ r⁻², the rest ∝ 1, rescaled to sum to n (surveillance's algo.farrington.assign.weights).
        double weightTotal = 0;
        for (var i = 0; i < n; i++)
        {
            var leverage = Math.Min(mu[i] * PoissonRegression.QuadraticForm(covariance, p, trend, times[i], dummies[i]), 0.999999);
            var residual = 1.5 * ((Math.Cbrt(y[i] * y[i]) * Math.Pow(mu[i], -1.0 / 6)) - Math.Sqrt(mu[i])) / Math.Sqrt(phi * (1 - leverage));
            weights[i] = residual > options.ReweightingThreshold ? 1 / (residual * residual) : 1;
            weightTotal += weights[i];
        }

        var scale = n / weightTotal;
        for (var i = 0; i < n; i++)
        {
            weights[i] *= scale;
        }

        // The refit starts from the unweighted fit, which is close: two or three iterations instead of five or six.
        if (!PoissonRegression.Fit(times, dummies, trend, p, y, work.YLogY, weights, beta, mu, work.Eta, covariance, scratch, warmStart: true))
        {
            return (BaselineFit.Failed(default, double.NaN), double.NaN, p);
        }

        var pearson = PearsonDispersion(y, weights, mu, p);
        // Var(log μ̂) at the assessed period (time 0, reference level: only the intercept) is φ·[(XᵀWX)⁻¹]₀₀; the detector
        // adds it to the count's own variance so that its p-values allow for the baseline being estimated.
        var dispersion = Math.Max(1, pearson);
        return (new BaselineFit(true, Math.Exp(beta[0]), dispersion, trend, default, double.NaN, dispersion * covariance[0]), pearson, p);
    }

    // Quasi-Poisson dispersion floored at 1 as in Noufaily et al. (2013).
    private static double Dispersion(ReadOnlySpan<double> y, ReadOnlySpan<double> weights, ReadOnlySpan<double> mu, int p) =>
        Math.Max(1, PearsonDispersion(y, weights, mu, p));

    // Σ w (y − μ)² / μ / (n − p), summary.glm's dispersion of a quasi-Poisson fit.
    private static double PearsonDispersion(ReadOnlySpan<double> y, ReadOnlySpan<double> weights, ReadOnlySpan<double> mu, int p)
    {
        double chi2 = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var d = y[i] - mu[i];
            chi2 += weights[i] * d * d / mu[i];
        }

        return chi2 / (y.Length - p);
    }

    // The per-fit buffers, rented once per baseline and shared by the trend and no-trend fits.
    private readonly ref struct FitBuffers(Span<double> y, Span<double> yLogY, Span<double> times, Span<int> levels, Span<int> dummies, Span<double> weights, Span<double> mu, Span<double> eta)
    {
        public Span<double> Y { get; } = y;

        public Span<double> YLogY { get; } = yLogY;

        public Span<double> Times { get; } = times;

        public Span<int> Levels { get; } = levels;

        public Span<int> Dummies { get; } = dummies;

        public Span<double> Weights { get; } = weights;

        public Span<double> Mu { get; } = mu;

        public Span<double> Eta { get; } = eta;
    }
}
