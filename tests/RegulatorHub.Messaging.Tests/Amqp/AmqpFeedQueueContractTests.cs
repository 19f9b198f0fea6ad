using RegulatorHub.Messaging.Tests.Contract;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>The port contract on the AMQP adapter against a real RabbitMQ 3.10 (AMQP 1.0 plugin), a fresh queue per test.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class AmqpFeedQueueContractTests(RabbitMqFixture rabbit) : FeedQueueContractTests, IClassFixture<RabbitMqFixture>
{
    protected override async Task<FeedQueueUnderTest> CreateQueueAsync()
    {
        var queue = await rabbit.DeclareFreshQueueAsync("contract");
        var adapter = AmqpAdapter.Create(AmqpAdapter.OptionsFor(rabbit.Broker, queue));
        return new FeedQueueUnderTest(adapter.Publisher, adapter.Receiver, adapter.DeadLetters, adapter.DisposeAsync);
    }
}
