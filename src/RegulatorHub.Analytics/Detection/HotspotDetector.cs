using System.Collections.Concurrent;

namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// Scores periods of count series for unusual activity. Stateless and thread-safe: every call works in its own stack or
/// pooled buffers, so thousands of series can be scored in parallel.
/// <para>Per period it fits the Farrington-flexible baseline (<see cref="DetectionMethod.FarringtonFlexible"/>; a constant
/// quasi-Poisson mean for series shorter than a year) and runs up to three one-sided tests against it:</para>
/// <list type="bullet">
/// <item>spike: the current count against the negative binomial with the expected mean and the baseline dispersion;</item>
/// <item>burst (also reported as <see cref="HotspotKind.Spike"/>): the total of the last <see cref="DetectionOptions.BurstPeriods"/>
/// periods against the sum of their expectations, which catches an outbreak spread over two periods sooner than either
/// count alone;</item>
/// <item>growing: the total of the last <see cref="DetectionOptions.GrowingPeriods"/> periods against the sum of their
/// expectations, counted only when every one of those periods is above its expectation.</item>
/// </list>
/// Each test's p-value is taken from the predictive distribution of the count rather than the plug-in one: the negative
/// binomial's variance φμ is widened by the estimated mean's own variance, μ²·Var(log μ̂), giving dispersion
/// τ = φ + μ·Var(log μ̂) — the τ of Farrington et al. (1996, §3.4), kept by <c>surveillance</c>'s "delta" threshold and
/// dropped by Noufaily et al.'s plug-in quantile. Plug-in p-values are too small where the baseline is short or sparse.
/// The three p-values are combined by the weighted Simes test (Benjamini &amp; Hochberg 1997, Scand J Stat 24(3):407–418)
/// with weights <see cref="DetectionOptions.BurstAlphaShare"/>, <see cref="DetectionOptions.GrowingAlphaShare"/> and the
/// rest to the spike test: min over i of p₍ᵢ₎ / (w₍₁₎ + … + w₍ᵢ₎), the tests ordered by p/w. Its first term is the weighted
/// Bonferroni p-value, so it is never larger; it is smaller when an outbreak lifts the spike and burst tests together,
/// and it keeps the level because the tests are increasing functions of the same independent counts, positively
/// dependent as Simes' inequality needs (Sarkar 1998, Ann Stat 26(2):494–504). So <see cref="SeriesAssessment.IsAlarm"/>
/// keeps the configured alpha and the p-value stays valid for <see cref="HotspotRanking"/>. A series whose baseline mean is at most <see cref="DetectionOptions.EmergingBaselineMean"/>
/// is tested instead as <see cref="HotspotKind.Emerging"/> against a Poisson mean of (baseline total + ½)/periods.
/// No alarm is raised unless the minimum-count rule holds.
/// </summary>
public static class HotspotDetector
{
    // Largest growing window kept on the stack.
    private const int MaxGrowingPeriods = 64;

    /// <summary>Assesses one period of one series.</summary>
    /// <param name="counts">Non-negative whole counts per period, oldest first.</param>
    /// <param name="periodIndex">Period to assess; earlier periods form the baseline.</param>
    /// <param name="options">Detection settings (validated here).</param>
    /// <param name="seriesKey">Caller's series identifier, copied to the result.</param>
    /// <returns>The assessment; <see cref="HotspotKind.None"/> with p-value 1 when the series is too short to assess.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index or an option is out of range.</exception>
    /// <exception cref="ArgumentException">A count is negative, fractional or not finite.</exception>
    public static SeriesAssessment Score(ReadOnlySpan<double> counts, int periodIndex, DetectionOptions options, string seriesKey = "")
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(periodIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(periodIndex, counts.Length);
        RequireCounts(counts[..(periodIndex + 1)]);
        return ScoreValidated(counts, periodIndex, options, seriesKey);
    }

