using System.Text;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.Tests.Contract;

/// <summary>
/// The behaviour every adapter of the messaging ports promises (publisher, receiver, settlement, dead-letter queue).
/// Each subclass supplies a fresh queue per test.
/// </summary>
public abstract class FeedQueueContractTests : IAsyncLifetime
{
    private const string ContentType = "application/vnd.regulatorhub.feed+json;v=1";
    private static readonly TimeSpan s_receiveTimeout = TimeSpan.FromSeconds(10);
    private FeedQueueUnderTest? _queue;

    private IFeedPublisher Publisher => _queue!.Publisher;

    private IFeedReceiver Receiver => _queue!.Receiver;

    private IDeadLetterQueue DeadLetters => _queue!.DeadLetters;

    public async Task InitializeAsync() => _queue = await CreateQueueAsync();

    public async Task DisposeAsync()
    {
        if (_queue is not null)
        {
            await _queue.DisposeAsync();
        }
    }

    /// <summary>A new, empty queue with its dead-letter queue, and the adapter's three ports on it.</summary>
    protected abstract Task<FeedQueueUnderTest> CreateQueueAsync();

    [Fact]
    public async Task Publish_ThenReceive_SameIdBodyAndContentType()
    {
        var message = Message("cfpb:1001", """{"caseId":"1001"}""");
        await Publisher.PublishAsync(message, CancellationToken.None);

        var delivery = Assert.Single(await ReceiveAsync(1));

        Assert.Equal("cfpb:1001", delivery.MessageId);
        Assert.Equal(message.Body.ToArray(), delivery.Body.ToArray());
        Assert.Equal(0, delivery.DeliveryCount);
        await delivery.CompleteAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Complete_RemovesTheMessage()
    {
        await Publisher.PublishAsync(Message("cfpb:2001"), CancellationToken.None);
        var delivery = Assert.Single(await ReceiveAsync(1));

        await delivery.CompleteAsync(CancellationToken.None);

        await AssertNothingArrivesAsync();
    }

    [Fact]
    public async Task Abandon_RedeliversWithAHigherDeliveryCount()
    {
        await Publisher.PublishAsync(Message("cfpb:3001"), CancellationToken.None);
        var first = Assert.Single(await ReceiveAsync(1));

        await first.AbandonAsync(CancellationToken.None);
        var second = Assert.Single(await ReceiveAsync(1));

        Assert.Equal("cfpb:3001", second.MessageId);
        Assert.True(second.DeliveryCount > first.DeliveryCount, $"delivery count {second.DeliveryCount} after {first.DeliveryCount}");
        await second.CompleteAsync(CancellationToken.None);
    }

    [Fact]
    public async Task DeadLetter_PutsItInTheDeadLetterQueueWithReasonAndDescription()
    {
        var message = Message("cfpb:4001", """{"bad":true}""");
        await Publisher.PublishAsync(message, CancellationToken.None);
        var delivery = Assert.Single(await ReceiveAsync(1));

        await delivery.DeadLetterAsync("invalid", "merchant.name: required", CancellationToken.None);

        var deadLettered = Assert.Single(await DeadLetters.PeekAsync(10, CancellationToken.None));
        Assert.Equal("cfpb:4001", deadLettered.MessageId);
        Assert.Equal("invalid", deadLettered.Reason);
        Assert.Equal("merchant.name: required", deadLettered.Description);
        Assert.Equal(message.Body.ToArray(), deadLettered.Body.ToArray());
        Assert.Equal(ContentType, deadLettered.ContentType);
        await AssertNothingArrivesAsync();
    }

    [Fact]
    public async Task Peek_LeavesTheMessagesInPlace()
    {
        await DeadLetterAsync("cfpb:5001", "cfpb:5002");

        var first = await DeadLetters.PeekAsync(10, CancellationToken.None);
        var second = await DeadLetters.PeekAsync(10, CancellationToken.None);

        Assert.Equal(["cfpb:5001", "cfpb:5002"], first.Select(m => m.MessageId).Order());
        Assert.Equal(["cfpb:5001", "cfpb:5002"], second.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task Peek_ReturnsAtMostMax()
    {
        await DeadLetterAsync("cfpb:5101", "cfpb:5102", "cfpb:5103");

        var peeked = await DeadLetters.PeekAsync(2, CancellationToken.None);

        Assert.Equal(2, peeked.Count);
    }

    [Fact]
    public async Task Replay_MovesOnlyTheSelectedBackToTheQueue()
    {
        await DeadLetterAsync("cfpb:6001", "cfpb:6002", "cfpb:6003");

        var replayed = await DeadLetters.ReplayAsync(m => m.MessageId == "cfpb:6002", 10, CancellationToken.None);

        Assert.Equal("cfpb:6002", Assert.Single(replayed).MessageId);
        var redelivered = Assert.Single(await ReceiveAsync(1));
        Assert.Equal("cfpb:6002", redelivered.MessageId);
        await redelivered.CompleteAsync(CancellationToken.None);
        var left = await DeadLetters.PeekAsync(10, CancellationToken.None);
        Assert.Equal(["cfpb:6001", "cfpb:6003"], left.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task Receive_ReturnsAtMostMaxMessages()
    {
        for (var i = 0; i < 5; i++)
        {
            await Publisher.PublishAsync(Message($"cfpb:70{i}"), CancellationToken.None);
        }

        var received = new List<IFeedDelivery>();
        using var timeout = new CancellationTokenSource(s_receiveTimeout);
        while (received.Count < 5)
        {
            var batch = await Receiver.ReceiveAsync(3, timeout.Token);
            Assert.True(batch.Count <= 3, $"a batch of {batch.Count} for max 3");
            received.AddRange(batch);
        }

        Assert.Equal(5, received.Select(d => d.MessageId).Distinct().Count());
        foreach (var delivery in received)
        {
            await delivery.CompleteAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Settle_Twice_SecondCallIsIgnored()
    {
        await Publisher.PublishAsync(Message("cfpb:8001"), CancellationToken.None);
        var delivery = Assert.Single(await ReceiveAsync(1));

        await delivery.CompleteAsync(CancellationToken.None);
        await delivery.CompleteAsync(CancellationToken.None);
        await delivery.AbandonAsync(CancellationToken.None);
        await delivery.DeadLetterAsync("late", "ignored", CancellationToken.None);

        await AssertNothingArrivesAsync();
        Assert.Empty(await DeadLetters.PeekAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Receive_OnAnEmptyQueue_HonoursCancellation()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            while (true)
            {
                Assert.Empty(await Receiver.ReceiveAsync(10, cancellation.Token));
            }
        });
    }

    protected static OutboundFeedMessage Message(string id, string? json = null) =>
        new(id, Encoding.UTF8.GetBytes(json ?? $$"""{"id":"{{id}}"}"""), ContentType);

    /// <summary>Receives until <paramref name="count"/> messages arrived (fails after a generous timeout).</summary>
    protected async Task<List<IFeedDelivery>> ReceiveAsync(int count)
    {
        var received = new List<IFeedDelivery>();
        using var timeout = new CancellationTokenSource(s_receiveTimeout);
        while (received.Count < count)
        {
            received.AddRange(await Receiver.ReceiveAsync(count - received.Count, timeout.Token));
        }

        return received;
    }

    private async Task DeadLetterAsync(params string[] ids)
    {
        foreach (var id in ids)
        {
            await Publisher.PublishAsync(Message(id), CancellationToken.None);
        }

        foreach (var delivery in await ReceiveAsync(ids.Length))
        {
            await delivery.DeadLetterAsync("invalid", "test", CancellationToken.None);
        }
    }

    /// <summary>Nothing is delivered within a second (the queue is empty and stays so).</summary>
    private async Task AssertNothingArrivesAsync()
    {
        using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        try
        {
            while (!quiet.IsCancellationRequested)
            {
                var batch = await Receiver.ReceiveAsync(10, quiet.Token);
                Assert.Empty(batch.Select(d => d.MessageId));
            }
        }
        catch (OperationCanceledException) when (quiet.IsCancellationRequested)
        {
            // quiet for the whole second
        }
    }
}
