namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Counts how often each message id was handed out, for brokers that do not count (RabbitMQ reports delivery-count 0).
/// Bounded: past <c>capacity</c> ids the oldest are forgotten, so a message could then be handed out a few more
/// times than the limit; the queue's own <c>x-delivery-limit</c> is the backstop. Counts live in this process only.
/// </summary>
internal sealed class RedeliveryTracker(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _deliveries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>Records a delivery of <paramref name="messageId"/>; returns how many times it was delivered before.</summary>
    public int RecordDelivery(string messageId)
    {
        lock (_lock)
        {
            if (_deliveries.TryGetValue(messageId, out var before))
            {
                _deliveries[messageId] = before + 1;
                return before;
            }

            while (_deliveries.Count >= capacity && _order.TryDequeue(out var oldest))
            {
                _deliveries.Remove(oldest);
            }

            _deliveries[messageId] = 1;
            _order.Enqueue(messageId);
            return 0;
        }
    }

    /// <summary>Forgets <paramref name="messageId"/>: it left the queue (completed or dead-lettered).</summary>
    public void Forget(string messageId)
    {
        lock (_lock)
        {
            // The id stays in the order queue until it reaches the front; removing it there is a no-op then.
            _deliveries.Remove(messageId);
        }
    }
}
