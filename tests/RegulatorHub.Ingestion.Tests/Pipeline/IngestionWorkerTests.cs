using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Storage;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Ingestion.Tests.TestSupport;
using RegulatorHub.Messaging.InProcess;
using RegulatorHub.Storage.Sqlite;

namespace RegulatorHub.Ingestion.Tests.Pipeline;

public sealed class IngestionWorkerTests
{
    [Fact]
    public async Task Worker_StoreFailsTransiently_MessagesRetriedAndStoredOnce()
    {
        FlakyComplaintStore? flaky = null;
        await using var host = await EmbeddedHost.StartAsync(services =>
            services.AddSingleton<IComplaintStore>(sp => flaky = new FlakyComplaintStore(sp.GetRequiredService<SqliteComplaintStore>(), failures: 2)));

        for (var i = 0; i < 20; i++)
        {
            await host.PublishAsync(SampleMessages.Hotline($"ZJ-{i}"));
        }

        await host.WaitForSettledAsync(20);

        var snapshot = host.Services.GetRequiredService<IngestionCounters>().Snapshot();
        Assert.Equal(2, flaky!.FailedWrites);
        Assert.True(snapshot.FailedBatches >= 2);
        Assert.Equal(20, snapshot.Stored);
        Assert.Equal(20, (await host.Services.GetRequiredService<IComplaintStore>().GetSummaryAsync(CancellationToken.None)).Complaints);
    }

    [Fact]
    public async Task Worker_StoreKeepsFailing_MessagesQuarantinedAfterDeliveryLimit()
    {
        await using var host = await EmbeddedHost.StartAsync(services =>
            services.AddSingleton<IComplaintStore>(sp => new FlakyComplaintStore(sp.GetRequiredService<SqliteComplaintStore>(), failures: int.MaxValue)));

        await host.PublishAsync(SampleMessages.Hotline("ZJ-1"));
        await host.WaitForSettledAsync(1);

        var quarantined = await host.Services.GetRequiredService<IQuarantineStore>().ListRecentAsync(10, CancellationToken.None);
        var entry = Assert.Single(quarantined);
        Assert.Equal(QuarantineReason.DeliveryLimit, entry.Reason);
        Assert.Equal("ZJ-1", entry.SourceCaseId);
        Assert.Contains("TimeoutException", entry.Errors[0].Message, StringComparison.Ordinal);
        Assert.False(entry.Payload.IsEmpty);
    }

    [Fact]
    public async Task Worker_DurableDeadLetterQueue_RefusedMessagesDeadLetteredWithReasonAndNotQuarantined()
    {
        await using var host = await EmbeddedHost.StartAsync(services =>
            services.AddSingleton<IDeadLetterQueue>(sp => new DurableDeadLetterQueue(sp.GetRequiredService<InProcessFeedQueue>())));

        await host.PublishAsync(SampleMessages.Hotline("ZJ-1"));
        await host.PublishAsync("bad:1", "{\"schema\": \"regulatorhub.complaint-feed/v1\", \"source\": "u8.ToArray());
        await host.PublishAsync("bad:2", "{\"schema\": \"regulatorhub.complaint-feed/v1\"}"u8.ToArray());
        await host.PublishAsync(SampleMessages.Hotline("ZJ-2"));
        await host.WaitForSettledAsync(4);

        var queue = host.Services.GetRequiredService<InProcessFeedQueue>();
        var deadLetters = queue.DeadLetters.OrderBy(d => d.MessageId, StringComparer.Ordinal).ToList();
        Assert.Equal(["bad:1", "bad:2"], deadLetters.Select(d => d.MessageId));
        Assert.Equal(QuarantineReason.Unparseable, deadLetters[0].Reason);
        Assert.Equal(QuarantineReason.Invalid, deadLetters[1].Reason);
        Assert.Contains("source: required", deadLetters[1].Description, StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<IQuarantineStore>().ListRecentAsync(10, CancellationToken.None));
        Assert.Equal(2, (await host.Services.GetRequiredService<IComplaintStore>().GetSummaryAsync(CancellationToken.None)).Complaints);
        Assert.Equal(2, host.Services.GetRequiredService<IngestionCounters>().Snapshot().DeadLettered);
        Assert.Equal(0, queue.Pending);
    }

    [Fact]
    public async Task Worker_DurableDeadLetterQueue_StoreKeepsFailing_DeadLetteredAtDeliveryLimit()
    {
        await using var host = await EmbeddedHost.StartAsync(services =>
        {
            services.AddSingleton<IDeadLetterQueue>(sp => new DurableDeadLetterQueue(sp.GetRequiredService<InProcessFeedQueue>()));
            services.AddSingleton<IComplaintStore>(sp => new FlakyComplaintStore(sp.GetRequiredService<SqliteComplaintStore>(), failures: int.MaxValue));
        });

        await host.PublishAsync(SampleMessages.Hotline("ZJ-1"));
        await host.WaitForSettledAsync(1);

        var deadLetter = Assert.Single(host.Services.GetRequiredService<InProcessFeedQueue>().DeadLetters);
        Assert.Equal(QuarantineReason.DeliveryLimit, deadLetter.Reason);
        Assert.Contains("TimeoutException", deadLetter.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_InProcessQueue_ReportsEndToEndLatency()
    {
        await using var host = await EmbeddedHost.StartAsync();

        await host.PublishAsync(SampleMessages.Hotline("ZJ-1"));
        await host.WaitForSettledAsync(1);

        var latency = host.Services.GetRequiredService<IngestionCounters>().Snapshot().LastEndToEndLatency;
        Assert.NotNull(latency);
        Assert.InRange(latency.Value, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }
}
