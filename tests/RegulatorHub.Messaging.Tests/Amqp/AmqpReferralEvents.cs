using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Messaging.Amqp;
using RegulatorHub.Testing.Brokers;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>
/// The AMQP referral-events adapter wired by hand on a RabbitMQ node: a fanout exchange per topic and, per
/// subscription, a queue bound to it, as the README tells operators to declare them.
/// </summary>
public sealed class AmqpReferralEvents : IAsyncDisposable
{
    private readonly RabbitMqBroker _broker;
    private readonly List<IAsyncDisposable> _owned = [];

    public AmqpReferralEvents(RabbitMqBroker broker, string topic)
    {
        _broker = broker;
        Options = new AmqpReferralEventOptions { Topic = topic, LinkCredit = 20 };
        Metrics = new AmqpTransportMetrics();
        Connection = NewConnection();
        Publisher = new AmqpReferralEventPublisher(
            Connection, Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<AmqpReferralEventPublisher>.Instance);
        _owned.Add(Publisher);
    }

    public AmqpReferralEventOptions Options { get; }

    public AmqpTransportMetrics Metrics { get; }

    public AmqpConnection Connection { get; }

    public AmqpReferralEventPublisher Publisher { get; }

    /// <summary>A fresh topic name, so tests sharing a broker do not see each other's messages.</summary>
    public static string FreshTopic() => $"referral-events-{Guid.NewGuid():N}"[..28];

    /// <summary>Declares the subscription's queue and binding, and opens a receiver on it (on its own connection).</summary>
    public async Task<IReferralEventReceiver> SubscribeAsync(string subscription)
    {
        await _broker.DeclareFanoutSubscriptionAsync(Options.Topic, $"{Options.Topic}.{subscription}");
        var connection = NewConnection();
        var receiver = new AmqpReferralEventReceiver(connection, Metrics, Options, subscription, TimeProvider.System, NullLogger<AmqpFeedReceiver>.Instance);
        _owned.Add(receiver);
        _owned.Add(connection);
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        await Connection.DisposeAsync();
        Metrics.Dispose();
    }

    private AmqpConnection NewConnection()
    {
        // The connection's own queue is not used by referral events; any valid name serves.
        var options = AmqpAdapter.OptionsFor(_broker, "unused");
        return new AmqpConnection(Microsoft.Extensions.Options.Options.Create(options), Metrics, TimeProvider.System, NullLogger<AmqpConnection>.Instance);
    }
}
