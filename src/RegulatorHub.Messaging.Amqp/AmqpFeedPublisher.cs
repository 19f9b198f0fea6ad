using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Publishes feed messages to the complaint queue over AMQP 1.0: durable messages with the body as one Data section,
/// message id, content type and creation time (UTC, for end-to-end latency).
/// </summary>
/// <remarks>
/// <para>
/// Each <see cref="PublishAsync"/> completes only when the broker has <em>accepted</em> that message, as the port
/// promises, so a caller that awaited it knows the message is safe. For throughput, callers pipeline: start many
/// calls and await them together (e.g. keep a window of a few thousand tasks); the link carries up to
/// <c>Messaging:Amqp:MaxInFlightSends</c> unconfirmed messages at once and further calls wait for a slot. There is no
/// separate flush: awaiting every returned task is the flush.
/// </para>
/// <para>
/// A refusal by the broker fails that call with <see cref="AmqpSendRejectedException"/> naming the queue and the
/// error condition. A lost connection fails nothing: unconfirmed messages are sent again after reconnecting, so the
/// queue may receive a message twice; message ids make that harmless downstream.
/// </para>
/// </remarks>
public sealed class AmqpFeedPublisher : IFeedPublisher, IAsyncDisposable, IDisposable
{
    private readonly ConfirmedSender _sender;
    private readonly TimeProvider _time;

    /// <summary>Creates the publisher; the sender link is attached on the first publish.</summary>
    public AmqpFeedPublisher(AmqpConnection connection, TimeProvider time, ILogger<AmqpFeedPublisher> logger)
    {
        _time = time;
        _sender = new ConfirmedSender(connection, connection.Endpoint.QueueAddress, connection.Options.MaxInFlightSends, logger);
    }

    /// <summary>Messages sent and not yet accepted by the broker.</summary>
    public int InFlight => _sender.InFlight;

    /// <inheritdoc />
    public ValueTask PublishAsync(OutboundFeedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var createdAt = _time.GetUtcNow();
        return new ValueTask(_sender.SendAsync(() => AmqpFeedMessages.ToAmqp(message, createdAt), cancellationToken));
    }


    /// <summary>
    /// For containers disposed synchronously (a plain <c>using</c> of a host or service provider): waits for the
    /// asynchronous close, which is bounded by its own timeouts. Prefer <see cref="DisposeAsync"/>.
    /// </summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _sender.DisposeAsync();
}
