namespace RegulatorHub.Application.Configuration;

/// <summary>Options of the analytics store (configuration section <c>Analytics</c>).</summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "Analytics";

    /// <summary>
    /// File the analytics store is saved to between runs; relative paths are under the data directory. Default
    /// <c>analytics/complaint-facts.bin</c>.
    /// </summary>
    public string SnapshotPath { get; set; } = Path.Combine("analytics", "complaint-facts.bin");

    /// <summary>How often the store's change feed is read for new complaints once caught up.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Facts read per change-feed page.</summary>
    public int PageSize { get; set; } = 20_000;

    /// <summary>Save the snapshot once this many facts arrived since the last save…</summary>
    public int SaveAfterFacts { get; set; } = 250_000;

    /// <summary>…or this long after the last save, when anything arrived.</summary>
    public TimeSpan SaveInterval { get; set; } = TimeSpan.FromMinutes(5);
}
