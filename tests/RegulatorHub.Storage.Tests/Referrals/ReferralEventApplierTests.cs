using System.Text;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Referrals;
using static RegulatorHub.Storage.Tests.Contract.ReferralSamples;

namespace RegulatorHub.Storage.Tests.Referrals;

/// <summary>The consumer's apply rule, on a SQLite store and quarantine, as seen by deployment "instance-b" (Shanghai).</summary>
public sealed class ReferralEventApplierTests
{
    private static async Task<ReferralTestHost> ShanghaiAsync()
    {
        var host = await ReferralTestHost.StartAsync(new ReferralOptions { InstanceId = "instance-b" });
        host.Agencies.Served = ["samr-sh"];
        return host;
    }

    private static byte[] Message(StoredReferral referral, string origin = "instance-a") =>
        ReferralJson.SerializeMessage(new ReferralEventMessage(origin, referral));

    private static Task<ReferralApplyOutcome> ApplyAsync(ReferralTestHost host, byte[] body, string id = "m-1") =>
        host.Applier.ApplyAsync(id, body, CancellationToken.None);

    [Fact]
    public async Task Apply_UnknownReferral_StoresItAsNotOursToPublish()
    {
        await using var host = await ShanghaiAsync();
        var referral = New();

        var outcome = await ApplyAsync(host, Message(referral));

        Assert.Equal(ReferralApplyOutcome.Created, outcome);
        AssertSame(referral, await host.Store.FindAsync(referral.Id, CancellationToken.None));
        Assert.Empty(await host.Store.ListUnpublishedAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Apply_SameMessageTwice_SecondChangesNothing()
    {
        await using var host = await ShanghaiAsync();
        var referral = New();

        var first = await ApplyAsync(host, Message(referral));
        var again = await ApplyAsync(host, Message(referral));

        Assert.Equal((ReferralApplyOutcome.Created, ReferralApplyOutcome.IgnoredStale), (first, again));
        AssertSame(referral, await host.Store.FindAsync(referral.Id, CancellationToken.None));
        Assert.Empty(await host.Quarantine.ListRecentAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Apply_LongerHistory_ReplacesTheStoredOne_AndAnOlderOneAfterItIsIgnored()
    {
        await using var host = await ShanghaiAsync();
        var created = New();
        var returned = Act(created, ReferralAction.ReturnForInformation, Shanghai);
        var resubmitted = Act(returned, ReferralAction.Resubmit, Hangzhou);
        await host.Store.CreateAsync(returned, CancellationToken.None);

        var newer = await ApplyAsync(host, Message(resubmitted));
        var older = await ApplyAsync(host, Message(created));

        Assert.Equal((ReferralApplyOutcome.Updated, ReferralApplyOutcome.IgnoredStale), (newer, older));
        AssertSame(resubmitted with { OriginInstance = "instance-a" }, await host.Store.FindAsync(created.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Apply_OwnMessage_IsIgnored()
    {
        await using var host = await ShanghaiAsync();
        var referral = New();

        var outcome = await ApplyAsync(host, Message(referral, origin: "instance-b"));

        Assert.Equal(ReferralApplyOutcome.IgnoredOwn, outcome);
        Assert.Null(await host.Store.FindAsync(referral.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Apply_NeitherAgencyServedHere_IsIgnored()
    {
        await using var host = await ShanghaiAsync();
        var referral = New(to: "samr-sz");

        var outcome = await ApplyAsync(host, Message(referral));

        Assert.Equal(ReferralApplyOutcome.IgnoredNotServed, outcome);
        Assert.Null(await host.Store.FindAsync(referral.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Apply_DivergingHistory_KeepsTheStoredReferralAndQuarantinesTheMessage()
    {
        await using var host = await ShanghaiAsync();
        var created = New();
        var acceptedHere = Act(created, ReferralAction.Accept, Shanghai);
        var withdrawnThere = Act(Act(created, ReferralAction.ReturnForInformation, Shanghai, minutesLater: 5), ReferralAction.Withdraw, Hangzhou);
        await host.Store.CreateAsync(acceptedHere, CancellationToken.None);
        var body = Message(withdrawnThere);

        var outcome = await ApplyAsync(host, body, "diverged-1");

        Assert.Equal(ReferralApplyOutcome.Quarantined, outcome);
        AssertSame(acceptedHere, await host.Store.FindAsync(created.Id, CancellationToken.None));
        var entry = Assert.Single(await host.Quarantine.ListRecentAsync(10, CancellationToken.None));
        Assert.Equal((QuarantineReason.ReferralConflict, "diverged-1", "12315-zj", "ZJ-1"), (entry.Reason, entry.MessageId, entry.Source, entry.SourceCaseId));
        Assert.Equal("history-diverged", Assert.Single(entry.Errors).Rule);
        Assert.Contains("Version 3 from instance instance-a does not extend the stored version 2", entry.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(body, entry.Payload.ToArray());
    }

    [Fact]
    public async Task Apply_SameLengthDifferentHistory_IsQuarantinedToo()
    {
        await using var host = await ShanghaiAsync();
        var created = New();
        await host.Store.CreateAsync(Act(created, ReferralAction.Accept, Shanghai), CancellationToken.None);

        var outcome = await ApplyAsync(host, Message(Act(created, ReferralAction.Withdraw, Hangzhou)));

        Assert.Equal(ReferralApplyOutcome.Quarantined, outcome);
        Assert.Equal(ReferralState.Accepted, (await host.Store.FindAsync(created.Id, CancellationToken.None))!.Referral.State);
    }

    [Theory]
    [InlineData("not json at all", QuarantineReason.Unparseable, "json")]
    [InlineData("""{"schema":"referral-event/v2","origin":"x","referral":{}}""", QuarantineReason.Unparseable, "schema")]
    [InlineData("""{"schema":"referral-event/v1","origin":"x"}""", QuarantineReason.Unparseable, "schema")]
    public async Task Apply_MalformedMessage_IsQuarantinedWithItsReason(string body, string reason, string rule)
    {
        await using var host = await ShanghaiAsync();

        var outcome = await ApplyAsync(host, Encoding.UTF8.GetBytes(body), "bad-1");

        Assert.Equal(ReferralApplyOutcome.Quarantined, outcome);
        var entry = Assert.Single(await host.Quarantine.ListRecentAsync(10, CancellationToken.None));
        Assert.Equal((reason, "bad-1", rule), (entry.Reason, entry.MessageId, Assert.Single(entry.Errors).Rule));
        Assert.Equal(body, Encoding.UTF8.GetString(entry.Payload.Span));
    }

    [Fact]
    public async Task Apply_ImpossibleHistory_IsQuarantinedAsInvalid()
    {
        await using var host = await ShanghaiAsync();

        // The sender accepting its own referral: well-formed JSON, but a history the rules could not have produced.
        var forged = Encoding.UTF8.GetString(Message(Act(New(), ReferralAction.Accept, Shanghai)))
            .Replace("\"agencyId\":\"samr-sh\"", "\"agencyId\":\"samr-hz\"", StringComparison.Ordinal);

        var outcome = await ApplyAsync(host, Encoding.UTF8.GetBytes(forged));

        Assert.Equal(ReferralApplyOutcome.Quarantined, outcome);
        var entry = Assert.Single(await host.Quarantine.ListRecentAsync(10, CancellationToken.None));
        Assert.Equal((QuarantineReason.Invalid, "history"), (entry.Reason, entry.Errors[0].Rule));
    }
}
