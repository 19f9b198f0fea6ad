using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// Port: this deployment's subscription to the <c>referral-events</c> topic, with manual settlement. Deliveries follow
/// the same contract as feed deliveries (<see cref="IFeedDelivery"/>): settled once, after the outcome is durable.
/// </summary>
public interface IReferralEventReceiver
{
    /// <summary>Waits for at least one message, then returns up to <paramref name="maxMessages"/> that are ready.</summary>
    ValueTask<IReadOnlyList<IFeedDelivery>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken);
}
