using RegulatorHub.Application.Referrals;

namespace RegulatorHub.Messaging.Tests.Contract;

/// <summary>One adapter's referral-events publisher over a fresh topic, how to subscribe to it, and what to dispose after.</summary>
/// <param name="Publisher">Publishes to the topic.</param>
/// <param name="SubscribeAsync">Makes (or opens) the named subscription and returns its receiver.</param>
/// <param name="DisposeAsync">Disposes everything made.</param>
public sealed record ReferralBusUnderTest(
    IReferralEventPublisher Publisher, Func<string, Task<IReferralEventReceiver>> SubscribeAsync, Func<ValueTask> DisposeAsync);
