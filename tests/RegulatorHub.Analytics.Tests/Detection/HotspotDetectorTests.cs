using RegulatorHub.Analytics.Detection;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Tests.Detection;

public sealed class HotspotDetectorTests
{
    private const int Weeks = 4 * 52;

    private static readonly DetectionOptions s_options = new() { YearsBack = 3 };

    [Fact]
    public void Score_PlantedOutbreak_FoundAsSpikeWithExplanation()
    {
        var counts = PoissonSeries(mean: 20, seed: 7);
        var t0 = Weeks - 1;
        counts[t0] = 60;

        var result = HotspotDetector.Score(counts, t0, s_options, "bank|CA");

        Assert.True(result.IsAlarm);
        Assert.Equal(HotspotKind.Spike, result.Kind);
        Assert.Equal("bank|CA", result.SeriesKey);
        var why = result.Explanation;
        Assert.Equal(60, why.Observed);
        Assert.InRange(why.Expected, 17, 23);
        Assert.InRange(why.Threshold, why.Expected, 59);
        Assert.True(why.PValue < 1e-6);
        Assert.Equal(DetectionMethod.FarringtonFlexible, why.Method);
        Assert.Equal(new BaselineWindow(t0 - 159, t0 - 27, 133), why.BaselineWindow);
        Assert.Equal(1, why.PeriodsCovered);
        Assert.Empty(why.Contributions);
    }

    [Fact]
    public void ScoreLast_FlatSeries_RaisesNothing()
    {
        var counts = Enumerable.Repeat(12.0, Weeks).ToArray();

        var results = HotspotDetector.ScoreLast(counts, 52, s_options);

        Assert.Equal(52, results.Count);
        Assert.All(results, r => Assert.False(r.IsAlarm));
        // The explanation shows whichever test attains the combined p-value, so the expectation is 12 per period covered.
        Assert.All(results, r => Assert.Equal(12 * r.Explanation.PeriodsCovered, r.Explanation.Expected, 6));
    }

    [Fact]
    public void ScoreLast_PoissonNoise_AlarmsNoMoreThanAlphaAllows()
    {
        var counts = PoissonSeries(mean: 8, seed: 3);

        var alarms = HotspotDetector.ScoreLast(counts, 52, s_options).Count(r => r.IsAlarm);

        // Alpha 0.01 over 52 weeks: 0.5 expected; 3 or more would have probability ≈ 0.014.
        Assert.InRange(alarms, 0, 2);
    }

    [Fact]
    public void Score_SparseSeries_MinimumCountRuleHoldsAlarmBack()
    {
        var counts = new double[Weeks];
        for (var i = 0; i < Weeks; i += 5)
        {
            counts[i] = 1;
        }

        // Four complaints in a week where 0.2 are expected is very unlikely, but 4 < 5 in the last four weeks.
        var t0 = Weeks - 1;
        counts[t0] = 4;
        counts[t0 - 1] = 0;
        counts[t0 - 2] = 0;
        counts[t0 - 3] = 0;

        var result = HotspotDetector.Score(counts, t0, s_options);

        Assert.True(result.Explanation.PValue < s_options.Alpha);
        Assert.False(result.Explanation.MinimumCountMet);
        Assert.False(result.IsAlarm);
        Assert.Equal(HotspotKind.None, result.Kind);
    }

    [Fact]
    public void Score_NewMerchantSuddenlyActive_Emerging()
    {
        var counts = new double[Weeks];
        counts[^1] = 6;

        var result = HotspotDetector.Score(counts, Weeks - 1, s_options);

        Assert.True(result.IsAlarm);
        Assert.Equal(HotspotKind.Emerging, result.Kind);
        Assert.Equal(DetectionMethod.EmergingSeries, result.Explanation.Method);

        // Jeffreys mean (0 + ½)/133 periods.
        Assert.Equal(0.5 / 133, result.Explanation.Expected, 12);
    }

