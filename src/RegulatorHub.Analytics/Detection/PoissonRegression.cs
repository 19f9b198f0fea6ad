namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// Weighted Poisson regression with log link fitted by iteratively reweighted least squares (McCullagh and Nelder,
/// Generalized Linear Models, 2nd ed., §2.5), the estimating equations of a quasi-Poisson model, for the design of the
/// Farrington baseline: column 0 the intercept, column 1 an optional linear trend, and at most one seasonal-level dummy
/// per row. Rows are therefore given sparsely (time, dummy column) and XᵀWX is accumulated in O(n) per iteration,
/// then solved in closed form by Cholesky in caller-owned buffers: no allocation, ~µs per fit.
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

    /// <summary>Fits log μ_i = β₀ + β₁·time_i (when <paramref name="trend"/>) + β_{dummy_i} (when dummy_i ≥ 0).</summary>
    /// <param name="times">Trend covariate per row (ignored without trend).</param>
    /// <param name="dummies">Column of the row's seasonal dummy, or −1 for the reference level.</param>
    /// <param name="trend">Whether column 1 is a trend.</param>
    /// <param name="p">Number of columns.</param>
    /// <param name="y">Counts.</param>
    /// <param name="priorWeights">Observation weights.</param>
    /// <param name="beta">Receives β (length p).</param>
    /// <param name="mu">Receives the fitted means.</param>
    /// <param name="covariance">Receives (XᵀWX)⁻¹ at the fitted means (p × p), the unscaled covariance of β.</param>
    /// <param name="scratch">Work space of at least p·p + p.</param>
    /// <returns>False when the normal equations are singular (a column without information).</returns>
    public static bool Fit(
        ReadOnlySpan<double> times, ReadOnlySpan<int> dummies, bool trend, int p, ReadOnlySpan<double> y, ReadOnlySpan<double> priorWeights,
        Span<double> beta, Span<double> mu, Span<double> covariance, Span<double> scratch)
    {
        var yLogY = new double[y.Length];
        YLogY(y, yLogY);
        return Fit(times, dummies, trend, p, y, yLogY, priorWeights, beta, mu, new double[y.Length], covariance, scratch, warmStart: false);
    }

    /// <summary>Writes y·ln y (0 for y = 0), the part of the deviance that does not change between iterations.</summary>
    public static void YLogY(ReadOnlySpan<double> y, Span<double> yLogY)
    {
        for (var i = 0; i < y.Length; i++)
        {
            yLogY[i] = y[i] > 0 ? y[i] * Math.Log(y[i]) : 0;
        }
    }

    /// <summary>
    /// As the other overload, without allocating: <paramref name="yLogY"/> from <see cref="YLogY"/>, <paramref name="eta"/> a
    /// buffer for the linear predictor, and with <paramref name="warmStart"/> the iterations start from the
    /// <paramref name="mu"/> and <paramref name="eta"/> of a previous fit of the same design (the reweighted refit).
    /// Only one exp per row and iteration: z uses the stored η and the deviance the precomputed y·ln y.
    /// </summary>
    public static bool Fit(
        ReadOnlySpan<double> times, ReadOnlySpan<int> dummies, bool trend, int p, ReadOnlySpan<double> y, ReadOnlySpan<double> yLogY, ReadOnlySpan<double> priorWeights,
        Span<double> beta, Span<double> mu, Span<double> eta, Span<double> covariance, Span<double> scratch, bool warmStart)
    {
        if (!trend)
        {
            return FitLevels(dummies, p, y, priorWeights, beta, mu, eta, covariance, scratch);
        }

        var n = y.Length;
        var a = scratch[..(p * p)];
        var rhs = scratch.Slice(p * p, p);

        if (!warmStart)
        {
            // Same start as R's poisson()$initialize: μ = y + 0.1.
            for (var i = 0; i < n; i++)
            {
                mu[i] = y[i] + 0.1;
                eta[i] = Math.Log(mu[i]);
            }
        }

        var deviance = double.MaxValue;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            a.Clear();
            rhs.Clear();
            for (var i = 0; i < n; i++)
            {
                var w = priorWeights[i] * mu[i];
                var z = eta[i] + ((y[i] - mu[i]) / mu[i]);
                Accumulate(a, rhs, p, trend, trend ? times[i] : 0, dummies[i], w, z);
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
                eta[i] = Math.Clamp(LinearPredictor(beta, trend, trend ? times[i] : 0, dummies[i]), MinLinearPredictor, MaxLinearPredictor);
                mu[i] = Math.Exp(eta[i]);

                // Unit deviance 2(y ln(y/μ) − (y − μ)) with ln μ = η.
                newDeviance += priorWeights[i] * 2 * (yLogY[i] - (y[i] * eta[i]) - (y[i] - mu[i]));
            }

            var converged = Math.Abs(newDeviance - deviance) / (Math.Abs(newDeviance) + 0.1) < Tolerance;
            deviance = newDeviance;
            if (converged)
            {
                break;
            }
        }

        // (XᵀWX)⁻¹ at the converged means.
        a.Clear();
        rhs.Clear();
        for (var i = 0; i < n; i++)
        {
            Accumulate(a, rhs, p, trend, trend ? times[i] : 0, dummies[i], priorWeights[i] * mu[i], 0);
        }

        if (!SmallMatrix.Cholesky(a, p))
        {
            return false;
        }

        SmallMatrix.Invert(a, p, covariance, rhs);
        return true;
    }

    /// <summary>xᵀβ for a row given sparsely.</summary>
    public static double LinearPredictor(ReadOnlySpan<double> beta, bool trend, double time, int dummy)
    {
        var eta = beta[0];
        if (trend)
        {
            eta += beta[1] * time;
        }

        if (dummy >= 0)
        {
            eta += beta[dummy];
        }

        return eta;
    }

    /// <summary>xᵀ C x for a row given sparsely and a full p × p matrix C (the leverage, times the working weight).</summary>
    public static double QuadraticForm(ReadOnlySpan<double> c, int p, bool trend, double time, int dummy)
    {
        var total = c[0];
        if (trend)
        {
            total += (2 * time * c[1]) + (time * time * c[p + 1]);
        }

        if (dummy >= 0)
        {
            total += (2 * c[dummy]) + c[(dummy * p) + dummy];
            if (trend)
            {
                total += 2 * time * c[p + dummy];
            }
        }

        return total;
    }

    // Adds w·x xᵀ to the lower triangle of A and w·z·x to rhs, for x = (1, time?, dummy?).
    private static void Accumulate(Span<double> a, Span<double> rhs, int p, bool trend, double time, int dummy, double w, double z)
    {
        a[0] += w;
        rhs[0] += w * z;
        if (trend)
        {
            a[p] += w * time;
            a[p + 1] += w * time * time;
            rhs[1] += w * time * z;
        }

        if (dummy >= 0)
        {
            a[dummy * p] += w;
            a[(dummy * p) + dummy] += w;
            rhs[dummy] += w * z;
            if (trend)
            {
                a[(dummy * p) + 1] += w * time;
            }
        }
    }

    /// <summary>
    /// Without a trend the design is a one-way layout (one mean per level), whose Poisson MLE is closed form: each level's
    /// mean is the weighted mean count of its rows, μ_ℓ = Σ w y / Σ w. With D_ℓ = Σ_ℓ w μ_ℓ, (XᵀWX)⁻¹ has 1/D₀ on and
    /// off the diagonal, −1/D₀ between intercept and dummies, and 1/D_ℓ + 1/D₀ on the dummy diagonal; the leverage of a row
    /// is w μ_ℓ / D_ℓ. Same answer as IRLS, in O(n) with one log per level.
    /// </summary>
    private static bool FitLevels(ReadOnlySpan<int> dummies, int p, ReadOnlySpan<double> y, ReadOnlySpan<double> priorWeights, Span<double> beta, Span<double> mu, Span<double> eta, Span<double> covariance, Span<double> scratch)
    {
        var weightSum = scratch[..p];
        var countSum = scratch.Slice(p, p);
        weightSum.Clear();
        countSum.Clear();
        for (var i = 0; i < y.Length; i++)
        {
            var column = dummies[i] >= 0 ? dummies[i] : 0;
            weightSum[column] += priorWeights[i];
            countSum[column] += priorWeights[i] * y[i];
        }

        for (var c = 0; c < p; c++)
        {
            if (!(weightSum[c] > 0))
            {
                return false;
            }

            // A level of all zeros has MLE −∞; the same floor as the IRLS cap keeps it finite.
            beta[c] = Math.Max(Math.Log(countSum[c] / weightSum[c]), MinLinearPredictor);
        }

        for (var c = 1; c < p; c++)
        {
            beta[c] -= beta[0];
        }

        for (var i = 0; i < y.Length; i++)
        {
            eta[i] = beta[0] + (dummies[i] >= 0 ? beta[dummies[i]] : 0);
            mu[i] = Math.Exp(eta[i]);
        }

        // D_c = Σ w μ over the column's rows = μ_c Σ w.
        var inverseReference = 1 / (Math.Exp(beta[0]) * weightSum[0]);
        for (var r = 0; r < p; r++)
        {
            for (var c = 0; c < p; c++)
            {
                covariance[(r * p) + c] = (r == 0) == (c == 0) ? inverseReference : -inverseReference;
            }
        }

        for (var c = 1; c < p; c++)
        {
            covariance[(c * p) + c] += 1 / (Math.Exp(beta[0] + beta[c]) * weightSum[c]);
        }

        return true;
    }
}
