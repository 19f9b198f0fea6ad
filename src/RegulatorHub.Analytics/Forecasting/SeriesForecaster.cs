using System.Buffers;
using System.Globalization;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Forecasting;

/// <summary>
/// Forecasts a count series with the equal-weight mean of several models' forecasts.
/// <para>
/// Members: for smooth series, ETS(A,N,N)/ETS(A,Ad,N) (by AICc), Theta and ETS(A,N,N) across temporal aggregation
/// levels (<see cref="TemporalAggregation"/>), all on counts divided by a smoothed seasonal profile
/// (<see cref="SeasonalProfile"/>), plus seasonal naive when the series is seasonal; for intermittent series (mean
/// inter-demand interval ≥ 1.32), Croston–SBA, TSB and the temporal-aggregation model, or the seasonal members when the
/// series is also seasonal.
/// </para>
/// <para>
/// Why a combination rather than the backtest winner: a rolling-origin backtest of a few origins on a noisy count series
/// picks a winner largely by chance, and the equal-weight mean of reasonable methods is more accurate on average than
/// choosing one of them (Clemen 1989, IJF 5(4):559–583; the M3 and M4 competitions, Makridakis et al. 2020, IJF 36(1),
/// where the SES/Holt/damped "Comb" benchmark beat each of its members), with equal weights hard to improve on by
/// estimated ones (Smith &amp; Wallis 2009, Oxford Bull Econ Stat 71(3)). The backtest of
/// <see cref="SeriesForecasterOptions.BacktestOrigins"/> origins one horizon apart still runs: it measures the combination's
/// MASE and sMAPE for the report and calibrates its intervals.
/// </para>
/// <para>
/// Intervals: the members' mean analytical standard deviation (the standard deviation of the mean when the members'
/// errors are perfectly correlated, an upper bound otherwise), widened or narrowed per series by the ratio between the
/// empirical 80%/95% quantiles of the backtest's standardised errors |e/σ_h| and the normal quantiles — the empirical
/// correction FPP3 §5.5 suggests when residuals are not normal, and needed because model intervals under-cover
/// (Makridakis et al. 2020, M4). Lower bounds and points are clamped at 0.
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

    private static readonly ForecastMethod[] s_seasonal =
        [ForecastMethod.SeasonalNaive, ForecastMethod.Ets, ForecastMethod.Theta, ForecastMethod.TemporalAggregation];

    private static readonly ForecastMethod[] s_smooth = [ForecastMethod.Ets, ForecastMethod.Theta, ForecastMethod.TemporalAggregation];
    private static readonly ForecastMethod[] s_intermittent = [ForecastMethod.Croston, ForecastMethod.Tsb, ForecastMethod.TemporalAggregation];

    // Croston and TSB forecast one flat rate, so they stay out where a seasonal cycle was found: averaged in, they would
    // fill in the cycle's troughs (weekends of a daily series).
    private static readonly ForecastMethod[] s_intermittentSeasonal = s_seasonal;

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
        // Seasonal naive takes part only where the history shows a seasonal cycle: elsewhere it copies last year's
        // noise. Intermittent series with a cycle (daily counts that are zero most weekends) get the seasonal members.
        var seasonal = n >= 2 * season && SeasonalProfile.PassesSeasonalityTest(history, season);
        var intermittent = IntermittentDemand.IsIntermittent(history);
        var members = intermittent ? (seasonal ? s_intermittentSeasonal : s_intermittent) : seasonal ? s_seasonal : s_smooth;
        var originCount = _options.BacktestOrigins;

        var index = ArrayPool<double>.Shared.Rent(n + horizon);
        var adjusted = ArrayPool<double>.Shared.Rent(n);
        var errors = ArrayPool<double>.Shared.Rent(Math.Max(1, originCount * horizon));
        try
        {
            Span<double> point = horizon <= 64 ? stackalloc double[horizon] : new double[horizon];
            Span<double> sd = horizon <= 64 ? stackalloc double[horizon] : new double[horizon];
            Span<double> memberPoint = horizon <= 64 ? stackalloc double[horizon] : new double[horizon];
            Span<double> memberSd = horizon <= 64 ? stackalloc double[horizon] : new double[horizon];

            // Optimiser parameters carried from one window to the next (NaN: no fit yet).
            Span<double> simpleStart = [double.NaN, 0];
            Span<double> dampedStart = [double.NaN, 0, 0];
            var starts = new WarmStarts(simpleStart, dampedStart);
            double maseSum = 0, smapeSum = 0;
            var errorCount = 0;

            // Rolling-origin backtest on the series' own past: origins n − h, n − 2h, … each forecasting a full horizon;
            // oldest first so that each fit warm-starts from the previous, shorter window.
            var origins = 0;
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
                Combine(members, train, adjusted.AsSpan(0, origin), index.AsSpan(0, origin + horizon), harmonics, season, starts, point, sd, memberPoint, memberSd, labels: null);
                var scale = SeasonalNaive.Scale(train, season);
                double absolute = 0, smape = 0;
                for (var h = 0; h < horizon; h++)
                {
                    var f = point[h];
                    var e = actual[h] - f;
                    absolute += Math.Abs(e);
                    var denominator = Math.Abs(actual[h]) + f;
                    smape += denominator > 0 ? 200 * Math.Abs(e) / denominator : 0;
                    errors[errorCount++] = sd[h] > 0 ? Math.Abs(e) / sd[h] : (e == 0 ? 0 : double.PositiveInfinity);
                }

                maseSum += absolute / horizon / scale;
                smapeSum += smape / horizon;
                origins++;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var finalHarmonics = Deseasonalise(history, season, period, index.AsSpan(0, n + horizon), adjusted.AsSpan(0, n));
            var names = new string[members.Length];
            Combine(members, history, adjusted.AsSpan(0, n), index.AsSpan(0, n + horizon), finalHarmonics, season, starts, point, sd, memberPoint, memberSd, names);
            var name = Name(names, finalHarmonics);

            var (f80, f95) = _options.CalibrateIntervals && errorCount >= MinCalibrationErrors
                ? CalibrationFactors(errors.AsSpan(0, errorCount))
                : (1.0, 1.0);
            return Build(point, sd, f80, f95, name, origins > 0 ? maseSum / origins : double.NaN, origins > 0 ? smapeSum / origins : double.NaN, granularity, n, historyStart);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(index);
            ArrayPool<double>.Shared.Return(adjusted);
            ArrayPool<double>.Shared.Return(errors);
        }
    }

    // The members' mean forecast (each clamped at 0 first, as a count forecast is) and mean standard deviation; the SES
    // and ETS fits are shared by the members of one window. labels, when given, receives each member's name.
    private static void Combine(ReadOnlySpan<ForecastMethod> members, ReadOnlySpan<double> y, ReadOnlySpan<double> adjusted, ReadOnlySpan<double> index, int harmonics, int season, WarmStarts starts, Span<double> point, Span<double> sd, Span<double> memberPoint, Span<double> memberSd, string[]? labels)
    {
        point.Clear();
        sd.Clear();
        EtsFit? ses = null, ets = null;
        for (var m = 0; m < members.Length; m++)
        {
            var label = Predict(members[m], y, adjusted, index, harmonics, season, ref ses, ref ets, starts, memberPoint, memberSd);
            if (labels is not null)
            {
                labels[m] = label;
            }

            for (var h = 0; h < point.Length; h++)
            {
                point[h] += Math.Max(0, memberPoint[h]);
                sd[h] += memberSd[h];
            }
        }

        for (var h = 0; h < point.Length; h++)
        {
            point[h] /= members.Length;
            sd[h] /= members.Length;
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

    // Fills point and sd for one member (seasonality restored) and returns its name without the Fourier suffix; the SES
    // fit is shared by ETS, Theta and the temporal-aggregation model within one window.
    private static string Predict(ForecastMethod method, ReadOnlySpan<double> y, ReadOnlySpan<double> adjusted, ReadOnlySpan<double> index, int harmonics, int season, ref EtsFit? ses, ref EtsFit? ets, WarmStarts starts, Span<double> point, Span<double> sd)
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
                var fit = FitEts(adjusted, ref ses, ref ets, starts.Simple, starts.Damped);
                fit.Forecast(point, sd);
                Reseasonalise(index[y.Length..], point, sd);
                return fit.Name;
            }

            case ForecastMethod.Theta:
                ses ??= ExponentialSmoothing.FitSimple(adjusted, starts.Simple);
                ThetaMethod.Forecast(adjusted, ses.Value, point, sd);
                Reseasonalise(index[y.Length..], point, sd);
                return "Theta";
            case ForecastMethod.TemporalAggregation:
                ses ??= ExponentialSmoothing.FitSimple(adjusted, starts.Simple);
                TemporalAggregation.Forecast(adjusted, ses.Value, point.Length, point, sd);
                Reseasonalise(index[y.Length..], point, sd);
                return "SES-MTA";
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown forecast method.");
        }
    }

    // ETS(A,N,N) or ETS(A,Ad,N) by AICc; both fits are kept for the other members of the same window.
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

    // "Mean(ETS(A,N,N), Theta, SES-MTA)+Fourier(4)": the members, and the seasonal profile they were fitted under.
    private static string Name(ReadOnlySpan<string> members, int harmonics)
    {
        var text = "Mean(" + string.Join(", ", members.ToArray()) + ")";
        return harmonics == 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}+Fourier({harmonics})");
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

    // Optimiser parameters of the previous window's SES and damped ETS fits.
    private readonly ref struct WarmStarts(Span<double> simple, Span<double> damped)
    {
        public Span<double> Simple { get; } = simple;

        public Span<double> Damped { get; } = damped;
    }
}