    [Fact]
    public void Score_SustainedRise_Growing()
    {
        // Baseline exactly 20 a week, so φ = 1 and Var(log μ̂) = 1/D₀ = 1/(20 × 21): the 21 reference weeks (±3 around
        // the same week of 3 earlier years). Predictive dispersion τ = 1 + S/420 for a window of expected total S.
        // The last four weeks 29 each: spike P(Y ≥ 29 | 20, τ) = 0.0378, burst P(Y ≥ 58 | 40) = 0.00632, growing
        // P(Y ≥ 116 | 80) = 3.437449e-4. Weighted Simes (0.8, 0.1, 0.1), ordered by p/w: growing first, 3.437449e-4/0.1.
        var counts = Enumerable.Repeat(20.0, Weeks).ToArray();
        for (var j = 1; j <= 4; j++)
        {
            counts[^j] = 29;
        }

        var result = HotspotDetector.Score(counts, Weeks - 1, s_options);

        Assert.True(result.IsAlarm);
        Assert.Equal(HotspotKind.Growing, result.Kind);
        Assert.Equal(DetectionMethod.FarringtonFlexible, result.Explanation.Method);
        Assert.Equal(4, result.Explanation.PeriodsCovered);
        Assert.Equal(116, result.Explanation.Observed);
        Assert.Equal(80, result.Explanation.Expected, 6);
        Assert.Equal(3.43744906021e-4 / 0.1, result.Explanation.PValue, 9);
    }

    [Fact]
    public void Score_TwoWeekBurst_FoundOnTheirTotal()
    {
        // Baseline exactly 20 (τ as above); the last two weeks 32 each. Alone, P(Y ≥ 32 | 20, 1 + 20/420) = 0.00955,
        // 0.0119 at the spike's 0.8 of alpha and 0.0106 as Simes' second term (0.9): no alarm. Together,
        // P(Y ≥ 64 | 40, 1 + 40/420) = 5.367e-4, /0.1 = 0.00537: a spike spread over two periods.
        var counts = Enumerable.Repeat(20.0, Weeks).ToArray();
        counts[^1] = 32;
        counts[^2] = 32;

        var result = HotspotDetector.Score(counts, Weeks - 1, s_options);

        Assert.True(result.IsAlarm);
        Assert.Equal(HotspotKind.Spike, result.Kind);
        Assert.Equal(2, result.Explanation.PeriodsCovered);
        Assert.Equal(64, result.Explanation.Observed);
        Assert.Equal(40, result.Explanation.Expected, 6);
        Assert.Equal(5.36743086024e-4 / 0.1, result.Explanation.PValue, 9);
    }

    [Fact]
    public void Score_ShortSeries_FallsBackToConstantMean()
    {
        // Ten weeks of history: periods 0..7 form the baseline (two guard periods left out): mean 5,
        // Pearson χ² = 2 × (9 + 1 + 1 + 9)/5 = 8 on 7 df → φ = 8/7.
        double[] counts = [2, 4, 6, 8, 2, 4, 6, 8, 5, 5, 12];

        var result = HotspotDetector.Score(counts, 10, s_options);

        Assert.Equal(DetectionMethod.ShortHistory, result.Explanation.Method);
        Assert.Equal(5, result.Explanation.Expected, 9);
        Assert.Equal(8.0 / 7, result.Explanation.Dispersion, 9);
        Assert.Equal(new BaselineWindow(0, 7, 8), result.Explanation.BaselineWindow);

        // Var(log μ̂) = φ/Σμ = (8/7)/40, so the spike's predictive dispersion is τ = 8/7 + 5/35 = 9/7 (size 17.5, prob 7/9):
        // P(Y ≥ 12) = 0.0138834, and the threshold qnbinom(1 − 0.8·0.01, 17.5, 7/9) = 12. The burst test, 17 against 10
        // with τ = 10/7, gives 0.0541870/0.1; the growing test does not apply (5 is not above 5), p = 1. Weighted Simes:
        // spike first, 0.0138834/0.8.
        Assert.Equal(12, result.Explanation.Threshold);
        Assert.Equal(0.0138833737434 / 0.8, result.Explanation.PValue, 9);
        Assert.False(result.IsAlarm);
    }

