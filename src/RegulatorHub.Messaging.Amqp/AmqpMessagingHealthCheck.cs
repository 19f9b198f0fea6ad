using System.Globalization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Healthy while connected to the broker; degraded while reconnecting (saying since when) or before the first
/// connection. Data: broker, queue, reconnects, settlements lost with a link, and the end-to-end lag of the last
/// message received. Never reports credentials.
/// </summary>
public sealed class AmqpMessagingHealthCheck(AmqpConnection connection, AmqpTransportMetrics metrics, TimeProvider time) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["profile"] = connection.Profile.ToString(),
            ["host"] = connection.Host,
            ["queue"] = connection.QueueName,
            ["reconnects"] = metrics.Reconnects,
            ["settleFailuresAfterLinkLoss"] = metrics.SettleFailuresAfterLinkLoss,
        };
        if (metrics.LastEndToEndLag is { } lag)
        {
            data["lastEndToEndLagMs"] = Math.Round(lag.TotalMilliseconds, 1);
        }

        if (metrics.LastReceivedAt is { } receivedAt)
        {
            data["lastReceivedAt"] = receivedAt.ToString("O", CultureInfo.InvariantCulture);
        }

        if (connection.IsConnected)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"Connected to {connection.Host} ({connection.Profile}).", data));
        }

        if (connection.DisconnectedSince is { } since)
        {
            var seconds = (time.GetUtcNow() - since).TotalSeconds;
            data["disconnectedSince"] = since.ToString("O", CultureInfo.InvariantCulture);
            return Task.FromResult(HealthCheckResult.Degraded(string.Create(CultureInfo.InvariantCulture,
                $"Reconnecting to {connection.Host} since {since:O} ({seconds:F0} s); messages wait in the broker.")
                , data: data));
        }

        return Task.FromResult(HealthCheckResult.Degraded($"Not connected to {connection.Host} yet: the adapter connects on first use.", data: data));
    }
}
