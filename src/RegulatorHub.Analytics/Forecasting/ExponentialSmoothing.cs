namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// Fits ETS(A,N,N) and ETS(A,Ad,N) by least squares (the Gaussian maximum-likelihood estimate for additive errors,
/// Hyndman et al. 2008 §5.1) and picks between them by AICc, as R's <c>forecast::ets</c> does.
/// Seasonality is not modelled here: for weekly data a 52-state seasonal ETS is poorly determined by a few years of
/// history (R's <c>ets</c> refuses periods above 24), so <see cref="SeriesForecaster"/> removes a smoothed seasonal
/// profile first (<see cref="SeasonalProfile"/>) and smooths what is left.
/// </summary>
internal static class ExponentialSmoothing
{
    // Parameter ranges as in R's forecast::ets (usual region): 1e-4 ≤ α, β ≤ 0.9999, β ≤ α, 0.8 ≤ φ ≤ 0.98.
    private const double MinSmoothing = 1e-4;
    private const double MaxSmoothing = 0.9999;
    private const double MinPhi = 0.8;
    private const double MaxPhi = 0.98;
    private const int MaxEvaluations = 200;

    // Relative change in SSE below which the search stops: far below sampling noise in the parameters.
    private const double Tolerance = 1e-6;
    private const double ColdStep = 1.0;
    private const double WarmStep = 0.25;

    /// <summary>Parameters the optimiser works in for ETS(A,N,N): logit-scaled α and the ℓ₀ offset.</summary>
    public const int SimpleParameters = 2;

    /// <summary>Parameters the optimiser works in for ETS(A,Ad,N): logit-scaled α, β/α and φ.</summary>
    public const int DampedParameters = 3;

    /// <summary>Fits both variants (damped only with at least 10 observations) and returns the lower-AICc one.</summary>
    public static EtsFit FitBest(ReadOnlySpan<double> y)
    {
        Span<double> simpleStart = [double.NaN, 0];
        Span<double> dampedStart = [double.NaN, 0, 0];
        return FitBest(y, simpleStart, dampedStart);
    }

    /// <summary>As <see cref="FitBest(ReadOnlySpan{double})"/>, warm-started (see <see cref="FitSimple(ReadOnlySpan{double}, Span{double})"/>).</summary>
    public static EtsFit FitBest(ReadOnlySpan<double> y, Span<double> simpleStart, Span<double> dampedStart)
    {
        var simple = FitSimple(y, simpleStart);
        if (y.Length < 10)
        {
            return simple;
        }

        var damped = FitDamped(y, dampedStart);
        return damped.Aicc < simple.Aicc ? damped : simple;
    }

    /// <summary>ETS(A,N,N): α and the initial level ℓ₀ estimated together, from a cold start.</summary>
    public static EtsFit FitSimple(ReadOnlySpan<double> y)
    {
        Span<double> start = [double.NaN, 0];
        return FitSimple(y, start);
    }

