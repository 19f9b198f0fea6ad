using System.Buffers;
using System.Globalization;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// Forecasts a count series with the model that did best on the series' own recent past.
/// <para>
/// Candidates: for smooth series, seasonal naive, ETS(A,N,N)/ETS(A,Ad,N) (by AICc) and Theta, the last two on
/// counts divided by a smoothed seasonal profile (<see cref="SeasonalProfile"/>); for intermittent series
/// (mean inter-demand interval ≥ 1.32), Croston–SBA and TSB, plus the seasonal candidates when the series is seasonal. The winner is the lowest mean MASE over a rolling-origin
/// backtest of <see cref="SeriesForecasterOptions.BacktestOrigins"/> origins one horizon apart (selection by backtest
/// rather than AICc because AICc cannot compare seasonal naive or Theta with ETS).
/// </para>
/// <para>
/// Intervals: each model's analytical standard deviation, widened or narrowed per series by the ratio between the
/// empirical 80%/95% quantiles of the backtest's standardised errors |e/σ_h| and the normal quantiles — the
/// empirical correction FPP3 §5.5 suggests when residuals are not normal, and needed because model intervals
/// under-cover (Makridakis et al. 2020, M4). Lower bounds and points are clamped at 0.
/// </para>
/// Stateless and thread-safe: scratch memory is rented per call.
/// </summary>
public sealed class SeriesForecaster : IForecaster
{
    /// <summary>Longest horizon accepted (a year of days).</summary>
    public const int MaxHorizon = 366;

    private const double Z80 = 1.2815515655446004;
    private const double Z95 = 1.959963984540054;

    // Fewer standardised backtest errors than this estimate the tail quantiles too poorly to calibrate with.
    private const int MinCalibrationErrors = 20;

    private static readonly ForecastMethod[] s_seasonal = [ForecastMethod.SeasonalNaive, ForecastMethod.Ets, ForecastMethod.Theta];
    private static readonly ForecastMethod[] s_smooth = [ForecastMethod.Ets, ForecastMethod.Theta];
    private static readonly ForecastMethod[] s_intermittent = [ForecastMethod.Croston, ForecastMethod.Tsb];
    private static readonly ForecastMethod[] s_intermittentSeasonal =
        [ForecastMethod.Croston, ForecastMethod.Tsb, ForecastMethod.SeasonalNaive, ForecastMethod.Ets, ForecastMethod.Theta];

    private readonly SeriesForecasterOptions _options;

    /// <summary>A forecaster with <see cref="SeriesForecasterOptions.Default"/>.</summary>
    public SeriesForecaster()
        : this(SeriesForecasterOptions.Default)
    {
    }

