using RegulatorHub.Analytics.Detection;

namespace RegulatorHub.Analytics.Tests.Detection;

public sealed class HotspotRankingTests
{
    // Sorted p: 0.005, 0.01, 0.03, 0.04, 0.5 with m = 5 → m·p/rank = 0.025, 0.025, 0.05, 0.05, 0.5,
    // already monotone, so those are the adjusted values.
    private static readonly double[] s_pValues = [0.01, 0.04, 0.03, 0.005, 0.5];

    [Fact]
    public void Apply_HandComputedCase_AdjustsAndDecides()
    {
        var ranked = HotspotRanking.Apply(Assessments(s_pValues), 0.05);

        Assert.Equal(["d", "a", "c", "b", "e"], ranked.Select(r => r.SeriesKey));
        Assert.Equal([0.025, 0.025, 0.05, 0.05, 0.5], ranked.Select(r => Math.Round(r.AdjustedPValue, 12)));
        Assert.Equal([true, true, true, true, false], ranked.Select(r => r.IsHotspot));
    }

    [Fact]
    public void Apply_StricterRate_KeepsOnlyTheStrongest()
    {
        var ranked = HotspotRanking.Apply(Assessments(s_pValues), 0.04);

        Assert.Equal(["d", "a"], ranked.Where(r => r.IsHotspot).Select(r => r.SeriesKey));
    }

    [Fact]
    public void Apply_StepUp_LaterSmallRatioRescuesEarlierRank()
    {
        // Sorted 0.02, 0.03 with m = 2: 0.04 and 0.03 → the step-up minimum makes both 0.03.
        var ranked = HotspotRanking.Apply(Assessments([0.03, 0.02]), 0.035);

        Assert.All(ranked, r => Assert.Equal(0.03, r.AdjustedPValue, 12));
        Assert.All(ranked, r => Assert.True(r.IsHotspot));
    }

    [Fact]
    public void Apply_MinimumCountNotMet_NeverAHotspot()
    {
        var assessments = Assessments([1e-9, 0.5]);
        assessments[0] = assessments[0] with { Explanation = assessments[0].Explanation with { MinimumCountMet = false } };

        var ranked = HotspotRanking.Apply(assessments, 0.05);

        Assert.Equal("a", ranked[0].SeriesKey);
        Assert.False(ranked[0].IsHotspot);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Apply_RateOutOfRange_Throws(double q) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => HotspotRanking.Apply(Assessments([0.1]), q));

    private static SeriesAssessment[] Assessments(double[] pValues) => pValues.Select((p, i) => new SeriesAssessment
    {
        SeriesKey = ((char)('a' + i)).ToString(),
        PeriodIndex = 0,
        Kind = HotspotKind.None,
        IsAlarm = false,
        Explanation = new HotspotExplanation
        {
            Observed = 10,
            Expected = 5,
            Threshold = 12,
            PValue = p,
            Dispersion = 1,
            BaselineWindow = BaselineWindow.Empty,
            PeriodsCovered = 1,
            Method = DetectionMethod.FarringtonFlexible,
            RecentCount = 10,
            MinimumCountMet = true,
        },
    }).ToArray();
}