    [Fact]
    public void WeightedSimes_SpikeAndBurstBothSmall_BeatsBonferroni()
    {
        // p/w: burst 0.0095, spike 0.010625, growing 10. Terms: 0.00095/0.1 = 0.0095, then 0.0085/(0.1 + 0.8) = 0.009444
        // (the minimum: the spike at cumulative weight 0.9), then 1/1. Weighted Bonferroni would give 0.0095.
        Span<HotspotDetector.Test> tests =
        [
            new(HotspotKind.Spike, 0, 0, 0.0085, 1, 0.8),
            new(HotspotKind.Spike, 0, 0, 0.00095, 2, 0.1),
            new(HotspotKind.Growing, 0, 0, 1, 4, 0.1),
        ];

        var (chosen, pValue, level) = HotspotDetector.WeightedSimes(tests);

        Assert.Equal(1, chosen.Periods);
        Assert.Equal(0.0085 / 0.9, pValue, 12);
        Assert.Equal(0.9, level, 12);
    }

    [Fact]
    public void WeightedSimes_OneSmallPValue_IsWeightedBonferroni()
    {
        Span<HotspotDetector.Test> tests =
        [
            new(HotspotKind.Spike, 0, 0, 0.5, 1, 0.8),
            new(HotspotKind.Spike, 0, 0, 0.001, 2, 0.1),
            new(HotspotKind.Growing, 0, 0, 1, 4, 0.1),
        ];

        var (chosen, pValue, level) = HotspotDetector.WeightedSimes(tests);

        Assert.Equal(2, chosen.Periods);
        Assert.Equal(0.01, pValue, 12);
        Assert.Equal(0.1, level, 12);
    }

    [Fact]
    public void PredictiveDispersion_AddsTheMeansDeltaMethodVariance()
    {
        // τ = φ + μ·Var(log μ̂) = 1.2 + 20 × 0.01.
        var fit = new BaselineFit(true, 20, 1.2, false, BaselineWindow.Empty, 20, 0.01);

        Assert.Equal(1.4, HotspotDetector.PredictiveDispersion(20, fit), 12);
    }

    [Fact]
    public void Score_TooShort_NotAssessable()
    {
        var result = HotspotDetector.Score([1, 2, 3, 40], 3, s_options);

        Assert.False(result.IsAlarm);
        Assert.Equal(1, result.Explanation.PValue);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Score_InvalidCount_Throws(double bad) =>
        Assert.Throws<ArgumentException>(() => HotspotDetector.Score([1, bad, 3], 2, s_options));

    [Fact]
    public void ScoreAll_ScoresLastPeriodOfEverySeriesInOrder()
    {
        var quiet = PoissonSeries(mean: 20, seed: 11);
        var loud = PoissonSeries(mean: 20, seed: 12);
        loud[^1] = 70;

        var results = HotspotDetector.ScoreAll([new CountSeries("quiet", quiet), new CountSeries("loud", loud)], s_options);

        Assert.Equal(["quiet", "loud"], results.Select(r => r.SeriesKey));
        Assert.False(results[0].IsAlarm);
        Assert.True(results[1].IsAlarm);
        Assert.All(results, r => Assert.Equal(Weeks - 1, r.PeriodIndex));
    }

    [Fact]
    public void ScoreAll_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            HotspotDetector.ScoreAll([new CountSeries("a", PoissonSeries(5, 1))], s_options, cancellation.Token));
    }

    [Theory]
    [InlineData(TimeGranularity.Day)]
    [InlineData(TimeGranularity.Week)]
    [InlineData(TimeGranularity.Month)]
    public void For_EachGranularity_ValidAndScoresAPlantedSpike(TimeGranularity granularity)
    {
        var options = DetectionOptions.For(granularity);
        options.Validate();
        var counts = Enumerable.Repeat(30.0, (4 * options.PeriodsPerYear) + 1).ToArray();
        counts[^1] = 80;

        var result = HotspotDetector.Score(counts, counts.Length - 1, options);

        Assert.Equal(HotspotKind.Spike, result.Kind);
        Assert.Equal(30, result.Explanation.Expected, 6);
    }

    [Fact]
    public void Validate_WindowWiderThanYear_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DetectionOptions { WindowHalfWidth = 30 }.Validate());

    // Poisson counts by inversion from a seeded generator, so every run sees the same series.
    private static double[] PoissonSeries(double mean, int seed)
    {
        var random = new Random(seed);
        var counts = new double[Weeks];
        for (var i = 0; i < Weeks; i++)
        {
            var u = random.NextDouble();
            var k = 0;
            var p = Math.Exp(-mean);
            var cdf = p;
            while (u > cdf)
            {
                k++;
                p *= mean / k;
                cdf += p;
            }

            counts[i] = k;
        }

        return counts;
    }
}
