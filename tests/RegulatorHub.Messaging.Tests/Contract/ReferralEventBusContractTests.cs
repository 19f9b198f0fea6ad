using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Messaging.Tests.Referrals;

namespace RegulatorHub.Messaging.Tests.Contract;

/// <summary>
/// The behaviour every adapter of the referral-events ports promises: a topic whose every subscription gets each
/// message once, as <c>referral-event/v1</c> JSON, with manual settlement. Each subclass supplies a fresh topic per test.
/// </summary>
public abstract class ReferralEventBusContractTests : IAsyncLifetime
{
    private static readonly TimeSpan s_receiveTimeout = TimeSpan.FromSeconds(10);
    private ReferralBusUnderTest? _bus;

    private ReferralBusUnderTest Bus => _bus ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync() => _bus = await CreateBusAsync();

    public async Task DisposeAsync()
    {
        if (_bus is not null)
        {
            await _bus.DisposeAsync();
        }
    }

    /// <summary>A new topic with no subscriptions, and the adapter's publisher on it.</summary>
    protected abstract Task<ReferralBusUnderTest> CreateBusAsync();

    [Fact]
    public async Task Publish_EverySubscriptionReceivesTheMessageOnceAsItsJson()
    {
        var hangzhou = await Bus.SubscribeAsync("instance-hz");
        var shanghai = await Bus.SubscribeAsync("instance-sh");
        var message = ReferralMessages.New("instance-hz");

        await Bus.Publisher.PublishAsync(message, CancellationToken.None);

        foreach (var receiver in new[] { hangzhou, shanghai })
        {
            var delivery = Assert.Single(await ReceiveAsync(receiver, 1));
            Assert.Equal(message.MessageId, delivery.MessageId);
            Assert.Equal(0, delivery.DeliveryCount);
            var read = ReferralJson.DeserializeMessage(delivery.Body);
            Assert.Equal(("instance-hz", message.Referral.Id, 1), (read.OriginInstance, read.Referral.Id, read.Referral.Version));
            Assert.Equal(message.Referral.Referral.Events, read.Referral.Referral.Events);
            Assert.Equal(message.Referral.Snapshot, read.Referral.Snapshot);
            await delivery.CompleteAsync(CancellationToken.None);
            await AssertNothingArrivesAsync(receiver);
        }
    }

    [Fact]
    public async Task Abandon_RedeliversToThatSubscriptionWithAHigherDeliveryCount()
    {
        var receiver = await Bus.SubscribeAsync("instance-sh");
        var message = ReferralMessages.New();
        await Bus.Publisher.PublishAsync(message, CancellationToken.None);
        var first = Assert.Single(await ReceiveAsync(receiver, 1));

        await first.AbandonAsync(CancellationToken.None);
        var second = Assert.Single(await ReceiveAsync(receiver, 1));

        Assert.Equal(message.MessageId, second.MessageId);
        Assert.True(second.DeliveryCount > first.DeliveryCount, $"delivery count {second.DeliveryCount} after {first.DeliveryCount}");
        Assert.Equal(first.Body.ToArray(), second.Body.ToArray());
        await second.CompleteAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Receive_ReturnsAtMostMaxMessagesAndEveryMessageInTheEnd()
    {
        var receiver = await Bus.SubscribeAsync("instance-sh");
        var messages = Enumerable.Range(0, 5).Select(_ => ReferralMessages.New()).ToList();
        foreach (var message in messages)
        {
            await Bus.Publisher.PublishAsync(message, CancellationToken.None);
        }

        var received = new List<IFeedDelivery>();
        using var timeout = new CancellationTokenSource(s_receiveTimeout);
        while (received.Count < messages.Count)
        {
            var batch = await receiver.ReceiveAsync(2, timeout.Token);
            Assert.InRange(batch.Count, 1, 2);
            received.AddRange(batch);
        }

        Assert.Equal(messages.Select(m => m.MessageId).Order(), received.Select(d => d.MessageId).Order());
        foreach (var delivery in received)
        {
            await delivery.CompleteAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Receive_OnAnEmptySubscription_HonoursCancellation()
    {
        var receiver = await Bus.SubscribeAsync("instance-sh");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            while (true)
            {
                Assert.Empty(await receiver.ReceiveAsync(10, cancellation.Token));
            }
        });
    }

    private static async Task<List<IFeedDelivery>> ReceiveAsync(IReferralEventReceiver receiver, int count)
    {
        var received = new List<IFeedDelivery>();
        using var timeout = new CancellationTokenSource(s_receiveTimeout);
        while (received.Count < count)
        {
            received.AddRange(await receiver.ReceiveAsync(count - received.Count, timeout.Token));
        }

        return received;
    }

    /// <summary>Nothing more is delivered to <paramref name="receiver"/> within a second.</summary>
    private static async Task AssertNothingArrivesAsync(IReferralEventReceiver receiver)
    {
        using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            while (!quiet.IsCancellationRequested)
            {
                Assert.Empty((await receiver.ReceiveAsync(10, quiet.Token)).Select(d => d.MessageId));
            }
        }
        catch (OperationCanceledException) when (quiet.IsCancellationRequested)
        {
            // quiet for the whole second
        }
    }
}
