using RegulatorHub.Testing.Brokers;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>One private RabbitMQ node per test class (started once, ended with every process it started).</summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    public RabbitMqBroker Broker { get; } = new();

    public Task InitializeAsync() => Broker.StartAsync();

    public Task DisposeAsync() => Broker.DisposeAsync().AsTask();

    /// <summary>Declares a queue with a name no other test uses, and its <c>.dlq</c>.</summary>
    public async Task<string> DeclareFreshQueueAsync(string prefix, int? deliveryLimit = null)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
        await Broker.DeclareQueueAsync(name, deliveryLimit);
        return name;
    }
}

/// <summary>
/// AMQP test classes run one after another: each boots its own broker, and two booting at once on 2 cores would
/// only make both slow.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection
{
    public const string Name = "RabbitMQ";
}
