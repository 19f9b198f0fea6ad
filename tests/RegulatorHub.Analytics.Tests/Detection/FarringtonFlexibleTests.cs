using RegulatorHub.Analytics.Detection;

namespace RegulatorHub.Analytics.Tests.Detection;

public sealed class FarringtonFlexibleTests
{
    // round(20 + 6 sin(2πt/52) + 0.02t), t = 1..209, plus +30 at t = 105 and +25 at t = 149 (past outbreaks).
    // R 4.2, surveillance 1.20.3: farringtonFlexible(sts(y, frequency = 52), control = list(range = 209, noPeriods = 10,
    // b = 3, w = 3, weightsThreshold = 2.58, pastWeeksNotIncluded = 26, thresholdMethod = "nbPlugin", alpha = 0.01))
    // gives expected 25.0095994866418, trend kept, upper bound 37.
    private static readonly double[] s_series =
    [
        21, 21, 22, 23, 24, 24, 25, 25, 25, 26, 26, 26, 26, 26, 26, 26, 26, 25, 25, 24, 24, 23, 23, 22, 21, 21, 20, 19, 18, 18, 17, 17, 16, 16, 15, 15, 15, 15, 15, 15, 15, 15, 16, 16, 16, 17, 18, 18, 19, 20, 20, 21,
        22, 23, 23, 24, 25, 25, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 27, 26, 26, 25, 25, 24, 24, 23, 22, 22, 21, 20, 19, 19, 18, 18, 17, 17, 16, 16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 18, 19, 19, 20, 21,
        21, 22, 53, 24, 24, 25, 26, 26, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 28, 27, 27, 26, 26, 25, 25, 24, 23, 23, 22, 21, 21, 20, 19, 19, 18, 18, 17, 17, 17, 17, 17, 17, 17, 17, 18, 18, 43, 19, 20, 20,
        21, 22, 22, 23, 24, 25, 25, 26, 27, 27, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 29, 28, 28, 27, 27, 26, 26, 25, 24, 24, 23, 22, 22, 21, 20, 20, 19, 19, 19, 18, 18, 18, 18, 18, 18, 18, 19, 19, 20, 20,
        21, 21, 22, 23, 23, 24, 25,
    ];

    private static readonly DetectionOptions s_options = new() { YearsBack = 3, Alpha = 0.01 };

    [Fact]
    public void FitSeasonal_SeasonalSeriesWithPastOutbreaks_MatchesRSurveillance()
    {
        Span<double> expected = stackalloc double[1];

        var fit = FarringtonFlexible.FitSeasonal(s_series, s_series.Length - 1, s_options, expected);

        Assert.True(fit.Succeeded);
        Assert.True(fit.TrendIncluded);
        Assert.Equal(25.0095994866418, fit.Expected, 6);
        Assert.Equal(37, CountDistribution.UpperQuantile(0.01, fit.Expected, fit.Dispersion));
    }

    // round(12 + 4 sin(2πt/52)), t = 1..209, plus +20 at t = 105 and +15 at t = 139: no trend. Same R control:
    // expected 12.499632218396, trend dropped, φ = 1, upper bound 21.
    private static readonly double[] s_flatTrendSeries =
    [
        12, 13, 13, 14, 14, 15, 15, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 15, 15, 15, 14, 14, 13, 13, 12, 12, 12, 11, 11, 10, 10, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12,
        12, 13, 13, 14, 14, 15, 15, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 15, 15, 15, 14, 14, 13, 13, 12, 12, 12, 11, 11, 10, 10, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12,
        32, 13, 13, 14, 14, 15, 15, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 15, 15, 15, 14, 14, 13, 13, 12, 12, 12, 11, 11, 10, 10, 9, 9, 9, 23, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12,
        12, 13, 13, 14, 14, 15, 15, 15, 16, 16, 16, 16, 16, 16, 16, 16, 16, 15, 15, 15, 14, 14, 13, 13, 12, 12, 12, 11, 11, 10, 10, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12,
        12,
    ];

    [Fact]
    public void FitSeasonal_NoTrend_ClosedFormMatchesRSurveillance()
    {
        Span<double> expected = stackalloc double[1];

        var fit = FarringtonFlexible.FitSeasonal(s_flatTrendSeries, s_flatTrendSeries.Length - 1, s_options, expected);

        Assert.True(fit.Succeeded);
        Assert.False(fit.TrendIncluded);
        Assert.Equal(12.499632218396, fit.Expected, 7);
        Assert.Equal(1, fit.Dispersion);
        Assert.Equal(21, CountDistribution.UpperQuantile(0.01, fit.Expected, fit.Dispersion));
    }

    [Fact]
    public void FitSeasonal_BaselineSpan_ReachesBackThreeYearsAndExcludesRecentHalfYear()
    {
        var t0 = s_series.Length - 1;

        var fit = FarringtonFlexible.FitSeasonal(s_series, t0, s_options, stackalloc double[1]);

        // From t0 − 3·52 − 3 to t0 − 26 − 1.
        Assert.Equal(new BaselineWindow(t0 - 159, t0 - 27, 133), fit.Window);
    }

    [Theory]
    [InlineData(100, 100, 0)] // the assessed period's own window
    [InlineData(48, 100, 0)] // the same period one year back
    [InlineData(52, 100, 1)] // first period after the window one year back
    [InlineData(56, 100, 1)] // fifth and last period of the first gap block
    [InlineData(57, 100, 2)] // first period of the second block
    [InlineData(96, 100, 9)] // last period before the window around t0 (gap of 45 split 5 × 9)
    public void LevelOf_WindowsAndGapBlocks(int s, int t0, int level)
    {
        Assert.Equal(level, FarringtonFlexible.LevelOf(s, t0, 52, 3, 9));
    }
}
