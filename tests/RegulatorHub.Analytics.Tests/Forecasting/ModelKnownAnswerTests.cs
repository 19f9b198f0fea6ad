using RegulatorHub.Analytics.Forecasting;

namespace RegulatorHub.Analytics.Tests.Forecasting;

/// <summary>Each model's recursions against values worked out by hand (the arithmetic is in the comments).</summary>
public sealed class ModelKnownAnswerTests
{
    private const int Digits = 10;

    [Fact]
    public void Filter_SimpleExponentialSmoothing_MatchesHandComputedLevelAndSse()
    {
        // ℓ0 = 1, α = ½: ŷ = 1, 1, 1.5; e = 0, 1, 1.5; ℓ = 1, 1.5, 2.25; SSE = 0 + 1 + 2.25.
        var sse = ExponentialSmoothing.Filter([1, 2, 3], 0.5, 0, 0, 1, 0, out var level, out var trend);

        Assert.Equal(3.25, sse, Digits);
        Assert.Equal(2.25, level, Digits);
        Assert.Equal(0, trend);
    }

    [Fact]
    public void Filter_DampedTrend_MatchesHandComputedStates()
    {
        // ℓ0 = 0, b0 = 1, α = .5, β = .25, φ = .9.
        // t0: ŷ = .9, e = 1.1, ℓ = 1.45, b = .9 + .275 = 1.175.
        // t1: ŷ = 1.45 + 1.0575 = 2.5075, e = 1.4925, ℓ = 3.25375, b = 1.0575 + .373125 = 1.430625.
        var sse = ExponentialSmoothing.Filter([2, 4], 0.5, 0.25, 0.9, 0, 1, out var level, out var trend);

        Assert.Equal((1.1 * 1.1) + (1.4925 * 1.4925), sse, Digits);
        Assert.Equal(3.25375, level, Digits);
        Assert.Equal(1.430625, trend, Digits);
    }

    [Fact]
    public void Forecast_DampedTrend_GivesDampedMeansAndClassOneVariances()
    {
        // ℓ = 10, b = 2, φ = .5, α = .5, β = .2, σ² = 4.
        // Means: 10 + .5·2 = 11; 10 + .75·2 = 11.5; 10 + .875·2 = 11.75.
        // c1 = .5 + .2·.5 = .6, c2 = .5 + .2·.75 = .65: variances 4, 4·1.36, 4·(1 + .36 + .4225).
        var fit = new EtsFit(true, 0.5, 0.2, 0.5, 10, 2, 4, 0);
        Span<double> point = stackalloc double[3];
        Span<double> sd = stackalloc double[3];

        fit.Forecast(point, sd);

        Assert.Equal([11, 11.5, 11.75], point.ToArray());
        Assert.Equal(2, sd[0], Digits);
        Assert.Equal(Math.Sqrt(5.44), sd[1], Digits);
        Assert.Equal(Math.Sqrt(7.13), sd[2], Digits);
    }

    [Fact]
    public void Forecast_SimpleExponentialSmoothing_IsFlatWithVarianceGrowingByAlphaSquared()
    {
        var fit = new EtsFit(false, 0.5, 0, 0, 7, 0, 1, 0);
        Span<double> point = stackalloc double[3];
        Span<double> sd = stackalloc double[3];

        fit.Forecast(point, sd);

        Assert.Equal([7, 7, 7], point.ToArray());
        Assert.Equal(Math.Sqrt(1.5), sd[2], Digits); // 1 + 2·.25
    }

    [Fact]
    public void Theta_AddsHalfTheLinearSlopeAsDrift()
    {
        // y = 0..4 has slope 1. With α = .5, n = 5: offset (1 − .5⁵)/.5 = 1.9375; ŷ_h = 3.5 + .5·(h − 1 + 1.9375).
        var ses = new EtsFit(false, 0.5, 0, 0, 3.5, 0, 1, 0);
        Span<double> point = stackalloc double[2];
        Span<double> sd = stackalloc double[2];

        ThetaMethod.Forecast([0, 1, 2, 3, 4], ses, point, sd);

        Assert.Equal(4.46875, point[0], Digits);
        Assert.Equal(4.96875, point[1], Digits);
        Assert.Equal(1, sd[0], Digits);
    }

