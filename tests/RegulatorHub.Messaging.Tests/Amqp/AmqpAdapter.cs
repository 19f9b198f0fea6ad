using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Messaging.Amqp;
using RegulatorHub.Testing.Brokers;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>The AMQP adapter wired by hand (as DI would) on a RabbitMQ queue, for tests.</summary>
public sealed class AmqpAdapter : IAsyncDisposable
{
    private AmqpAdapter(AmqpMessagingOptions options)
    {
        var validation = new ValidateAmqpMessagingOptions().Validate(null, options);
        Assert.True(validation.Succeeded, validation.FailureMessage);
        Metrics = new AmqpTransportMetrics();
        Connection = new AmqpConnection(Options.Create(options), Metrics, TimeProvider.System, NullLogger<AmqpConnection>.Instance);
        Publisher = new AmqpFeedPublisher(Connection, TimeProvider.System, NullLogger<AmqpFeedPublisher>.Instance);
        Receiver = new AmqpFeedReceiver(Connection, Metrics, TimeProvider.System, NullLogger<AmqpFeedReceiver>.Instance);
        DeadLetters = new AmqpDeadLetterQueue(Connection, Publisher, NullLogger<AmqpDeadLetterQueue>.Instance);
    }

    public AmqpTransportMetrics Metrics { get; }

    public AmqpConnection Connection { get; }

    public AmqpFeedPublisher Publisher { get; }

    public AmqpFeedReceiver Receiver { get; }

    public AmqpDeadLetterQueue DeadLetters { get; }

    /// <summary>Options for <paramref name="queue"/> on <paramref name="broker"/>, with quick reconnects for tests.</summary>
    public static AmqpMessagingOptions OptionsFor(RabbitMqBroker broker, string queue) => new()
    {
        Profile = AmqpProfile.RabbitMq,
        ConnectionString = broker.AmqpUri,
        QueueName = queue,
        LinkCredit = 100,
        ReconnectBackoffMin = TimeSpan.FromMilliseconds(50),
        ReconnectBackoffMax = TimeSpan.FromSeconds(1),
        OperationTimeout = TimeSpan.FromSeconds(10),
    };

    public static AmqpAdapter Create(AmqpMessagingOptions options) => new(options);

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Publisher.DisposeAsync();
        await Connection.DisposeAsync();
        Metrics.Dispose();
    }
}
