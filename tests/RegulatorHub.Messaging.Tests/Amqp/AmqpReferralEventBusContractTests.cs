using RegulatorHub.Messaging.Tests.Contract;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>The referral-events contract on the AMQP adapter against a real RabbitMQ 3.10, a fresh exchange per test.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class AmqpReferralEventBusContractTests(RabbitMqFixture rabbit) : ReferralEventBusContractTests, IClassFixture<RabbitMqFixture>
{
    protected override Task<ReferralBusUnderTest> CreateBusAsync()
    {
        var events = new AmqpReferralEvents(rabbit.Broker, AmqpReferralEvents.FreshTopic());
        return Task.FromResult(new ReferralBusUnderTest(events.Publisher, events.SubscribeAsync, events.DisposeAsync));
    }
}
