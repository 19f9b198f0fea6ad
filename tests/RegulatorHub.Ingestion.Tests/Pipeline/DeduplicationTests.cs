using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Storage;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Ingestion.Tests.TestSupport;

namespace RegulatorHub.Ingestion.Tests.Pipeline;

public sealed class DeduplicationTests
{
    [Fact]
    public async Task Ingest_SameSourceAndCaseIdTwice_StoredOnce()
    {
        await using var host = await EmbeddedHost.StartAsync();

        await host.PublishAsync(SampleMessages.Hotline("ZJ-1"));
        await host.PublishAsync(SampleMessages.Hotline("ZJ-1"));
        await host.WaitForSettledAsync(2);

        var snapshot = host.Services.GetRequiredService<IngestionCounters>().Snapshot();
        var summary = await host.Services.GetRequiredService<IComplaintStore>().GetSummaryAsync(CancellationToken.None);
        Assert.Equal(1, summary.Complaints);
        Assert.Equal(1, snapshot.Stored);
        Assert.Equal(1, snapshot.Duplicates);
    }

    [Fact]
    public async Task Ingest_SameCaseIdFromAnotherSource_IsADifferentComplaint()
    {
        await using var host = await EmbeddedHost.StartAsync();
        var other = SampleMessages.Hotline("ZJ-1");
        other.Source = "12315-gd";

        await host.PublishAsync(SampleMessages.Hotline("ZJ-1"));
        await host.PublishAsync(other);
        await host.WaitForSettledAsync(2);

        Assert.Equal(2, (await host.Services.GetRequiredService<IComplaintStore>().GetSummaryAsync(CancellationToken.None)).Complaints);
    }

    [Fact]
    public async Task Ingest_SameComplainantMerchantAndDayOnAnotherChannel_FlaggedNotDropped()
    {
        await using var host = await EmbeddedHost.StartAsync();
        var byPhone = SampleMessages.Hotline("ZJ-1");
        var byWeChat = SampleMessages.Hotline("ZJ-2");
        byWeChat.Channel = "wechat";
        byWeChat.ReceivedAt = byPhone.ReceivedAt!.Value.AddHours(5);
        var nextDay = SampleMessages.Hotline("ZJ-3");
        nextDay.ReceivedAt = byPhone.ReceivedAt!.Value.AddDays(1);

        await host.PublishAsync(byPhone);
        await host.WaitForSettledAsync(1);
        await host.PublishAsync(byWeChat);
        await host.PublishAsync(nextDay);
        await host.WaitForSettledAsync(3);

        var snapshot = host.Services.GetRequiredService<IngestionCounters>().Snapshot();
        Assert.Equal(3, snapshot.Stored);
        Assert.Equal(1, snapshot.LikelyCrossChannelDuplicates);
    }
}
