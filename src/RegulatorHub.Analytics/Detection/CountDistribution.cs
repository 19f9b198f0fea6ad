using MathNet.Numerics;

namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// Tail probabilities and quantiles of over-dispersed counts with mean μ and variance φμ: negative binomial with size
/// μ/(φ − 1) when φ &gt; 1, Poisson when φ = 1 (the parametrisation of Noufaily et al. 2013).
/// </summary>
internal static class CountDistribution
{
    // Below this excess over 1 the negative binomial is numerically a Poisson; treating it so avoids a huge size parameter.
    private const double PoissonDispersion = 1 + 1e-9;

    /// <summary>P(Y ≥ <paramref name="count"/>) for Y with the given mean and dispersion.</summary>
    public static double UpperTail(double count, double mean, double dispersion)
    {
        var k = Math.Ceiling(count);
        if (k <= 0)
        {
            return 1;
        }

        if (mean <= 0)
        {
            return 0;
        }

        if (dispersion <= PoissonDispersion)
        {
            // P(Y ≥ k) for Poisson(μ) is the regularised lower incomplete gamma P(k, μ).
            return SpecialFunctions.GammaLowerRegularized(k, mean);
        }

        // With size r = μ/(φ−1) and success probability p = r/(r+μ) = 1/φ, P(Y ≤ k−1) = I_p(r, k), so
        // P(Y ≥ k) = I_{1−p}(k, r); computing it directly keeps precision in the far tail.
        var size = mean / (dispersion - 1);
        return SpecialFunctions.BetaRegularized(k, size, 1 - (1 / dispersion));
    }

    /// <summary>Smallest integer u with P(Y &gt; u) ≤ <paramref name="alpha"/>: the upper bound a count must exceed to alarm.</summary>
    public static double UpperQuantile(double alpha, double mean, double dispersion)
    {
        if (mean <= 0)
        {
            return 0;
        }

        // P(Y > u) = P(Y ≥ u + 1) falls with u; bracket by doubling from the mean, then bisect.
        double low = -1;
        var high = Math.Max(1, Math.Ceiling(mean));
        while (UpperTail(high + 1, mean, dispersion) > alpha)
        {
            low = high;
            high *= 2;
        }

        while (high - low > 1)
        {
            var middle = Math.Floor((low + high) / 2);
            if (UpperTail(middle + 1, mean, dispersion) > alpha)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }
}
