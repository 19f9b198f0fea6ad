namespace RegulatorHub.Application.Referrals;

/// <summary>Port: publishes referral changes to the <c>referral-events</c> topic, for every other deployment.</summary>
public interface IReferralEventPublisher
{
    /// <summary>Publishes one message; completes when the transport has accepted it.</summary>
    Task PublishAsync(ReferralEventMessage message, CancellationToken cancellationToken);
}
