using RegulatorHub.Ingestion.Pipeline;

namespace RegulatorHub.Dashboard.Live;

/// <summary>The ingestion totals at one moment.</summary>
/// <param name="At">When they were read.</param>
/// <param name="Totals">The totals.</param>
/// <param name="Queued">Messages waiting in the in-process queue, when ingestion runs in this process.</param>
public sealed record IngestionSample(DateTimeOffset At, IngestionSnapshot Totals, long? Queued);
