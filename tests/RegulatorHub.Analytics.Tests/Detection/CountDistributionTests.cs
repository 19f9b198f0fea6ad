using RegulatorHub.Analytics.Detection;

namespace RegulatorHub.Analytics.Tests.Detection;

// Expected values from R 4.2: pnbinom/qnbinom(size = μ/(φ−1), prob = 1/φ) and ppois/qpois.
public sealed class CountDistributionTests
{
    [Fact]
    public void UpperTail_NegativeBinomial_MatchesR()
    {
        // pnbinom(29, size = 20/0.7, prob = 1/1.7, lower.tail = FALSE)
        Assert.Equal(0.0613050369823, CountDistribution.UpperTail(30, 20, 1.7), 10);

        // pnbinom(11, size = 35, prob = 7/8, lower.tail = FALSE): mean 5, φ = 8/7
        Assert.Equal(0.00937801219711, CountDistribution.UpperTail(12, 5, 8.0 / 7), 10);
    }

    [Fact]
    public void UpperTail_Poisson_MatchesR() =>
        Assert.Equal(0.0141873119909, CountDistribution.UpperTail(7, 2.5, 1), 10); // ppois(6, 2.5, lower.tail = FALSE)

    [Theory]
    [InlineData(0.01, 20, 1.7, 35)] // qnbinom(0.99, size = 20/0.7, prob = 1/1.7)
    [InlineData(0.005, 5, 8.0 / 7, 12)] // qnbinom(0.995, size = 35, prob = 7/8)
    [InlineData(0.01, 2.5, 1, 7)] // qpois(0.99, 2.5)
    public void UpperQuantile_MatchesR(double alpha, double mean, double dispersion, double expected) =>
        Assert.Equal(expected, CountDistribution.UpperQuantile(alpha, mean, dispersion));

    [Fact]
    public void UpperTail_ZeroCount_IsOne() => Assert.Equal(1, CountDistribution.UpperTail(0, 3, 2));
}
