using System.Text;
using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Messaging.Amqp;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>
/// The referral-events receiver shares the feed's connection in a host: a subscription the operator has not declared
/// yet must cost only its own link, never the complaint feed.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class AmqpReferralEventIsolationTests(RabbitMqFixture rabbit) : IClassFixture<RabbitMqFixture>
{
    [Fact]
    public async Task MissingSubscriptionQueue_OnlyItsLinkFailsAndTheFeedOnTheSameConnectionKeepsWorking()
    {
        var queue = await rabbit.DeclareFreshQueueAsync("isolation");
        await using var adapter = AmqpAdapter.Create(AmqpAdapter.OptionsFor(rabbit.Broker, queue));
        var linkLosses = new CountingLogger();
        await using var referrals = new AmqpReferralEventReceiver(
            adapter.Connection, adapter.Metrics, new AmqpReferralEventOptions { Topic = AmqpReferralEvents.FreshTopic() }, "undeclared",
            TimeProvider.System, linkLosses);
        using var stop = new CancellationTokenSource();
        var waiting = referrals.ReceiveAsync(10, stop.Token).AsTask();

        // The attach is refused and tried again: two refusals seen.
        await linkLosses.WaitForWarningsAsync(2, TimeSpan.FromSeconds(20));
        for (var i = 0; i < 3; i++)
        {
            await adapter.Publisher.PublishAsync(new OutboundFeedMessage($"cfpb:{i}", Encoding.UTF8.GetBytes("{}"), "application/json"), CancellationToken.None);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var delivery = Assert.Single(await adapter.Receiver.ReceiveAsync(1, timeout.Token));
            await delivery.CompleteAsync(CancellationToken.None);
        }

        Assert.Equal(0, adapter.Metrics.Reconnects);
        Assert.True(adapter.Connection.IsConnected);
        Assert.False(waiting.IsCompleted);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    /// <summary>Counts warnings (the receiver logs one per lost or refused link) and lets a test wait for a number of them.</summary>
    private sealed class CountingLogger : ILogger<AmqpFeedReceiver>
    {
        private readonly SemaphoreSlim _warnings = new(0);

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                _warnings.Release();
            }
        }

        public async Task WaitForWarningsAsync(int count, TimeSpan timeout)
        {
            using var deadline = new CancellationTokenSource(timeout);
            for (var i = 0; i < count; i++)
            {
                await _warnings.WaitAsync(deadline.Token);
            }
        }
    }
}
