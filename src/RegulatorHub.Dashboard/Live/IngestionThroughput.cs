namespace RegulatorHub.Dashboard.Live;

/// <summary>What the health page shows of ingestion's pace.</summary>
/// <param name="Latest">The latest totals.</param>
/// <param name="PerSecond">Messages settled per second over the last ten seconds.</param>
/// <param name="PerSecondSeries">Messages settled in each sampled second, oldest first.</param>
public sealed record IngestionThroughput(IngestionSample Latest, double PerSecond, IReadOnlyList<double> PerSecondSeries)
{
    /// <summary>Reads the sampler.</summary>
    public static IngestionThroughput From(IngestionRateSampler sampler)
    {
        ArgumentNullException.ThrowIfNull(sampler);
        var samples = sampler.Samples();
        if (samples.Count == 0)
        {
            // Asked before the host started the sampler: one reading now.
            sampler.Sample();
            samples = sampler.Samples();
        }

        var series = samples.Zip(samples.Skip(1), (a, b) => Math.Max(0, (b.Totals.Settled - a.Totals.Settled) / Math.Max(0.001, (b.At - a.At).TotalSeconds))).ToList();
        return new IngestionThroughput(samples[^1], sampler.SettledPerSecond(TimeSpan.FromSeconds(10)), series);
    }
}