    /// <summary>Assesses each of the last <paramref name="periods"/> periods of one series, oldest first.</summary>
    /// <param name="counts">Non-negative whole counts per period, oldest first.</param>
    /// <param name="periods">How many periods, ending with the last, to assess (at most the series length).</param>
    /// <param name="options">Detection settings (validated here).</param>
    /// <param name="seriesKey">Caller's series identifier.</param>
    /// <param name="cancellationToken">Checked between periods.</param>
    /// <returns>One assessment per period.</returns>
    public static IReadOnlyList<SeriesAssessment> ScoreLast(ReadOnlySpan<double> counts, int periods, DetectionOptions options, string seriesKey = "", CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(periods, counts.Length);
        RequireCounts(counts);
        var results = new SeriesAssessment[periods];
        for (var k = 0; k < periods; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            results[k] = ScoreValidated(counts, counts.Length - periods + k, options, seriesKey);
        }

        return results;
    }

    /// <summary>Assesses the last period of every series, in parallel; the order of the results follows <paramref name="series"/>.</summary>
    /// <param name="series">Series to scan.</param>
    /// <param name="options">Detection settings (validated here).</param>
    /// <param name="cancellationToken">Stops the scan; throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One assessment per series; pass them to <see cref="HotspotRanking.Apply"/> for the cross-series decision.</returns>
    public static IReadOnlyList<SeriesAssessment> ScoreAll(IReadOnlyList<CountSeries> series, DetectionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (series.Count == 0)
        {
            return [];
        }

        var results = new SeriesAssessment[series.Count];
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        // Range partitions keep per-item overhead small next to a fit of ~20 µs.
        Parallel.ForEach(Partitioner.Create(0, series.Count, Math.Max(16, series.Count / (4 * Environment.ProcessorCount))), parallel, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var counts = series[i].Counts.Span;
                if (counts.IsEmpty)
                {
                    throw new ArgumentException($"Series '{series[i].Key}' has no periods.", nameof(series));
                }

                RequireCounts(counts);
                results[i] = ScoreValidated(counts, counts.Length - 1, options, series[i].Key);
            }
        });
        return results;
    }

    /// <summary>Sum of the <paramref name="periods"/> counts ending at <paramref name="t"/> (fewer at the start of the series).</summary>
    internal static double RecentCount(ReadOnlySpan<double> counts, int t, int periods)
    {
        double total = 0;
        for (var s = Math.Max(0, t - periods + 1); s <= t; s++)
        {
            total += counts[s];
        }

        return total;
    }

    /// <summary>The assessment of a period that cannot be judged: no alarm, p-value 1.</summary>
    internal static SeriesAssessment NotAssessable(string seriesKey, int periodIndex, double observed, double recent, DetectionMethod method) => new()
    {
        SeriesKey = seriesKey,
        PeriodIndex = periodIndex,
        Kind = HotspotKind.None,
        IsAlarm = false,
        Explanation = new HotspotExplanation
        {
            Observed = observed,
            Expected = double.NaN,
            Threshold = double.NaN,
            PValue = 1,
            Dispersion = double.NaN,
            BaselineWindow = BaselineWindow.Empty,
            PeriodsCovered = 1,
            Method = method,
            RecentCount = recent,
                MinimumCountMet = false,
        },
    };

    private static SeriesAssessment ScoreValidated(ReadOnlySpan<double> counts, int t0, DetectionOptions options, string seriesKey)
    {
        var observed = counts[t0];
        var recent = RecentCount(counts, t0, options.MinimumCountPeriods);
        var growing = Math.Min(Math.Min(options.GrowingPeriods, MaxGrowingPeriods), t0 + 1);
        Span<double> expected = stackalloc double[Math.Max(1, Math.Max(growing, Math.Min(options.BurstPeriods, t0 + 1)))];

        var method = DetectionMethod.FarringtonFlexible;
        var fit = FarringtonFlexible.FitSeasonal(counts, t0, options, expected);
        if (!fit.Succeeded && fit.Window.PeriodsUsed == 0)
        {
            method = DetectionMethod.ShortHistory;
            fit = FarringtonFlexible.FitShortHistory(counts, t0, options, expected);
        }

        if (fit.Window.PeriodsUsed > 0 && fit.BaselineMean <= options.EmergingBaselineMean)
        {
            return Emerging(seriesKey, t0, observed, recent, fit, options);
        }

        if (!fit.Succeeded)
        {
            return NotAssessable(seriesKey, t0, observed, recent, method);
        }

        // The tests that fit in the series; an unavailable test's weight goes to the spike test.
        var burst = Math.Min(options.BurstPeriods, t0 + 1);
        var burstShare = burst >= 2 ? options.BurstAlphaShare : 0;
        var growingShare = growing >= 2 ? options.GrowingAlphaShare : 0;
        var spikeShare = 1 - burstShare - growingShare;
        Span<Test> tests = stackalloc Test[3];
        var count = 0;
        tests[count++] = new Test(HotspotKind.Spike, observed, fit.Expected, PredictiveTail(observed, fit.Expected, fit), 1, spikeShare);
        if (burstShare > 0)
        {
            // Sum of periods with means μ_j and common φ: mean Σμ_j, variance φΣμ_j (independent quasi-Poisson counts).
            var (observedSum, expectedSum, _) = Window(counts, t0, expected[..burst]);
            tests[count++] = new Test(HotspotKind.Spike, observedSum, expectedSum, PredictiveTail(observedSum, expectedSum, fit), burst, burstShare);
        }

        if (growingShare > 0)
        {
            // Without a rise in every period the growing test does not apply: p = 1 keeps its weight in the Simes sum.
            var (observedSum, expectedSum, sustained) = Window(counts, t0, expected[..growing]);
            tests[count++] = new Test(HotspotKind.Growing, observedSum, expectedSum, sustained ? PredictiveTail(observedSum, expectedSum, fit) : 1, growing, growingShare);
        }

        var (chosen, combinedP, level) = WeightedSimes(tests[..count]);

        // Only the reported test needs its threshold (a quantile search costs more than a tail probability).
        var threshold = CountDistribution.UpperQuantile(level * options.Alpha, chosen.Expected, PredictiveDispersion(chosen.Expected, fit));
        var pValue = Math.Min(1, combinedP);
        var alarm = pValue <= options.Alpha && recent >= options.MinimumCount;
        return new SeriesAssessment
        {
            SeriesKey = seriesKey,
            PeriodIndex = t0,
            Kind = alarm ? chosen.Kind : HotspotKind.None,
            IsAlarm = alarm,
            Explanation = new HotspotExplanation
            {
                Observed = chosen.Observed,
                Expected = chosen.Expected,
                Threshold = threshold,
                PValue = pValue,
                Dispersion = fit.Dispersion,
                BaselineWindow = fit.Window,
                PeriodsCovered = chosen.Periods,
                Method = method,
                TrendIncluded = fit.TrendIncluded,
                RecentCount = recent,
                MinimumCountMet = recent >= options.MinimumCount,
            },
        };
    }

    // A series with (almost) nothing in its baseline: the Jeffreys-prior mean (total + ½)/n keeps an all-zero history
    // from giving an expectation of exactly zero, against which any single complaint would be infinitely unusual.
    private static SeriesAssessment Emerging(string seriesKey, int t0, double observed, double recent, BaselineFit fit, DetectionOptions options)
    {
        var n = fit.Window.PeriodsUsed;
        var mean = ((fit.BaselineMean * n) + 0.5) / n;
        var pValue = CountDistribution.UpperTail(observed, mean, 1);
        var alarm = pValue <= options.Alpha && recent >= options.MinimumCount;
        return new SeriesAssessment
        {
            SeriesKey = seriesKey,
            PeriodIndex = t0,
            Kind = alarm ? HotspotKind.Emerging : HotspotKind.None,
            IsAlarm = alarm,
            Explanation = new HotspotExplanation
            {
                Observed = observed,
                Expected = mean,
                Threshold = CountDistribution.UpperQuantile(options.Alpha, mean, 1),
                PValue = pValue,
                Dispersion = 1,
                BaselineWindow = fit.Window,
                PeriodsCovered = 1,
                Method = DetectionMethod.EmergingSeries,
                RecentCount = recent,
                MinimumCountMet = recent >= options.MinimumCount,
            },
        };
    }

    private static void RequireCounts(ReadOnlySpan<double> counts)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            var c = counts[i];
            if (!(c >= 0) || double.IsInfinity(c) || c != Math.Floor(c))
            {
                throw new ArgumentException($"Count at period {i} is {c}; counts must be non-negative whole numbers.", nameof(counts));
            }
        }
    }

    // Observed and expected totals of the periods ending at t0, and whether every one of them is above its expectation.
    private static (double Observed, double Expected, bool Sustained) Window(ReadOnlySpan<double> counts, int t0, ReadOnlySpan<double> expected)
    {
        var sustained = true;
        double observed = 0;
        double expectedSum = 0;
        for (var j = 0; j < expected.Length; j++)
        {
            observed += counts[t0 - j];
            expectedSum += expected[j];

            // The relative margin keeps a perfectly flat series (count = fitted mean up to rounding) from counting as a rise.
            sustained &= counts[t0 - j] > expected[j] * (1 + 1e-9);
        }

        return (observed, expectedSum, sustained);
    }

    /// <summary>
    /// Dispersion of the predictive distribution of a count (or sum of counts) with estimated mean μ̂:
    /// τ = φ + μ̂·Var(log μ̂), so that the variance φμ̂ + μ̂²·Var(log μ̂) adds the estimate's delta-method variance to the
    /// count's own (Farrington et al. 1996). For a sum the same Var(log μ̂) is used: the periods of a window share the
    /// assessed period's seasonal level, so their estimates move together.
    /// </summary>
    internal static double PredictiveDispersion(double mean, BaselineFit fit) => fit.Dispersion + (mean * fit.LogExpectedVariance);

    // P(Y ≥ observed) under the predictive distribution.
    private static double PredictiveTail(double observed, double mean, BaselineFit fit) =>
        CountDistribution.UpperTail(observed, mean, PredictiveDispersion(mean, fit));

    /// <summary>
    /// The weighted Simes combination of one-sided p-values with weights summing to 1: the tests sorted by p/w, the
    /// combined p-value min_i p₍ᵢ₎ / Σ_{j ≤ i} w₍ⱼ₎. Returns the test attaining the minimum, the combined p-value and the
    /// cumulative weight at that test (the share of alpha its threshold is set at).
    /// </summary>
    internal static (Test Chosen, double PValue, double Level) WeightedSimes(Span<Test> tests)
    {
        // Three items at most: an insertion sort by p/w.
        for (var i = 1; i < tests.Length; i++)
        {
            var item = tests[i];
            var j = i - 1;
            while (j >= 0 && tests[j].PValue * item.AlphaShare > item.PValue * tests[j].AlphaShare)
            {
                tests[j + 1] = tests[j];
                j--;
            }

            tests[j + 1] = item;
        }

        var chosen = tests[0];
        var best = double.PositiveInfinity;
        var level = 0.0;
        double cumulative = 0;
        foreach (var test in tests)
        {
            cumulative += test.AlphaShare;
            var combined = test.PValue / cumulative;
            if (combined < best)
            {
                (chosen, best, level) = (test, combined, cumulative);
            }
        }

        return (chosen, best, level);
    }

    /// <summary>One test's result: its own (unadjusted) p-value and its weight in the combination.</summary>
    internal readonly record struct Test(HotspotKind Kind, double Observed, double Expected, double PValue, int Periods, double AlphaShare);
}
