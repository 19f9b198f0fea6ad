using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Referrals;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// This deployment's subscription to the referral-events topic over AMQP 1.0: the feed receiver's link handling
/// (reconnects, credit, settlement, redelivery counting on RabbitMQ) on the subscription's address.
/// </summary>
public sealed class AmqpReferralEventReceiver : IReferralEventReceiver, IAsyncDisposable
{
    private readonly AmqpFeedReceiver _receiver;

    /// <summary>Creates the receiver on <paramref name="subscription"/>; its link is attached on the first receive.</summary>
    public AmqpReferralEventReceiver(
        AmqpConnection connection,
        AmqpTransportMetrics metrics,
        AmqpReferralEventOptions options,
        string subscription,
        TimeProvider time,
        ILogger<AmqpFeedReceiver> logger)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(subscription);
        Addresses = AmqpReferralEventAddresses.For(connection.Profile, options.Topic, subscription);
        _receiver = new AmqpFeedReceiver(connection, metrics, time, logger, Addresses.Receive, Addresses.DeadLetter, options.LinkCredit, recordsLatency: false);
    }

    /// <summary>Creates the receiver on the configured subscription, or the instance id when none is configured.</summary>
    public AmqpReferralEventReceiver(
        AmqpConnection connection,
        AmqpTransportMetrics metrics,
        IOptions<AmqpReferralEventOptions> options,
        IOptions<ReferralOptions> referralOptions,
        TimeProvider time,
        ILogger<AmqpFeedReceiver> logger)
        : this(
            connection,
            metrics,
            options?.Value ?? throw new ArgumentNullException(nameof(options)),
            options.Value.Subscription ?? referralOptions?.Value.InstanceId
                ?? throw new InvalidOperationException($"{AmqpReferralEventOptions.SectionName}:Subscription and {ReferralOptions.SectionName}:InstanceId have no value."),
            time,
            logger)
    {
    }

    internal AmqpReferralEventAddresses Addresses { get; }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<IFeedDelivery>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken) =>
        _receiver.ReceiveAsync(maxMessages, cancellationToken);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _receiver.DisposeAsync();
}
