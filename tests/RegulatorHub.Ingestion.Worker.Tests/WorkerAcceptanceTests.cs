using System.Security.Cryptography;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Storage;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Hosting.Publishing;
using RegulatorHub.Synthetic;
using RegulatorHub.Synthetic.Malformed;
using RegulatorHub.Testing.Brokers;

namespace RegulatorHub.Ingestion.Worker.Tests;

/// <summary>
/// The worker host against a real RabbitMQ node, as issue 4's acceptance asks: killed mid-stream, broker restarted
/// under it, fed bad input. Each test has its own queue and store; the broker is shared by the class.
/// </summary>
public sealed class WorkerAcceptanceTests(RabbitMqFixture fixture) : IClassFixture<RabbitMqFixture>, IDisposable
{
    private static readonly TimeSpan s_patience = TimeSpan.FromMinutes(4);
    private readonly DirectoryInfo _store = Directory.CreateTempSubdirectory("regulatorhub-worker-test-");

    [Fact]
    public async Task Worker_KilledMidStreamAndRestarted_EveryComplaintStoredExactlyOnce()
    {
        const int count = 100_000;
        var queue = await fixture.NewQueueAsync();
        using var client = new BrokerClient(fixture.Broker, queue);
        Assert.Equal(count, await client.PublishAsync(DistinctMessages(count)));

        var probe = new StoreProbe(_store.FullName);
        await using (var first = StartWorker(queue))
        {
            await probe.WaitForAtLeastAsync(count / 4, s_patience, () => first.Output);
            await first.KillAsync();
        }

        var (rowsAtKill, _) = await probe.CountComplaintsAsync();
        Assert.InRange(rowsAtKill, count / 4, count - 1); // killed mid-stream, not after the end

        await using var second = StartWorker(queue);
        await probe.WaitForAtLeastAsync(count, s_patience, () => second.Output);
        await fixture.Broker.WaitForMessageCountAsync(queue, 0, s_patience);

        var (rows, distinct) = await probe.CountComplaintsAsync();
        Assert.Equal(count, rows);
        Assert.Equal(count, distinct);
        Assert.Equal(0, await fixture.Broker.GetMessageCountAsync(RabbitMqBroker.DeadLetterQueueOf(queue)));
    }

    [Fact]
    public async Task Worker_BrokerRestartsDuringIngestion_ReconnectsAndLosesNothing()
    {
        const int count = 30_000;
        var queue = await fixture.NewQueueAsync();
        using (var client = new BrokerClient(fixture.Broker, queue))
        {
            Assert.Equal(count, await client.PublishAsync(DistinctMessages(count)));
        }

        var probe = new StoreProbe(_store.FullName);
        await using var worker = StartWorker(queue);
        await probe.WaitForAtLeastAsync(count / 5, s_patience, () => worker.Output);
        await fixture.Broker.RestartAsync();

        await probe.WaitForAtLeastAsync(count, s_patience, () => worker.Output);
        await fixture.Broker.WaitForMessageCountAsync(queue, 0, s_patience);
        Assert.Equal((count, count), await probe.CountComplaintsAsync());
        Assert.False(worker.HasExited, worker.Output);
    }

