using RegulatorHub.Analytics.Detection;

namespace RegulatorHub.Analytics.Tests.Detection;

public sealed class PoissonRegressionTests
{
    [Fact]
    public void Fit_DoublingSeries_RecoversLogLinearCoefficientsExactly()
    {
        // y = 2^t lies on log μ = 0 + t·ln 2, so the Poisson MLE reproduces it with zero deviance.
        double[] design = [1, 0, 1, 1, 1, 2, 1, 3];
        double[] y = [1, 2, 4, 8];
        var beta = new double[2];
        var mu = new double[4];
        var covariance = new double[4];

        var ok = PoissonRegression.Fit(design, 2, y, [1, 1, 1, 1], beta, mu, covariance, new double[6]);

        Assert.True(ok);
        Assert.Equal(0, beta[0], 8);
        Assert.Equal(Math.Log(2), beta[1], 8);
        Assert.Equal(8, mu[3], 6);
    }

    [Fact]
    public void Fit_InterceptOnly_MeanAndVarianceOfLogMean()
    {
        // Intercept-only: μ̂ = ȳ = 5 and Var(β̂) = 1/Σμ = 1/20.
        double[] design = [1, 1, 1, 1];
        var beta = new double[1];
        var covariance = new double[1];

        PoissonRegression.Fit(design, 1, [2, 4, 6, 8], [1, 1, 1, 1], beta, new double[4], covariance, new double[2]);

        // IRLS stops on a relative deviance change below 1e-8 (as R's glm), so β is exact to about 1e-9.
        Assert.Equal(Math.Log(5), beta[0], 7);
        Assert.Equal(0.05, covariance[0], 9);
    }
}
