using System.Diagnostics;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Hosting.Publishing;
using RegulatorHub.Messaging.InProcess;

namespace RegulatorHub.Ingestion.Tests.Publishing;

public sealed class FeedSenderTests
{
    [Fact]
    public async Task SendAsync_FlatOut_EveryMessageAcceptedInOrder()
    {
        var queue = new InProcessFeedQueue(10_000);

        var sent = await new FeedSender(queue).SendAsync(Messages(2_000), ratePerSecond: null, progress: null, CancellationToken.None);

        Assert.Equal(2_000, sent);
        var received = await queue.ReceiveAsync(5_000, CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, 2_000).Select(i => $"s:{i}"), received.Select(d => d.MessageId));
    }

    [Fact]
    public async Task SendAsync_AtARate_TakesAtLeastTheTimeTheRateImplies()
    {
        var queue = new InProcessFeedQueue(1_000);
        var clock = Stopwatch.StartNew();

        await new FeedSender(queue).SendAsync(Messages(60), ratePerSecond: 100, progress: null, CancellationToken.None);

        // 60 messages at 100/s: the bucket starts with a few tokens, so at least ~0.5 s; only a lower bound is checked.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(450), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task SendAsync_PublisherFails_ErrorSurfaces()
    {
        var sender = new FeedSender(new FailingPublisher(failAt: 10));

        await Assert.ThrowsAsync<InvalidOperationException>(() => sender.SendAsync(Messages(100), null, null, CancellationToken.None));
    }

    [Fact]
    public async Task SendAsync_RateOutOfRange_NamesTheParameter()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            new FeedSender(new InProcessFeedQueue(10)).SendAsync(Messages(1), ratePerSecond: 0, null, CancellationToken.None));

        Assert.Equal("ratePerSecond", error.ParamName);
    }

    private static async IAsyncEnumerable<OutboundFeedMessage> Messages(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new OutboundFeedMessage($"s:{i}", new byte[] { 1 }, "application/json");
        }

        await Task.CompletedTask;
    }

    private sealed class FailingPublisher(int failAt) : IFeedPublisher
    {
        private int _calls;

        public async ValueTask PublishAsync(OutboundFeedMessage message, CancellationToken cancellationToken)
        {
            await Task.Yield();
            if (Interlocked.Increment(ref _calls) == failAt)
            {
                throw new InvalidOperationException("The broker rejected the message.");
            }
        }
    }
}