    /// <summary>
    /// ETS(A,N,N) starting the search from <paramref name="warmStart"/> (the optimiser's parameters of an earlier fit
    /// to an overlapping window, or NaN first for a cold start) with a smaller simplex, and writing the optimum back.
    /// Consecutive backtest windows share almost all their data, so their optima are close: this saves most
    /// evaluations without changing what is minimised.
    /// </summary>
    public static EtsFit FitSimple(ReadOnlySpan<double> y, Span<double> warmStart)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(y.Length, 2, nameof(y));
        var scale = Scale(y);
        var start = InitialMean(y);
        var objective = new SimpleObjective(y, start, scale);
        var cold = double.IsNaN(warmStart[0]);
        Span<double> x = cold ? [Logit(0.3), 0.0] : [warmStart[0], warmStart[1]];
        NelderMead.Minimize(ref objective, x, cold ? ColdStep : WarmStep, MaxEvaluations, Tolerance);
        x.CopyTo(warmStart);
        var alpha = ToSmoothing(x[0]);
        var sse = Filter(y, alpha, 0, 0, start + (x[1] * scale), 0, out var level, out _);
        return Finish(false, alpha, 0, 0, level, 0, sse, y.Length, parameters: 2);
    }

    /// <summary>
    /// ETS(A,Ad,N): α, β and φ estimated; ℓ₀ and b₀ from a least-squares line through the first ten observations
    /// (the start values R's <c>ets</c> also begins from), kept fixed to halve the search.
    /// </summary>
    public static EtsFit FitDamped(ReadOnlySpan<double> y)
    {
        Span<double> start = [double.NaN, 0, 0];
        return FitDamped(y, start);
    }

    /// <summary>ETS(A,Ad,N) warm-started as <see cref="FitSimple(ReadOnlySpan{double}, Span{double})"/> is.</summary>
    public static EtsFit FitDamped(ReadOnlySpan<double> y, Span<double> warmStart)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(y.Length, 4, nameof(y));
        var (l0, b0) = InitialLine(y[..Math.Min(10, y.Length)]);
        var objective = new DampedObjective(y, l0, b0);
        var cold = double.IsNaN(warmStart[0]);
        Span<double> x = cold ? [Logit(0.3), Logit(0.1), 0.0] : [warmStart[0], warmStart[1], warmStart[2]];
        NelderMead.Minimize(ref objective, x, cold ? ColdStep : WarmStep, MaxEvaluations, Tolerance);
        x.CopyTo(warmStart);
        var (alpha, beta, phi) = ToDamped(x);
        var sse = Filter(y, alpha, beta, phi, l0, b0, out var level, out var trend);
        return Finish(true, alpha, beta, phi, level, trend, sse, y.Length, parameters: 5);
    }

    /// <summary>
    /// Runs the recursions ŷ_t = ℓ + φb, e_t = y_t − ŷ_t, ℓ ← ŷ_t + αe_t, b ← φb + βe_t and returns Σe_t².
    /// With β = φ = 0 this is simple exponential smoothing.
    /// </summary>
    public static double Filter(ReadOnlySpan<double> y, double alpha, double beta, double phi, double l0, double b0, out double level, out double trend)
    {
        var l = l0;
        var b = b0;
        var sse = 0.0;
        for (var t = 0; t < y.Length; t++)
        {
            var fitted = l + (phi * b);
            var e = y[t] - fitted;
            sse += e * e;
            l = fitted + (alpha * e);
            b = (phi * b) + (beta * e);
        }

        level = l;
        trend = b;
        return sse;
    }

    private static EtsFit Finish(bool damped, double alpha, double beta, double phi, double level, double trend, double sse, int n, int parameters)
    {
        // AICc with k = parameters + 1 (σ), Gaussian log-likelihood −n/2·log(SSE/n) up to a constant (Hyndman et al. 2008 §7.1).
        var k = parameters + 1;
        var mse = Math.Max(sse / n, 1e-12);
        var aic = (n * Math.Log(mse)) + (2.0 * k);
        var aicc = n - k - 1 > 0 ? aic + (2.0 * k * (k + 1) / (n - k - 1)) : double.PositiveInfinity;
        var sigma2 = sse / Math.Max(1, n - parameters);
        return new EtsFit(damped, alpha, beta, phi, level, trend, sigma2, aicc);
    }

    internal static double ToSmoothing(double u) => MinSmoothing + ((MaxSmoothing - MinSmoothing) * Logistic(u));

    private static (double Alpha, double Beta, double Phi) ToDamped(ReadOnlySpan<double> x)
    {
        var alpha = ToSmoothing(x[0]);
        var beta = MinSmoothing + ((alpha - MinSmoothing) * Logistic(x[1]));
        var phi = MinPhi + ((MaxPhi - MinPhi) * Logistic(x[2]));
        return (alpha, beta, phi);
    }

    private static double Logistic(double u) => 1.0 / (1.0 + Math.Exp(-u));

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private static double InitialMean(ReadOnlySpan<double> y)
    {
        var count = Math.Min(10, y.Length);
        var sum = 0.0;
        for (var i = 0; i < count; i++)
        {
            sum += y[i];
        }

        return sum / count;
    }

    // Step size for the initial level: a unit move of the optimiser shifts ℓ₀ by the series' spread.
    private static double Scale(ReadOnlySpan<double> y)
    {
        double sum = 0, sumSq = 0;
        foreach (var v in y)
        {
            sum += v;
            sumSq += v * v;
        }

        var mean = sum / y.Length;
        var spread = Math.Sqrt(Math.Max(0, (sumSq / y.Length) - (mean * mean)));
        return spread > 0 ? spread : Math.Max(1, Math.Abs(mean));
    }

    internal static (double Intercept, double Slope) InitialLine(ReadOnlySpan<double> y)
    {
        var n = y.Length;
        double meanT = (n - 1) / 2.0, meanY = 0;
        foreach (var v in y)
        {
            meanY += v;
        }

        meanY /= n;
        double sxy = 0, sxx = 0;
        for (var t = 0; t < n; t++)
        {
            sxy += (t - meanT) * (y[t] - meanY);
            sxx += (t - meanT) * (t - meanT);
        }

        var slope = sxx > 0 ? sxy / sxx : 0;

        // The state before the first observation: one step back along the line.
        return (meanY - (slope * (meanT + 1)), slope);
    }

    private readonly ref struct SimpleObjective(ReadOnlySpan<double> y, double start, double scale) : IObjective
    {
        private readonly ReadOnlySpan<double> _y = y;

        public double Evaluate(scoped ReadOnlySpan<double> parameters) =>
            Filter(_y, ToSmoothing(parameters[0]), 0, 0, start + (parameters[1] * scale), 0, out _, out _);
    }

    private readonly ref struct DampedObjective(ReadOnlySpan<double> y, double l0, double b0) : IObjective
    {
        private readonly ReadOnlySpan<double> _y = y;

        public double Evaluate(scoped ReadOnlySpan<double> parameters)
        {
            var (alpha, beta, phi) = ToDamped(parameters);
            return Filter(_y, alpha, beta, phi, l0, b0, out _, out _);
        }
    }
}
