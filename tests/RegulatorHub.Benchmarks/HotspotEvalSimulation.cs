using MathNet.Numerics.Distributions;

namespace RegulatorHub.Benchmarks;

/// <summary>An injected outbreak: <see cref="Weeks"/> consecutive weeks from <see cref="Start"/>, each with k·SD extra cases.</summary>
internal readonly record struct Outbreak(int Start, int Weeks, int SizeInSd);

/// <summary>One simulated weekly series with its evaluation-year outbreak.</summary>
internal sealed record SimulatedSeries(double[] Counts, Outbreak Outbreak, SeriesLevel Level);

/// <summary>
/// Negative binomial weekly series (mean μ_t, variance φμ_t) with μ and φ drawn from the real series, a mild annual
/// cycle, one past outbreak in the history (which the baselines must discount) and one outbreak in the evaluation year
/// whose size cycles through 1..10 standard deviations so every size has the same number of outbreaks.
/// </summary>
internal static class HotspotEvalSimulation
{
    public const int WeeksPerYear = 52;
    private const int MaxOutbreakWeeks = 3;
    private const double MaxSeasonalAmplitude = 0.25;

    public static IReadOnlyList<SimulatedSeries> Generate(IReadOnlyList<SeriesLevel> levels, int count, int historyWeeks, int evaluationWeeks, int seed)
    {
        var random = new Random(seed);
        var length = historyWeeks + evaluationWeeks;
        var series = new List<SimulatedSeries>(count);
        for (var s = 0; s < count; s++)
        {
            var level = levels[random.Next(levels.Count)];
            var amplitude = random.NextDouble() * MaxSeasonalAmplitude;
            var phase = random.NextDouble() * 2 * Math.PI;
            var means = new double[length];
            var counts = new double[length];
            for (var t = 0; t < length; t++)
            {
                means[t] = level.Mean * (1 + (amplitude * Math.Sin((2 * Math.PI * t / WeeksPerYear) + phase)));
                counts[t] = Sample(random, means[t], level.Dispersion);
            }

            // A past outbreak somewhere in the last two history years (inside every method's baseline).
            var past = new Outbreak(historyWeeks - (2 * WeeksPerYear) + random.Next(2 * WeeksPerYear - MaxOutbreakWeeks), 1 + random.Next(MaxOutbreakWeeks), 1 + random.Next(10));
            Inject(counts, means, level.Dispersion, past);

            var outbreak = new Outbreak(historyWeeks + random.Next(evaluationWeeks - MaxOutbreakWeeks), 1 + random.Next(MaxOutbreakWeeks), 1 + (s % 10));
            Inject(counts, means, level.Dispersion, outbreak);
            series.Add(new SimulatedSeries(counts, outbreak, level));
        }

        return series;
    }

    // Extra cases per outbreak week: k standard deviations of that week's count, √(φμ_t), rounded (at least 1).
    private static void Inject(double[] counts, double[] means, double dispersion, Outbreak outbreak)
    {
        for (var t = outbreak.Start; t < outbreak.Start + outbreak.Weeks; t++)
        {
            counts[t] += Math.Max(1, Math.Round(outbreak.SizeInSd * Math.Sqrt(dispersion * means[t])));
        }
    }

    // Gamma–Poisson mixture: λ ~ Gamma(shape μ/(φ−1), scale φ−1) has mean μ, and Poisson(λ) then has variance φμ.
    private static double Sample(Random random, double mean, double dispersion)
    {
        var rate = dispersion > 1.0001 ? Gamma.Sample(random, mean / (dispersion - 1), 1 / (dispersion - 1)) : mean;
        return rate <= 0 ? 0 : Poisson.Sample(random, rate);
    }
}
