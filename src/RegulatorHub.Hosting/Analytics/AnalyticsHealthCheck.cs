using Microsoft.Extensions.Diagnostics.HealthChecks;
using RegulatorHub.Application.Analytics;

namespace RegulatorHub.Hosting.Analytics;

/// <summary>Degraded until the analytics store has caught up with the complaint store once; reports its size and watermark.</summary>
internal sealed class AnalyticsHealthCheck(AnalyticsFacts facts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var store = facts.Current;
        var data = new Dictionary<string, object>
        {
            ["facts"] = store.Count,
            ["watermark"] = store.Checkpoint ?? string.Empty,
            ["bytesPerFact"] = store.Count == 0 ? 0 : Math.Round((double)store.ColumnBytes / store.Count, 1),
        };
        return Task.FromResult(facts.IsReady
            ? HealthCheckResult.Healthy("Analytics store caught up with the complaint store.", data)
            : HealthCheckResult.Degraded("Analytics store still loading.", data: data));
    }
}
