using RegulatorHub.Application.Referrals;
using RegulatorHub.Messaging.InProcess;

namespace RegulatorHub.Messaging.Tests.Referrals;

/// <summary>Two deployments in one process on the in-process bus.</summary>
public sealed class InProcessReferralExchangeTests : ReferralExchangeTests
{
    protected override Task<(Func<IReferralEventPublisher> NewPublisher, Func<string, Task<IReferralEventReceiver>> SubscribeAsync, IAsyncDisposable Lifetime)> CreateBusAsync()
    {
        var bus = new InProcessReferralEventBus();
        return Task.FromResult<(Func<IReferralEventPublisher>, Func<string, Task<IReferralEventReceiver>>, IAsyncDisposable)>(
            (() => bus, name => Task.FromResult(bus.Subscribe(name)), new Nothing()));
    }

    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
