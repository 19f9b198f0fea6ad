namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// Weighted Poisson regression with log link fitted by iteratively reweighted least squares (McCullagh and Nelder,
/// Generalized Linear Models, 2nd ed., §2.5), the estimating equations of a quasi-Poisson model. With a dozen
/// parameters the normal equations are solved in closed form by Cholesky, in caller-owned buffers.
/// </summary>
internal static class PoissonRegression
{
    private const int MaxIterations = 50;

    // R's glm.control: stop when the relative change in deviance is below 1e-8.
    private const double Tolerance = 1e-8;

    // A seasonal level whose baseline counts are all zero drives its coefficient to −∞; capping the linear predictor
    // keeps the working weights positive so the other coefficients still converge (its fitted mean is then ~1e-13).
    private const double MinLinearPredictor = -30;
    private const double MaxLinearPredictor = 30;

    /// <summary>Fits log μ = Xβ.</summary>
    /// <param name="design">X, n rows of p columns, row-major.</param>
    /// <param name="p">Number of columns.</param>
    /// <param name="y">Counts, length n.</param>
    /// <param name="priorWeights">Observation weights, length n.</param>
    /// <param name="beta">Receives β (length p).</param>
    /// <param name="mu">Receives the fitted means (length n).</param>
    /// <param name="covariance">Receives (XᵀWX)⁻¹ at the fitted means (p × p), the unscaled covariance of β.</param>
    /// <param name="scratch">Work space of at least p·p + p.</param>
    /// <returns>False when the normal equations are singular (e.g. a column without information).</returns>
    public static bool Fit(ReadOnlySpan<double> design, int p, ReadOnlySpan<double> y, ReadOnlySpan<double> priorWeights, Span<double> beta, Span<double> mu, Span<double> covariance, Span<double> scratch)
    {
        var n = y.Length;
        var a = scratch[..(p * p)];
        var rhs = scratch.Slice(p * p, p);

        // Same start as R's poisson()$initialize: μ = y + 0.1.
        for (var i = 0; i < n; i++)
        {
            mu[i] = y[i] + 0.1;
        }

        var deviance = double.MaxValue;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            a.Clear();
            rhs.Clear();
            for (var i = 0; i < n; i++)
            {
                var w = priorWeights[i] * mu[i];
                if (w <= 0)
                {
                    continue;
                }

                var z = Math.Log(mu[i]) + ((y[i] - mu[i]) / mu[i]);
                var row = design.Slice(i * p, p);
                for (var j = 0; j < p; j++)
                {
                    var wx = w * row[j];
                    if (wx == 0)
                    {
                        continue;
                    }

                    rhs[j] += wx * z;
                    for (var k = 0; k <= j; k++)
                    {
                        a[(j * p) + k] += wx * row[k];
                    }
                }
            }

            if (!SmallMatrix.Cholesky(a, p))
            {
                return false;
            }

            rhs.CopyTo(beta);
            SmallMatrix.Solve(a, p, beta);

            double newDeviance = 0;
            for (var i = 0; i < n; i++)
            {
                var eta = Math.Clamp(Dot(design.Slice(i * p, p), beta), MinLinearPredictor, MaxLinearPredictor);
                mu[i] = Math.Exp(eta);
                newDeviance += priorWeights[i] * UnitDeviance(y[i], mu[i]);
            }

            var converged = Math.Abs(newDeviance - deviance) / (Math.Abs(newDeviance) + 0.1) < Tolerance;
            deviance = newDeviance;
            if (converged)
            {
                break;
            }
        }

        return Covariance(design, p, priorWeights, mu, covariance, scratch);
    }

    /// <summary>xᵀβ.</summary>
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> beta)
    {
        double total = 0;
        for (var j = 0; j < x.Length; j++)
        {
            total += x[j] * beta[j];
        }

        return total;
    }

    private static double UnitDeviance(double y, double mu) => 2 * ((y > 0 ? y * Math.Log(y / mu) : 0) - (y - mu));

    // (XᵀWX)⁻¹ with W = prior weight × μ at the converged fit.
    private static bool Covariance(ReadOnlySpan<double> design, int p, ReadOnlySpan<double> priorWeights, ReadOnlySpan<double> mu, Span<double> covariance, Span<double> scratch)
    {
        var a = scratch[..(p * p)];
        var column = scratch.Slice(p * p, p);
        a.Clear();
        for (var i = 0; i < mu.Length; i++)
        {
            var w = priorWeights[i] * mu[i];
            var row = design.Slice(i * p, p);
            for (var j = 0; j < p; j++)
            {
                for (var k = 0; k <= j; k++)
                {
                    a[(j * p) + k] += w * row[j] * row[k];
                }
            }
        }

        if (!SmallMatrix.Cholesky(a, p))
        {
            return false;
        }

        SmallMatrix.Invert(a, p, covariance, column);
        return true;
    }
}
