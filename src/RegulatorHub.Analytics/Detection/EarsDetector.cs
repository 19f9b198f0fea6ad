using MathNet.Numerics.Distributions;

namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// The CDC Early Aberration Reporting System methods (Hutwagner L, Thompson W, Seeman GM, Treadwell T (2003), "The
/// bioterrorism preparedness and response Early Aberration Reporting System (EARS)", J Urban Health 80(2 Suppl 1):i89–i96):
/// with μ and σ the mean and sample standard deviation of a 7-period baseline, S = max(0, (y − μ − σ)/σ);
/// C1 (baseline: the 7 periods before the current one) and C2 (baseline ending 2 periods back) alarm when S &gt; 2, i.e. y &gt; μ + 3σ;
/// C3 alarms when the C2 values of the current and two previous periods sum above 2.
/// Fast, seasonality-blind baselines; the minimum-count rule of <see cref="DetectionOptions"/> applies as for the other methods.
/// </summary>
public static class EarsDetector
{
    private const int BaselineLength = 7;
    private const double K = 1;
    private const double H = 2;

    /// <summary>Assesses one period with EARS C1, C2 or C3.</summary>
    /// <param name="counts">Counts per period, non-negative.</param>
    /// <param name="periodIndex">Period to assess.</param>
    /// <param name="method"><see cref="DetectionMethod.EarsC1"/>, <see cref="DetectionMethod.EarsC2"/> or <see cref="DetectionMethod.EarsC3"/>.</param>
    /// <param name="options">Supplies the alpha-free minimum-count rule; other settings are ignored.</param>
    /// <param name="seriesKey">Caller's series identifier, copied to the result.</param>
    /// <returns>
    /// The assessment; Threshold is the count that must be exceeded, PValue the normal upper tail of the C1/C2 z-score
    /// (EARS defines none; it serves ranking only). Not assessable (p = 1) before enough history exists.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static SeriesAssessment Score(ReadOnlySpan<double> counts, int periodIndex, DetectionMethod method, DetectionOptions options, string seriesKey = "")
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(periodIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(periodIndex, counts.Length);
        var lag = method switch
        {
            DetectionMethod.EarsC1 => 0,
            DetectionMethod.EarsC2 or DetectionMethod.EarsC3 => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not an EARS method."),
        };

        // C3 needs the C2 statistic of the two previous periods too.
        var extra = method == DetectionMethod.EarsC3 ? 2 : 0;
        var observed = counts[periodIndex];
        var recent = HotspotDetector.RecentCount(counts, periodIndex, options.MinimumCountPeriods);
        if (periodIndex - lag - BaselineLength - extra < 0)
        {
            return HotspotDetector.NotAssessable(seriesKey, periodIndex, observed, recent, method);
        }

        var (mean, sigma) = Baseline(counts, periodIndex, lag);
        var statistic = Statistic(observed, mean, sigma);
        var previous = 0.0;
        if (method == DetectionMethod.EarsC3)
        {
            for (var j = 1; j <= 2; j++)
            {
                var (m, s) = Baseline(counts, periodIndex - j, lag);
                previous += Statistic(counts[periodIndex - j], m, s);
            }
        }

        var exceeds = statistic + previous > H;

        // The count at which S + previous reaches H: μ + σ(K + H − previous).
        var threshold = sigma > 0 ? mean + (sigma * (K + H - previous)) : mean;
        var z = sigma > 0 ? (observed - mean) / sigma : (observed > mean ? double.PositiveInfinity : 0);
        var pValue = 1 - Normal.CDF(0, 1, z);
        var alarm = exceeds && recent >= options.MinimumCount;
        return new SeriesAssessment
        {
            SeriesKey = seriesKey,
            PeriodIndex = periodIndex,
            Kind = alarm ? HotspotKind.Spike : HotspotKind.None,
            IsAlarm = alarm,
            Explanation = new HotspotExplanation
            {
                Observed = observed,
                Expected = mean,
                Threshold = threshold,
                PValue = pValue,
                Dispersion = mean > 0 ? sigma * sigma / mean : 1,
                BaselineWindow = new BaselineWindow(periodIndex - lag - BaselineLength, periodIndex - lag - 1, BaselineLength),
                PeriodsCovered = 1,
                Method = method,
                RecentCount = recent,
                MinimumCountMet = recent >= options.MinimumCount,
            },
        };
    }

    // Mean and sample SD of the 7 periods ending `lag` periods before t.
    private static (double Mean, double Sigma) Baseline(ReadOnlySpan<double> counts, int t, int lag)
    {
        var window = counts.Slice(t - lag - BaselineLength, BaselineLength);
        double sum = 0;
        foreach (var c in window)
        {
            sum += c;
        }

        var mean = sum / BaselineLength;
        double squares = 0;
        foreach (var c in window)
        {
            squares += (c - mean) * (c - mean);
        }

        return (mean, Math.Sqrt(squares / (BaselineLength - 1)));
    }

    // S = max(0, (y − μ − Kσ)/σ); a flat baseline (σ = 0) counts any excess as infinitely unusual, as EARS does.
    private static double Statistic(double y, double mean, double sigma)
    {
        if (sigma > 0)
        {
            return Math.Max(0, (y - mean - (K * sigma)) / sigma);
        }

        return y > mean ? double.PositiveInfinity : 0;
    }
}
