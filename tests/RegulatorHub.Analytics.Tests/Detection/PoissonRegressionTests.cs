using RegulatorHub.Analytics.Detection;

namespace RegulatorHub.Analytics.Tests.Detection;

public sealed class PoissonRegressionTests
{
    [Fact]
    public void Fit_DoublingSeries_RecoversLogLinearCoefficientsExactly()
    {
        // y = 2^t lies on log μ = 0 + t·ln 2, so the Poisson MLE reproduces it with zero deviance.
        double[] times = [0, 1, 2, 3];
        double[] y = [1, 2, 4, 8];
        var beta = new double[2];
        var mu = new double[4];
        var covariance = new double[4];

        var ok = PoissonRegression.Fit(times, [-1, -1, -1, -1], trend: true, 2, y, [1, 1, 1, 1], beta, mu, covariance, new double[6]);

        Assert.True(ok);
        Assert.Equal(0, beta[0], 8);
        Assert.Equal(Math.Log(2), beta[1], 8);
        Assert.Equal(8, mu[3], 6);
    }

    [Fact]
    public void Fit_InterceptOnly_MeanAndVarianceOfLogMean()
    {
        // Intercept-only: μ̂ = ȳ = 5 and Var(β̂) = 1/Σμ = 1/20.
        var beta = new double[1];
        var covariance = new double[1];

        PoissonRegression.Fit([0, 0, 0, 0], [-1, -1, -1, -1], trend: false, 1, [2, 4, 6, 8], [1, 1, 1, 1], beta, new double[4], covariance, new double[2]);

        // IRLS stops on a relative deviance change below 1e-8 (as R's glm), so β is exact to about 1e-9.
        Assert.Equal(Math.Log(5), beta[0], 7);
        Assert.Equal(0.05, covariance[0], 9);
    }

    [Fact]
    public void Fit_TwoLevels_EachLevelGetsItsOwnMean()
    {
        // Reference level mean 3 (rows 0, 1), dummy level mean 12 (rows 2, 3): β = (ln 3, ln 4).
        var beta = new double[2];
        var covariance = new double[4];

        PoissonRegression.Fit([0, 0, 0, 0], [-1, -1, 1, 1], trend: false, 2, [2, 4, 10, 14], [1, 1, 1, 1], beta, new double[4], covariance, new double[6]);

        Assert.Equal(Math.Log(3), beta[0], 7);
        Assert.Equal(Math.Log(4), beta[1], 7);

        // Var(β₀) = 1/Σμ over the reference rows = 1/6.
        Assert.Equal(1.0 / 6, covariance[0], 7);
    }
}
