using RegulatorHub.Application.Referrals;
using RegulatorHub.Messaging.Tests.Referrals;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>Two deployments, each with its own connections, exchanging referrals through one RabbitMQ broker.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class AmqpReferralExchangeTests(RabbitMqFixture rabbit) : ReferralExchangeTests, IClassFixture<RabbitMqFixture>
{
    protected override Task<(Func<IReferralEventPublisher> NewPublisher, Func<string, Task<IReferralEventReceiver>> SubscribeAsync, IAsyncDisposable Lifetime)> CreateBusAsync()
    {
        var topic = AmqpReferralEvents.FreshTopic();
        var buses = new Buses();

        // Each deployment publishes through its own connection; the subscriptions live on the first adapter.
        var subscriptions = new AmqpReferralEvents(rabbit.Broker, topic);
        buses.Add(subscriptions);
        IReferralEventPublisher NewPublisher()
        {
            var events = new AmqpReferralEvents(rabbit.Broker, topic);
            buses.Add(events);
            return events.Publisher;
        }

        return Task.FromResult<(Func<IReferralEventPublisher>, Func<string, Task<IReferralEventReceiver>>, IAsyncDisposable)>(
            (NewPublisher, subscriptions.SubscribeAsync, buses));
    }

    private sealed class Buses : IAsyncDisposable
    {
        private readonly List<AmqpReferralEvents> _all = [];

        public void Add(AmqpReferralEvents events) => _all.Add(events);

        public async ValueTask DisposeAsync()
        {
            foreach (var events in _all)
            {
                await events.DisposeAsync();
            }
        }
    }
}
