using System.Diagnostics.Metrics;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Transport metrics of the AMQP adapter on the <see cref="MeterName"/> meter. The host decides whether and where
/// they are exported; the adapter only records. The latest figures are also kept for the health check.
/// </summary>
public sealed class AmqpTransportMetrics : IDisposable
{
    /// <summary>Name of the meter every messaging instrument is created on.</summary>
    public const string MeterName = "RegulatorHub.Messaging";

    private readonly Meter _meter;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _settleFailures;
    private readonly Histogram<double> _endToEndLatency;
    private long _reconnectCount;
    private long _settleFailureCount;
    private long _lastLagTicks = -1;
    private long _lastReceivedAtTicks = -1;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/> (a private meter without one).</summary>
    public AmqpTransportMetrics(IMeterFactory? meterFactory = null)
    {
        _meter = meterFactory?.Create(MeterName) ?? new Meter(MeterName);
        _reconnects = _meter.CreateCounter<long>(
            "regulatorhub.messaging.reconnects", "{reconnect}", "Connections to the broker re-established after a loss.");
        _settleFailures = _meter.CreateCounter<long>(
            "regulatorhub.messaging.settle_failures_after_link_loss", "{delivery}",
            "Settlements that could not be sent because their link or connection had died; the broker redelivers those messages.");
        _endToEndLatency = _meter.CreateHistogram<double>(
            "regulatorhub.messaging.end_to_end_latency", "ms", "Time from publishing (or broker enqueue) to receipt.");
    }

    /// <summary>Reconnects since start.</summary>
    public long Reconnects => Interlocked.Read(ref _reconnectCount);

    /// <summary>Settlements lost with their link since start.</summary>
    public long SettleFailuresAfterLinkLoss => Interlocked.Read(ref _settleFailureCount);

    /// <summary>End-to-end lag of the last message received, or null before the first one with a known send time.</summary>
    public TimeSpan? LastEndToEndLag => Interlocked.Read(ref _lastLagTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    /// <summary>When the last message with a known send time was received.</summary>
    public DateTimeOffset? LastReceivedAt =>
        Interlocked.Read(ref _lastReceivedAtTicks) is var ticks and >= 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    internal void Reconnected()
    {
        Interlocked.Increment(ref _reconnectCount);
        _reconnects.Add(1);
    }

    internal void SettleFailedAfterLinkLoss()
    {
        Interlocked.Increment(ref _settleFailureCount);
        _settleFailures.Add(1);
    }

    internal void Received(DateTimeOffset sentAt, DateTimeOffset receivedAt)
    {
        // Clocks of publisher and receiver differ a little; a negative lag means "no measurable lag", not an error.
        var lag = receivedAt - sentAt;
        if (lag < TimeSpan.Zero)
        {
            lag = TimeSpan.Zero;
        }

        Interlocked.Exchange(ref _lastLagTicks, lag.Ticks);
        Interlocked.Exchange(ref _lastReceivedAtTicks, receivedAt.UtcTicks);
        _endToEndLatency.Record(lag.TotalMilliseconds);
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