    /// <summary>A forecaster with the given options.</summary>
    /// <param name="options">Backtest and calibration settings.</param>
    public SeriesForecaster(SeriesForecasterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.BacktestOrigins, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.BacktestOrigins, 10, nameof(options));
        _options = options;
    }

    /// <inheritdoc />
    public SeriesForecast Forecast(ReadOnlySpan<double> history, TimeGranularity granularity, int horizon, CancellationToken cancellationToken = default) =>
        Run(history, granularity, horizon, null, cancellationToken);

    /// <inheritdoc />
    public SeriesForecast Forecast(ReadOnlySpan<double> history, TimeGranularity granularity, int horizon, DateOnly historyStart, CancellationToken cancellationToken = default) =>
        Run(history, granularity, horizon, historyStart, cancellationToken);

    /// <summary>The seasonal cycle used for a granularity: the week for days, the year for weeks and months.</summary>
    /// <param name="granularity">Period width.</param>
    /// <returns>7, 52 or 12.</returns>
    public static int SeasonLength(TimeGranularity granularity) =>
        granularity == TimeGranularity.Day ? 7 : TimeBuckets.PeriodsPerYear(granularity);

    // Weeks per year is not whole: harmonics use 365.2425/7 so the profile stays on the calendar.
    private static double FourierPeriod(TimeGranularity granularity) =>
        granularity == TimeGranularity.Week ? 365.2425 / 7 : SeasonLength(granularity);

    private SeriesForecast Run(ReadOnlySpan<double> history, TimeGranularity granularity, int horizon, DateOnly? historyStart, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(horizon, MaxHorizon);
        if (history.Length < 2)
        {
            throw new ArgumentException("At least two periods of history are needed.", nameof(history));
        }

        foreach (var v in history)
        {
            if (!double.IsFinite(v) || v < 0)
            {
                throw new ArgumentException("History must hold finite, non-negative counts.", nameof(history));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var season = SeasonLength(granularity);
        var period = FourierPeriod(granularity);
        var n = history.Length;
        // Seasonal naive competes only where the history shows a seasonal cycle: elsewhere it copies last year's
        // noise, and a three-origin backtest picks it by luck often enough to cost accuracy. Intermittent series
        // with a cycle (daily counts that are zero most weekends) also get the seasonal models, since Croston and
        // TSB forecast a flat rate.
        var seasonal = n >= 2 * season && SeasonalProfile.PassesSeasonalityTest(history, season);
        var intermittent = IntermittentDemand.IsIntermittent(history);
        var candidates = intermittent ? (seasonal ? s_intermittentSeasonal : s_intermittent) : seasonal ? s_seasonal : s_smooth;
        var originCount = _options.BacktestOrigins;

        var index = ArrayPool<double>.Shared.Rent(n + horizon);
        var adjusted = ArrayPool<double>.Shared.Rent(n);
        var errors = ArrayPool<double>.Shared.Rent(Math.Max(1, candidates.Length * originCount * horizon));
        try
        {
            Span<double> point = horizon <= 64 ? stackalloc double[horizon] : new double[horizon];
            Span<double> sd = horizon <= 64 ? stackalloc double[horizon] : new double[horizon];
            Span<double> maseSum = stackalloc double[candidates.Length];
            Span<double> smapeSum = stackalloc double[candidates.Length];
            Span<int> errorCount = stackalloc int[candidates.Length];

            // Optimiser parameters carried from one window to the next (NaN: no fit yet).
            Span<double> simpleStart = [double.NaN, 0];
            Span<double> dampedStart = [double.NaN, 0, 0];
            maseSum.Clear();
            smapeSum.Clear();
            errorCount.Clear();

            // Rolling-origin backtest on the series' own past: origins n − h, n − 2h, … each forecasting a full horizon.
            var origins = 0;
            // Oldest origin first so that each fit warm-starts from the previous, shorter window.
            for (var o = originCount; o >= 1; o--)
            {
                var origin = n - (o * horizon);
                if (origin < Math.Max(8, 2 * horizon))
                {
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                var train = history[..origin];
                var actual = history.Slice(origin, horizon);
                var harmonics = Deseasonalise(train, season, period, index.AsSpan(0, origin + horizon), adjusted.AsSpan(0, origin));
                var scale = SeasonalNaive.Scale(train, season);
                EtsFit? ses = null, ets = null;
                for (var c = 0; c < candidates.Length; c++)
                {
                    Predict(candidates[c], train, adjusted.AsSpan(0, origin), index.AsSpan(0, origin + horizon), harmonics, season, ref ses, ref ets, simpleStart, dampedStart, point, sd);
                    double absolute = 0, smape = 0;
                    var z = errors.AsSpan((c * originCount * horizon) + errorCount[c], horizon);
                    for (var h = 0; h < horizon; h++)
                    {
                        var f = Math.Max(0, point[h]);
                        var e = actual[h] - f;
                        absolute += Math.Abs(e);
                        var denominator = Math.Abs(actual[h]) + f;
                        smape += denominator > 0 ? 200 * Math.Abs(e) / denominator : 0;
                        z[h] = sd[h] > 0 ? Math.Abs(e) / sd[h] : (e == 0 ? 0 : double.PositiveInfinity);
                    }

                    errorCount[c] += horizon;
                    maseSum[c] += absolute / horizon / scale;
                    smapeSum[c] += smape / horizon;
                }

                origins++;
            }

            var chosen = origins > 0 ? Best(maseSum) : Array.IndexOf(candidates, intermittent ? ForecastMethod.Tsb : ForecastMethod.Ets);
            cancellationToken.ThrowIfCancellationRequested();
            var finalHarmonics = Deseasonalise(history, season, period, index.AsSpan(0, n + horizon), adjusted.AsSpan(0, n));
            EtsFit? finalSes = null, finalEts = null;
            var name = Predict(candidates[chosen], history, adjusted.AsSpan(0, n), index.AsSpan(0, n + horizon), finalHarmonics, season, ref finalSes, ref finalEts, simpleStart, dampedStart, point, sd);

            var (f80, f95) = _options.CalibrateIntervals && errorCount[chosen] >= MinCalibrationErrors
                ? CalibrationFactors(errors.AsSpan(chosen * originCount * horizon, errorCount[chosen]))
                : (1.0, 1.0);
            return Build(point, sd, f80, f95, name, origins > 0 ? maseSum[chosen] / origins : double.NaN, origins > 0 ? smapeSum[chosen] / origins : double.NaN, granularity, n, historyStart);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(index);
            ArrayPool<double>.Shared.Return(adjusted);
            ArrayPool<double>.Shared.Return(errors);
        }
    }

    private static int Deseasonalise(ReadOnlySpan<double> y, int season, double period, Span<double> index, Span<double> adjusted)
    {
        var harmonics = SeasonalProfile.Fit(y, season, period, index);
        for (var t = 0; t < y.Length; t++)
        {
            adjusted[t] = y[t] / index[t];
        }

        return harmonics;
    }

    // Fills point and sd for one candidate; the SES fit is shared by ETS and Theta within one origin.
    private static string Predict(ForecastMethod method, ReadOnlySpan<double> y, ReadOnlySpan<double> adjusted, ReadOnlySpan<double> index, int harmonics, int season, ref EtsFit? ses, ref EtsFit? ets, Span<double> simpleStart, Span<double> dampedStart, Span<double> point, Span<double> sd)
    {
        switch (method)
        {
            case ForecastMethod.SeasonalNaive:
                return SeasonalNaive.Forecast(y, season, point, sd) == season ? "SNaive" : "Naive";
            case ForecastMethod.Croston:
                IntermittentDemand.Croston(y, point, sd);
                return "Croston-SBA";
            case ForecastMethod.Tsb:
                IntermittentDemand.Tsb(y, point, sd);
                return "TSB";
            case ForecastMethod.Ets:
            {
                var fit = FitEts(adjusted, ref ses, ref ets, simpleStart, dampedStart);
                fit.Forecast(point, sd);
                Reseasonalise(index[y.Length..], point, sd);
                return Label(fit.Name, harmonics);
            }

            case ForecastMethod.Theta:
                ses ??= ExponentialSmoothing.FitSimple(adjusted, simpleStart);
                ThetaMethod.Forecast(adjusted, ses.Value, point, sd);
                Reseasonalise(index[y.Length..], point, sd);
                return Label("Theta", harmonics);
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown forecast method.");
        }
    }

    // ETS(A,N,N) or ETS(A,Ad,N) by AICc; both fits are kept for the other candidates of the same window.
    private static EtsFit FitEts(ReadOnlySpan<double> adjusted, ref EtsFit? ses, ref EtsFit? ets, Span<double> simpleStart, Span<double> dampedStart)
    {
        ses ??= ExponentialSmoothing.FitSimple(adjusted, simpleStart);
        if (ets is null)
        {
            var fit = ses.Value;
            if (adjusted.Length >= 10)
            {
                var damped = ExponentialSmoothing.FitDamped(adjusted, dampedStart);
                fit = damped.Aicc < fit.Aicc ? damped : fit;
            }

            ets = fit;
        }

        return ets.Value;
    }

    private static void Reseasonalise(ReadOnlySpan<double> futureIndex, Span<double> point, Span<double> sd)
    {
        for (var h = 0; h < point.Length; h++)
        {
            point[h] *= futureIndex[h];
            sd[h] *= futureIndex[h];
        }
    }

    // Labels are few and fixed; cache them so a forecast allocates no string.
    private static readonly Dictionary<(string, int), string> s_labels = [];
    private static readonly Lock s_labelLock = new();

    private static string Label(string model, int harmonics)
    {
        if (harmonics == 0)
        {
            return model;
        }

        lock (s_labelLock)
        {
            if (!s_labels.TryGetValue((model, harmonics), out var label))
            {
                label = string.Create(CultureInfo.InvariantCulture, $"{model}+Fourier({harmonics})");
                s_labels[(model, harmonics)] = label;
            }

            return label;
        }
    }

    private static int Best(ReadOnlySpan<double> scores)
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] < scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Ratios of the conformal 80% and 95% quantiles of the standardised backtest errors |e/σ_h| to the normal ones,
    /// bounded to [0.5, 4] so that one freak week cannot blow an interval up nor a quiet stretch collapse it.
    /// The quantile is the ⌈p(k + 1)⌉-th smallest of k scores — the split-conformal rule (Vovk, Gammerman &amp; Shafer
    /// 2005; Lei et al. 2018, with scores normalised by σ_h as in Papadopoulos et al. 2008), which covers a new error
    /// with probability ≥ p when errors are exchangeable, where a plain sample quantile of few errors under-covers.
    /// </summary>
    internal static (double F80, double F95) CalibrationFactors(Span<double> standardisedErrors)
    {
        standardisedErrors.Sort();
        var f80 = ConformalQuantile(standardisedErrors, 0.80) / Z80;
        var f95 = ConformalQuantile(standardisedErrors, 0.95) / Z95;
        return (Math.Clamp(f80, 0.5, 4), Math.Clamp(Math.Max(f95, f80), 0.5, 4));
    }

    private static double ConformalQuantile(ReadOnlySpan<double> sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * (sorted.Length + 1));
        return sorted[Math.Min(rank, sorted.Length) - 1];
    }

    private static SeriesForecast Build(ReadOnlySpan<double> point, ReadOnlySpan<double> sd, double f80, double f95, string name, double mase, double smape, TimeGranularity granularity, int n, DateOnly? historyStart)
    {
        var horizon = point.Length;
        var p = new double[horizon];
        var lo80 = new double[horizon];
        var hi80 = new double[horizon];
        var lo95 = new double[horizon];
        var hi95 = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var centre = point[h];
            var w80 = Z80 * f80 * sd[h];
            var w95 = Z95 * f95 * sd[h];
            p[h] = Math.Max(0, centre);
            lo80[h] = Math.Max(0, centre - w80);
            hi80[h] = Math.Max(0, centre + w80);
            lo95[h] = Math.Max(0, centre - w95);
            hi95[h] = Math.Max(0, centre + w95);
        }

        DateOnly[] starts = [];
        if (historyStart is { } start)
        {
            var first = TimeBuckets.StartOf(start, granularity);
            starts = new DateOnly[horizon];
            for (var h = 0; h < horizon; h++)
            {
                starts[h] = TimeBuckets.Add(first, granularity, n + h);
            }
        }

        return new SeriesForecast
        {
            Horizon = horizon,
            Point = p,
            Lower80 = lo80,
            Upper80 = hi80,
            Lower95 = lo95,
            Upper95 = hi95,
            Model = name,
            BacktestMase = mase,
            BacktestSmape = smape,
            PeriodStarts = starts,
        };
    }
}
