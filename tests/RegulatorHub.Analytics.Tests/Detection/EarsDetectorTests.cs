using RegulatorHub.Analytics.Detection;

namespace RegulatorHub.Analytics.Tests.Detection;

public sealed class EarsDetectorTests
{
    // Baseline 1..7: mean 4, sample variance Σ(d²)/6 = 28/6, σ = 2.160247; threshold μ + 3σ = 10.480741.
    private const double Threshold = 10.480740698;

    [Theory]
    [InlineData(11, true)]
    [InlineData(10, false)]
    public void C1_BaselineOneToSeven_ThresholdIsMeanPlusThreeSd(double observed, bool alarm)
    {
        double[] counts = [1, 2, 3, 4, 5, 6, 7, observed];

        var result = EarsDetector.Score(counts, 7, DetectionMethod.EarsC1, DetectionOptions.Weekly);

        Assert.Equal(4, result.Explanation.Expected, 9);
        Assert.Equal(Threshold, result.Explanation.Threshold, 6);
        Assert.Equal(alarm, result.IsAlarm);
        Assert.Equal(new BaselineWindow(0, 6, 7), result.Explanation.BaselineWindow);
    }

    [Fact]
    public void C2_SkipsTwoPeriodsBeforeTheCurrentOne()
    {
        // The two guard periods (100, 100) would raise the C1 baseline; C2 ignores them.
        double[] counts = [1, 2, 3, 4, 5, 6, 7, 100, 100, 11];

        var c2 = EarsDetector.Score(counts, 9, DetectionMethod.EarsC2, DetectionOptions.Weekly);
        var c1 = EarsDetector.Score(counts, 9, DetectionMethod.EarsC1, DetectionOptions.Weekly);

        Assert.Equal(Threshold, c2.Explanation.Threshold, 6);
        Assert.True(c2.IsAlarm);
        Assert.False(c1.IsAlarm);
    }

    [Fact]
    public void C3_AddsExcessesOfTheTwoPreviousPeriods()
    {
        // Periods 0..6 = 1..7, then 4, 4, then 9, 9, 8 at t = 9, 10, 11; S = max(0, (y − μ − σ)/σ) over the C2 baseline.
        // t=9:  baseline 1..7          μ = 4,        σ = 2.160247 → S = 1.314550.
        // t=10: baseline 2..7,4        μ = 31/7,     σ = 1.718249 → S = 1.660515.
        // t=11: baseline 3..7,4,4      μ = 33/7,     σ = 1.380131 → S = (8 − 4.714286 − σ)/σ = 1.380541.
        // No single S exceeds 2, so C2 stays silent; C3 at t=11 sums to 4.355606 > 2.
        double[] counts = [1, 2, 3, 4, 5, 6, 7, 4, 4, 9, 9, 8];

        var c2 = EarsDetector.Score(counts, 11, DetectionMethod.EarsC2, DetectionOptions.Weekly);
        var c3 = EarsDetector.Score(counts, 11, DetectionMethod.EarsC3, DetectionOptions.Weekly);

        Assert.False(c2.IsAlarm);
        Assert.True(c3.IsAlarm);

        // Count at which C3 reaches 2: μ + σ(3 − 1.314550 − 1.660515) = 4.714286 + 1.380131 × 0.024935 = 4.748699.
        Assert.Equal(4.748699, c3.Explanation.Threshold, 5);
    }

    [Fact]
    public void Score_TooLittleHistory_NotAssessable()
    {
        double[] counts = [1, 2, 3, 4, 5, 6, 7, 50];

        var result = EarsDetector.Score(counts, 7, DetectionMethod.EarsC2, DetectionOptions.Weekly);

        Assert.False(result.IsAlarm);
        Assert.Equal(1, result.Explanation.PValue);
    }

    [Fact]
    public void Score_SparseSeries_MinimumCountRuleHoldsAlarmBack()
    {
        // Flat zero baseline: EARS finds any count infinitely unusual, but 1 + 0 + 0 + 3 < 5 in the last 4 periods.
        double[] counts = [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 3];

        var result = EarsDetector.Score(counts, 10, DetectionMethod.EarsC1, DetectionOptions.Weekly);

        Assert.False(result.IsAlarm);
        Assert.False(result.Explanation.MinimumCountMet);
    }
}
