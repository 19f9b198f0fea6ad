using Microsoft.Extensions.Diagnostics.HealthChecks;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Hosting.Health;

/// <summary>Healthy when the complaint store answers a summary query.</summary>
public sealed class StoreHealthCheck(IComplaintStore store) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var summary = await store.GetSummaryAsync(cancellationToken);
            return HealthCheckResult.Healthy("Store reachable.", new Dictionary<string, object>
            {
                ["complaints"] = summary.Complaints,
                ["quarantined"] = summary.Quarantined,
            });
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Store unreachable: {exception.GetType().Name}.");
        }
    }
}
