using System.Collections.Concurrent;
using System.Threading.Channels;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Referrals;

namespace RegulatorHub.Messaging.InProcess;

/// <summary>
/// The embedded referral-events topic: every subscription made with <see cref="Subscribe"/> gets its own copy of each
/// message published after it was made, as the JSON a broker would carry. In one deployment the only subscriber is the
/// deployment itself, which ignores its own messages; tests run several deployments on one bus.
/// </summary>
/// <remarks>
/// Abandoned messages are delivered again with their delivery count raised. Nothing is durable: messages not yet
/// received are lost with the process, which is harmless here (the stores hold every change; the bus only tells
/// others). Deployments that exchange referrals use a broker (AMQP adapter).
/// </remarks>
public sealed class InProcessReferralEventBus(TimeProvider? time = null) : IReferralEventPublisher
{
    private readonly ConcurrentDictionary<string, Subscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The subscription <paramref name="name"/>, made on first use.</summary>
    public IReferralEventReceiver Subscribe(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return _subscriptions.GetOrAdd(name, _ => new Subscription());
    }

    /// <inheritdoc />
    public Task PublishAsync(ReferralEventMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var body = ReferralJson.SerializeMessage(message);
        var at = _time.GetUtcNow();
        foreach (var subscription in _subscriptions.Values)
        {
            subscription.Enqueue(new Delivery(subscription, message.MessageId, body, 0, at));
        }

        return Task.CompletedTask;
    }

    private sealed class Subscription : IReferralEventReceiver
    {
        private readonly Channel<Delivery> _queue = Channel.CreateUnbounded<Delivery>();

        public void Enqueue(Delivery delivery) => _queue.Writer.TryWrite(delivery);

        public async ValueTask<IReadOnlyList<IFeedDelivery>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
            var batch = new List<IFeedDelivery>();
            while (batch.Count == 0)
            {
                await _queue.Reader.WaitToReadAsync(cancellationToken);
                while (batch.Count < maxMessages && _queue.Reader.TryRead(out var delivery))
                {
                    batch.Add(delivery);
                }
            }

            return batch;
        }
    }

    private sealed class Delivery(Subscription subscription, string messageId, byte[] body, int deliveryCount, DateTimeOffset enqueuedAt) : IFeedDelivery
    {
        private int _settled;

        public string MessageId => messageId;

        public ReadOnlyMemory<byte> Body => body;

        public int DeliveryCount => deliveryCount;

        public DateTimeOffset? EnqueuedAt => enqueuedAt;

        public ValueTask CompleteAsync(CancellationToken cancellationToken)
        {
            TrySettle();
            return ValueTask.CompletedTask;
        }

        public ValueTask AbandonAsync(CancellationToken cancellationToken)
        {
            if (TrySettle())
            {
                subscription.Enqueue(new Delivery(subscription, messageId, body, deliveryCount + 1, enqueuedAt));
            }

            return ValueTask.CompletedTask;
        }

        // The consumer keeps refused referral events in the store's quarantine, never in a dead-letter queue; one
        // dead-lettered here would be lost with the process, so it is refused loudly instead.
        public ValueTask DeadLetterAsync(string reason, string description, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The in-process referral-events bus has no dead-letter queue: quarantine the message in the store instead.");

        private bool TrySettle() => Interlocked.Exchange(ref _settled, 1) == 0;
    }
}
