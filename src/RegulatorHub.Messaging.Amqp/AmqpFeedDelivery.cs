using Amqp;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>One message received on a receiver link, settled once through the receiver that owns the link.</summary>
internal sealed class AmqpFeedDelivery(
    AmqpFeedReceiver receiver, ReceiverLink link, Message message, string messageId, ReadOnlyMemory<byte> body, int deliveryCount)
    : IFeedDelivery
{
    private int _settled;

    public string MessageId => messageId;

    public ReadOnlyMemory<byte> Body => body;

    public int DeliveryCount => deliveryCount;

    // Service Bus stamps the enqueue time; RabbitMQ does not, so the sender's creation time stands in.
    public DateTimeOffset? EnqueuedAt => AmqpFeedMessages.EnqueuedTimeOf(message) ?? AmqpFeedMessages.CreationTimeOf(message);

    public ReceiverLink Link => link;

    public Message Message => message;

    public ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (TrySettle())
        {
            receiver.Complete(this);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask AbandonAsync(CancellationToken cancellationToken)
    {
        if (TrySettle())
        {
            receiver.Abandon(this);
        }

        return ValueTask.CompletedTask;
    }

    public async ValueTask DeadLetterAsync(string reason, string description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(description);
        if (!TrySettle())
        {
            return;
        }

        try
        {
            await receiver.DeadLetterAsync(this, reason, description, cancellationToken);
        }
        catch
        {
            // Nothing was settled (the dead-letter copy was not confirmed): the caller may still abandon it.
            Volatile.Write(ref _settled, 0);
            throw;
        }
    }

    // A delivery is settled once; later calls are ignored, as the port promises.
    private bool TrySettle() => Interlocked.Exchange(ref _settled, 1) == 0;
}