    [Fact]
    public async Task Worker_TenThousandBadMessagesAmongValidOnes_EveryBadOneDeadLetteredWithReasonEveryValidOneStoredOnce()
    {
        const int valid = 20_000, bad = 10_000;
        var queue = await fixture.NewQueueAsync();
        var badIds = new Dictionary<string, MalformedKind>();
        using var client = new BrokerClient(fixture.Broker, queue);
        Assert.Equal(valid + bad, await client.PublishAsync(MixedMessages(valid, bad, badIds)));

        var probe = new StoreProbe(_store.FullName);
        await using var worker = StartWorker(queue);
        await probe.WaitForAtLeastAsync(valid, s_patience, () => worker.Output);
        await fixture.Broker.WaitForMessageCountAsync(RabbitMqBroker.DeadLetterQueueOf(queue), bad, s_patience);
        await fixture.Broker.WaitForMessageCountAsync(queue, 0, s_patience);

        Assert.Equal((valid, valid), await probe.CountComplaintsAsync());
        var listed = await client.DeadLetters.PeekAsync(100, CancellationToken.None);
        Assert.Equal(100, listed.Count);
        Assert.All(listed, d => Assert.Equal(ExpectedReason(badIds[d.MessageId]), d.Reason));

        var deadLetters = await DeadLetterDrain.DrainAsync(fixture.Broker, queue, bad);
        Assert.Equal(badIds.Keys.Order(StringComparer.Ordinal), deadLetters.Select(d => d.MessageId).Order(StringComparer.Ordinal));
        Assert.All(deadLetters, d =>
        {
            Assert.Equal(ExpectedReason(badIds[d.MessageId]), d.Reason);
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
        });
        Assert.False(worker.HasExited, worker.Output);
    }

    public void Dispose() => _store.Delete(recursive: true);

    private WorkerProcess StartWorker(string queue)
    {
        var settings = BrokerClient.BrokerSettings(fixture.Broker, queue);
        settings["Storage:DataDirectory"] = _store.FullName;
        settings["Ingestion:PseudonymKey"] = fixture.PseudonymKey;
        return WorkerProcess.Start(settings);
    }

    // Every message a different case: the store must end with exactly as many complaints as were sent.
    private static IAsyncEnumerable<OutboundFeedMessage> DistinctMessages(int count) =>
        FeedSources.Synthetic(SyntheticFeedOptions.Default with { Complaints = count, ResendShare = 0, Seed = 41 });

    // Every third message broken, cycling through every kind of damage; the other two valid and distinct.
    private static async IAsyncEnumerable<OutboundFeedMessage> MixedMessages(int valid, int bad, Dictionary<string, MalformedKind> badIds)
    {
        var generator = new SyntheticFeedGenerator(SyntheticFeedOptions.Default with { Complaints = valid + bad, ResendShare = 0, Seed = 43 });
        var sentValid = 0;
        foreach (var message in generator.Generate().Select(c => c.Message))
        {
            var id = FeedMessageSerializer.MessageIdFor(message.Source!, message.CaseId!);
            if (badIds.Count < bad && (sentValid == valid || (sentValid + badIds.Count) % 3 == 0))
            {
                var kind = MalformedFeedMaker.KindFor(badIds.Count);
                badIds[id] = kind;
                yield return new OutboundFeedMessage(id, MalformedFeedMaker.Break(message, kind), FeedSchema.ContentType);
            }
            else if (sentValid < valid)
            {
                sentValid++;
                yield return new OutboundFeedMessage(id, FeedMessageSerializer.Serialize(message), FeedSchema.ContentType);
            }
        }

        await Task.CompletedTask;
    }

    private static string ExpectedReason(MalformedKind kind) => kind switch
    {
        MalformedKind.TruncatedJson or MalformedKind.UnknownProperty or MalformedKind.WrongType or MalformedKind.InvalidUtf8
            or MalformedKind.NotAnObject or MalformedKind.EmptyBody => QuarantineReason.Unparseable,
        MalformedKind.UnmappedCategory or MalformedKind.UnknownRegion => QuarantineReason.Unresolvable,
        _ => QuarantineReason.Invalid,
    };
}

/// <summary>One RabbitMQ node for the test class, and a fresh queue (with its dead-letter queue) per test.</summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    private int _queues;

    public RabbitMqBroker Broker { get; } = new();

    /// <summary>A key for the worker's pseudonyms, made per run: never a key from the repository.</summary>
    public string PseudonymKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public async Task<string> NewQueueAsync()
    {
        var name = $"complaints-{Interlocked.Increment(ref _queues)}";
        await Broker.DeclareQueueAsync(name);
        return name;
    }

    public Task InitializeAsync() => Broker.StartAsync();

    public async Task DisposeAsync() => await Broker.DisposeAsync();
}
