using System.Collections.Concurrent;
using System.Threading.Channels;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.InProcess;

/// <summary>
/// The embedded default transport: a bounded in-memory queue between publishers and the ingestion worker in the
/// same process. A full queue makes publishers wait (back-pressure) instead of growing memory.
/// </summary>
/// <remarks>
/// Abandoned messages are redelivered ahead of new ones with their delivery count raised, as a broker would.
/// Messages are not durable: what is queued but not yet stored is lost if the process dies. Feeds that need
/// durability in transit go through a broker (AMQP adapter).
/// </remarks>
public sealed class InProcessFeedQueue : IFeedPublisher, IFeedReceiver, IDeadLetterQueue
{
    private readonly Channel<InProcessDelivery> _queue;
    private readonly ConcurrentQueue<InProcessDelivery> _redeliveries = new();
    private readonly Lock _deadLetterLock = new();
    private readonly List<DeadLetteredFeedMessage> _deadLetters = [];
    private long _pending;

    /// <summary>Creates a queue holding at most <paramref name="capacity"/> messages.</summary>
    public InProcessFeedQueue(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _queue = Channel.CreateBounded<InProcessDelivery>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>Messages published or handed back and not yet completed or dead-lettered.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Messages dead-lettered in this process, oldest first.</summary>
    public IReadOnlyList<DeadLetteredFeedMessage> DeadLetters
    {
        get
        {
            lock (_deadLetterLock)
            {
                return [.. _deadLetters];
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Held in memory only: a restart empties it.</remarks>
    public bool IsDurable => false;

    /// <inheritdoc />
    public async ValueTask PublishAsync(OutboundFeedMessage message, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _pending);
        try
        {
            await _queue.Writer.WriteAsync(new InProcessDelivery(this, message, 0, DateTimeOffset.UtcNow), cancellationToken);
        }
        catch
        {
            Interlocked.Decrement(ref _pending);
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<IFeedDelivery>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        var batch = new List<IFeedDelivery>(Math.Min(maxMessages, 4096));
        while (batch.Count < maxMessages && _redeliveries.TryDequeue(out var redelivery))
        {
            batch.Add(redelivery);
        }

        if (batch.Count == 0 && !_queue.Reader.TryPeek(out _))
        {
            // Nothing ready: wait for a publisher, but wake up periodically for redeliveries.
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(TimeSpan.FromMilliseconds(250));
            try
            {
                await _queue.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return batch;
            }
        }

        while (batch.Count < maxMessages && _queue.Reader.TryRead(out var delivery))
        {
            batch.Add(delivery);
        }

        return batch;
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<DeadLetteredFeedMessage>> PeekAsync(int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        lock (_deadLetterLock)
        {
            return ValueTask.FromResult<IReadOnlyList<DeadLetteredFeedMessage>>([.. _deadLetters.Take(maxMessages)]);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DeadLetteredFeedMessage>> ReplayAsync(
        Func<DeadLetteredFeedMessage, bool> select, int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(select);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        List<DeadLetteredFeedMessage> chosen;
        lock (_deadLetterLock)
        {
            chosen = [.. _deadLetters.Take(maxMessages).Where(select)];
        }

        foreach (var message in chosen)
        {
            await PublishAsync(new OutboundFeedMessage(message.MessageId, message.Body, message.ContentType), cancellationToken);
            lock (_deadLetterLock)
            {
                _deadLetters.Remove(message);
            }
        }

        return chosen;
    }

    private void Settled() => Interlocked.Decrement(ref _pending);

    private void Redeliver(InProcessDelivery delivery) =>
        _redeliveries.Enqueue(new InProcessDelivery(this, delivery.Message, delivery.DeliveryCount + 1, delivery.Enqueued));

    private void DeadLetter(InProcessDelivery delivery, string reason, string description)
    {
        var message = delivery.Message;
        lock (_deadLetterLock)
        {
            _deadLetters.Add(new DeadLetteredFeedMessage(message.MessageId, message.Body, message.ContentType, reason, description, DateTimeOffset.UtcNow));
        }

        Settled();
    }

    private sealed class InProcessDelivery(InProcessFeedQueue queue, OutboundFeedMessage message, int deliveryCount, DateTimeOffset enqueuedAt) : IFeedDelivery
    {
        private int _settled;

        public OutboundFeedMessage Message => message;

        public string MessageId => message.MessageId;

        public ReadOnlyMemory<byte> Body => message.Body;

        public int DeliveryCount => deliveryCount;

        public DateTimeOffset Enqueued => enqueuedAt;

        public DateTimeOffset? EnqueuedAt => enqueuedAt;

        public ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            if (TrySettle())
            {
                queue.Settled();
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask AbandonAsync(CancellationToken cancellationToken)
        {
            if (TrySettle())
            {
                queue.Redeliver(this);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask DeadLetterAsync(string reason, string description, CancellationToken cancellationToken)
        {
            if (TrySettle())
            {
                queue.DeadLetter(this, reason, description);
            }

            return ValueTask.CompletedTask;
        }

        // A delivery is settled once, as on a broker; later calls are ignored rather than double-counted.
        private bool TrySettle() => Interlocked.Exchange(ref _settled, 1) == 0;
    }
}
