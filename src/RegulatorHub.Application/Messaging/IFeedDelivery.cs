namespace RegulatorHub.Application.Messaging;

/// <summary>
/// One received message awaiting settlement. Exactly one of the settle methods is called, and only after the
/// outcome is durable (stored or quarantined), which gives at-least-once processing.
/// </summary>
public interface IFeedDelivery
{
    /// <summary>The sender's message id (source + case id).</summary>
    string MessageId { get; }

    /// <summary>The message body.</summary>
    ReadOnlyMemory<byte> Body { get; }

    /// <summary>How many times this message was delivered before, as far as the transport knows.</summary>
    int DeliveryCount { get; }

    /// <summary>
    /// When the message was sent or enqueued, where the transport records it; the start of its end-to-end latency.
    /// </summary>
    DateTimeOffset? EnqueuedAt => null;

    /// <summary>Done with: remove from the queue.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);

    /// <summary>Could not be handled now (a transient failure): make it available again.</summary>
    ValueTask AbandonAsync(CancellationToken cancellationToken);

    /// <summary>Can never be handled: move to the dead-letter queue with a reason.</summary>
    ValueTask DeadLetterAsync(string reason, string description, CancellationToken cancellationToken);
}
