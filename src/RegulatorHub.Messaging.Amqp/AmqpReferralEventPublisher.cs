using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Referrals;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Publishes referral changes to the referral-events topic over AMQP 1.0: durable messages, the
/// <c>referral-event/v1</c> JSON as one Data section, message id <c>{referral id}:{version}</c>. Completes when the
/// broker accepted the message; unconfirmed messages are sent again after a lost connection (receivers ignore repeats).
/// </summary>
public sealed class AmqpReferralEventPublisher : IReferralEventPublisher, IAsyncDisposable
{
    private readonly ConfirmedSender _sender;
    private readonly TimeProvider _time;

    /// <summary>Creates the publisher; the sender link is attached on the first publish.</summary>
    public AmqpReferralEventPublisher(
        AmqpConnection connection, IOptions<AmqpReferralEventOptions> options, TimeProvider time, ILogger<AmqpReferralEventPublisher> logger)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        _time = time;

        // The subscription plays no part in sending; any name gives the same send address.
        var addresses = AmqpReferralEventAddresses.For(connection.Profile, options.Value.Topic, "-");
        _sender = new ConfirmedSender(connection, addresses.Send, maxInFlight: 100, logger);
    }

    /// <inheritdoc />
    public Task PublishAsync(ReferralEventMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var outbound = new OutboundFeedMessage(message.MessageId, ReferralJson.SerializeMessage(message), ReferralEventMessage.ContentType);
        var createdAt = _time.GetUtcNow();
        return _sender.SendAsync(() => AmqpFeedMessages.ToAmqp(outbound, createdAt), cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _sender.DisposeAsync();
}
