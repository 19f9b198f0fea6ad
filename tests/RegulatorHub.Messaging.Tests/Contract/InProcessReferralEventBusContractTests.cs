using RegulatorHub.Messaging.InProcess;

namespace RegulatorHub.Messaging.Tests.Contract;

/// <summary>The referral-events contract on the embedded in-process bus.</summary>
public sealed class InProcessReferralEventBusContractTests : ReferralEventBusContractTests
{
    protected override Task<ReferralBusUnderTest> CreateBusAsync()
    {
        var bus = new InProcessReferralEventBus();
        return Task.FromResult(new ReferralBusUnderTest(bus, name => Task.FromResult(bus.Subscribe(name)), () => ValueTask.CompletedTask));
    }
}
