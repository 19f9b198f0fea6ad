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
        Assert.All(results, r => Assert.Equal(12, r.Explanation.Expected, 6));
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
        // Baseline exactly 20 a week; the last four weeks 29 each. Spike test (0.8 of alpha): P(Y ≥ 29 | Poisson 20)/0.8
        // = 0.043 > 0.01. Burst (0.1): P(Y ≥ 58 | Poisson 40)/0.1 = 0.044 > 0.01.
        // Growing test (0.1 of alpha): P(Y ≥ 116 | Poisson 80) = 9.3e-5, /0.1 = 9.3e-4.
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
        Assert.Equal(9.318571e-05 / 0.1, result.Explanation.PValue, 8);
    }

    [Fact]
    public void Score_TwoWeekBurst_FoundOnTheirTotal()
    {
        // Baseline exactly 20; the last two weeks 31 each. Alone, P(Y ≥ 31 | Poisson 20)/0.8 = 0.017 > 0.01; together,
        // P(Y ≥ 62 | Poisson 40)/0.1 = 0.0076: a spike spread over two periods.
        var counts = Enumerable.Repeat(20.0, Weeks).ToArray();
        counts[^1] = 31;
        counts[^2] = 31;

        var result = HotspotDetector.Score(counts, Weeks - 1, s_options);

        Assert.True(result.IsAlarm);
        Assert.Equal(HotspotKind.Spike, result.Kind);
        Assert.Equal(2, result.Explanation.PeriodsCovered);
        Assert.Equal(62, result.Explanation.Observed);
        Assert.Equal(40, result.Explanation.Expected, 6);
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

        // Spike test at 0.8 of alpha: qnbinom(0.992, size 35, prob 7/8) = 12, and p = P(Y ≥ 12)/0.8 = 0.00937801/0.8
        // (the burst test, 17 against 10 over two weeks, gives P(Y ≥ 17)/0.1 = 0.363).
        Assert.Equal(12, result.Explanation.Threshold);
        Assert.Equal(0.00937801219711 / 0.8, result.Explanation.PValue, 9);
        Assert.False(result.IsAlarm);
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
