using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Storage;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Ingestion.Tests.TestSupport;
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
}
