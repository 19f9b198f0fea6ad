using Microsoft.Extensions.Diagnostics.HealthChecks;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Messaging.InProcess;

namespace RegulatorHub.Hosting.Health;

/// <summary>Reports the ingestion totals, the lag behind the feed and the queue backlog; degraded while batches fail.</summary>
public sealed class IngestionHealthCheck(IngestionCounters counters, InProcessFeedQueue? queue = null) : IHealthCheck
{
    private long _failuresSeen;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = counters.Snapshot();
        var data = new Dictionary<string, object>
        {
            ["received"] = snapshot.Received,
            ["stored"] = snapshot.Stored,
            ["duplicates"] = snapshot.Duplicates,
            ["quarantined"] = snapshot.Quarantined,
            ["failedBatches"] = snapshot.FailedBatches,
            ["deadLettered"] = snapshot.DeadLettered,
        };
        if (snapshot.LastEndToEndLatency is { } lag)
        {
            // Enqueue to stored for the latest message: how far behind the feed the store is.
            data["lagMs"] = Math.Round(lag.TotalMilliseconds);
        }

        if (queue is not null)
        {
            data["queued"] = queue.Pending;
        }

        // Degraded if batches failed since the previous check: the store is struggling but nothing is lost.
        var newFailures = snapshot.FailedBatches - Interlocked.Exchange(ref _failuresSeen, snapshot.FailedBatches);
        return Task.FromResult(newFailures > 0
            ? HealthCheckResult.Degraded($"{newFailures} batches failed and were retried since the last check.", data: data)
            : HealthCheckResult.Healthy("Ingesting.", data));
    }
}