    [Fact]
    public void SeasonalNaive_RepeatsLastSeasonWithSqrtSeasonsVariance()
    {
        // Every seasonal difference of 1..8 at lag 4 is 4, so σ = 4; steps 5–6 are a second season: σ√2.
        Span<double> point = stackalloc double[6];
        Span<double> sd = stackalloc double[6];

        var used = SeasonalNaive.Forecast([1, 2, 3, 4, 5, 6, 7, 8], 4, point, sd);

        Assert.Equal(4, used);
        Assert.Equal([5, 6, 7, 8, 5, 6], point.ToArray());
        Assert.Equal(4, sd[3], Digits);
        Assert.Equal(4 * Math.Sqrt(2), sd[4], Digits);
    }

    [Fact]
    public void SeasonalNaive_ShorterThanASeason_FallsBackToNaive()
    {
        Span<double> point = stackalloc double[2];
        Span<double> sd = stackalloc double[2];

        var used = SeasonalNaive.Forecast([3, 5, 4], 52, point, sd);

        Assert.Equal(1, used);
        Assert.Equal([4, 4], point.ToArray());
    }

    [Fact]
    public void Scale_UsesSeasonalDifferencesWithTwoSeasonsAndFirstDifferencesOtherwise()
    {
        Assert.Equal(4, SeasonalNaive.Scale([1, 2, 3, 4, 5, 6, 7, 8], 4), Digits);
        Assert.Equal(1, SeasonalNaive.Scale([1, 2, 3, 4, 5, 6, 7, 8], 5), Digits);
    }

    [Fact]
    public void Croston_MatchesHandComputedSbaForecast()
    {
        // α = .1. First demand 3 at t = 2: z = 3, p = 3. t3: f = .95·3/3 = .95, e = −.95. t4: f = .95, e = 2.05, demand
        // after 2 periods: z = 3, p = 3 + .1·(2 − 3) = 2.9. Forecast .95·3/2.9.
        var sse = IntermittentDemand.RunCroston([0, 0, 3, 0, 3], 0.1, out var forecast);

        Assert.Equal((0.95 * 0.95) + (2.05 * 2.05), sse, Digits);
        Assert.Equal(0.95 * 3 / 2.9, forecast, Digits);
    }

    [Fact]
    public void Tsb_MatchesHandComputedProbabilityAndSize()
    {
        // α = β = .5; start π = .5, z = 2. π: .25, .625, .3125, .65625; forecasts 1, .5, 1.25, .625; final .65625·2.
        var sse = IntermittentDemand.RunTsb([0, 2, 0, 2], 0.5, 0.5, out var forecast);

        Assert.Equal(1 + 2.25 + 1.5625 + 1.890625, sse, Digits);
        Assert.Equal(1.3125, forecast, Digits);
    }

    [Theory]
    [InlineData(new double[] { 0, 0, 1, 0, 0, 2, 0, 1 }, true)]
    [InlineData(new double[] { 3, 1, 2, 0, 4, 5, 2, 1 }, false)]
    [InlineData(new double[] { 0, 0, 0 }, true)]
    public void IsIntermittent_UsesTheAdiCutOff(double[] y, bool expected) =>
        Assert.Equal(expected, IntermittentDemand.IsIntermittent(y));

    [Fact]
    public void NelderMead_FindsTheMinimumOfAQuadratic()
    {
        var objective = new Quadratic();
        Span<double> x = [0, 0];

        var value = NelderMead.Minimize(ref objective, x, 1, 500, 1e-14);

        Assert.Equal(3, x[0], 3);
        Assert.Equal(-1, x[1], 3);
        Assert.True(value < 1e-6);
    }

    [Fact]
    public void FitBest_OnALinearTrend_ChoosesDampedTrendAndForecastsNearTheLine()
    {
        var y = Enumerable.Range(0, 60).Select(t => 10 + (2.0 * t)).ToArray();
        Span<double> point = stackalloc double[1];
        Span<double> sd = stackalloc double[1];

        var fit = ExponentialSmoothing.FitBest(y);
        fit.Forecast(point, sd);

        Assert.True(fit.Damped);
        Assert.InRange(point[0], 129, 131); // the line gives 130; damping pulls it in slightly at most
    }

    [Fact]
    public void FitSimple_OnAConstantSeries_ForecastsTheConstant()
    {
        var fit = ExponentialSmoothing.FitSimple(Enumerable.Repeat(5.0, 30).ToArray());
        Span<double> point = stackalloc double[2];
        Span<double> sd = stackalloc double[2];

        fit.Forecast(point, sd);

        Assert.Equal(5, point[1], 6);
    }

    private struct Quadratic : IObjective
    {
        public readonly double Evaluate(scoped ReadOnlySpan<double> p) => ((p[0] - 3) * (p[0] - 3)) + ((p[1] + 1) * (p[1] + 1));
    }
}
