using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Referrals;
using RegulatorHub.Storage.Tests.Contract;
using static RegulatorHub.Storage.Tests.Contract.ReferralSamples;

namespace RegulatorHub.Storage.Tests.Referrals;

public sealed class ReferralServiceTests
{
    private static readonly ComplaintReference s_complaint = new("12315-zj", "ZJ-1");

    private static Complaint ShenzhenMerchantComplaint(string caseId = "ZJ-1") =>
        Complaints.Make(caseId) with
        {
            Merchant = new MerchantRef(MerchantKey.Create(null, null, null, "深圳某某电子有限公司", "440305"), "深圳某某电子有限公司", "440305"),
        };

    [Fact]
    public async Task Create_StoredComplaintToAnotherAgency_StoresPublishesAndAudits()
    {
        var complaint = Complaints.Make("ZJ-1");
        await using var host = await ReferralTestHost.StartAsync(null, complaint);

        var result = await host.Service.CreateAsync(Hangzhou, s_complaint, " samr-sh ", "请依法处理。", CancellationToken.None);

        Assert.True(result.Succeeded, result.ToString());
        var referral = result.Referral.Referral;
        Assert.Equal((ReferralState.Pending, "samr-hz", "samr-sh", 1), (referral.State, referral.FromAgencyId, referral.ToAgencyId, referral.Version));
        Assert.Equal(new DateOnly(2026, 3, 11), referral.DueBy);
        Assert.Equal(complaint.Merchant!.Key.Value, referral.MerchantKey);
        Assert.Equal(ReferralComplaintSnapshot.From(complaint), result.Referral.Snapshot);
        Assert.Equal("instance-a", result.Referral.OriginInstance);
        AssertSame(result.Referral, await host.Store.FindAsync(referral.Id, CancellationToken.None));
        var published = Assert.Single(host.Publisher.Published);
        Assert.Equal(("instance-a", referral.Id, 1), (published.OriginInstance, published.Referral.Id, published.Referral.Version));
        Assert.Equal([(Hangzhou, referral.Id, ReferralAction.Create)], host.Audit.Records);
        Assert.Empty(await host.Store.ListUnpublishedAsync(10, CancellationToken.None));
    }

    [Theory]
    [InlineData(null, ReferralErrorKind.MissingField)]
    [InlineData("  ", ReferralErrorKind.MissingField)]
    [InlineData("samr-hz", ReferralErrorKind.InvalidField)]
    [InlineData("samr-xx", ReferralErrorKind.InvalidField)]
    public async Task Create_MissingSameOrUnknownTarget_IsRefusedNamingTheField(string? target, ReferralErrorKind kind)
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));

        var result = await host.Service.CreateAsync(Hangzhou, s_complaint, target!, null, CancellationToken.None);

        Assert.Equal(ReferralOutcomeKind.Refused, result.Kind);
        Assert.Equal((kind, "toAgencyId"), (result.Error!.Kind, result.Error.Field));
        Assert.Empty(host.Publisher.Published);
        Assert.Empty(host.Audit.Records);
    }

    [Fact]
    public async Task Create_UnknownComplaint_IsNotFoundNamingTheComplaint()
    {
        await using var host = await ReferralTestHost.StartAsync();

        var result = await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None);

        Assert.Equal(ReferralOutcomeKind.NotFound, result.Kind);
        Assert.Equal("complaint", result.Error!.Field);
        Assert.Contains("12315-zj/ZJ-1", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_OpenReferralToTheSameAgencyExists_IsDuplicateUntilItIsFinal()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));
        var first = await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None);

        var again = await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None);
        var elsewhere = await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sz", null, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.Service.ActAsync(first.Referral!.Id, 1, new ReferralCommand(ReferralAction.Decline, Shanghai, "不属于本局管辖。"), CancellationToken.None);
        var afterDecline = await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None);

        Assert.Equal(ReferralOutcomeKind.Duplicate, again.Kind);
        Assert.Equal(first.Referral.Id, again.Referral!.Id);
        Assert.Equal("toAgencyId", again.Error!.Field);
        Assert.True(elsewhere.Succeeded);
        Assert.True(afterDecline.Succeeded);
    }

    [Fact]
    public async Task Act_CurrentVersion_SavesPublishesAndAudits()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));
        var created = await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromDays(2));

        var result = await host.Service.ActAsync(created.Referral!.Id, 1, new ReferralCommand(ReferralAction.Accept, Shanghai), CancellationToken.None);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal((ReferralState.Accepted, 2, ReferralAction.Accept), (result.Referral.Referral.State, result.Referral.Version, result.Event.Action));
        Assert.Equal(host.Clock.Now, result.Event.At);
        AssertSame(result.Referral, await host.Store.FindAsync(created.Referral.Id, CancellationToken.None));
        Assert.Equal([1, 2], host.Publisher.Published.Select(m => m.Referral.Version));
        Assert.Equal((Shanghai, ReferralAction.Accept), (host.Audit.Records[^1].Actor, host.Audit.Records[^1].Action));
    }

    [Fact]
    public async Task Act_StaleVersion_IsConflictNamingTheCurrentVersionAndWritesNothing()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));
        var id = (await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None)).Referral!.Id;
        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.Service.ActAsync(id, 1, new ReferralCommand(ReferralAction.ReturnForInformation, Shanghai, "请补充订单号。"), CancellationToken.None);

        var stale = await host.Service.ActAsync(id, 1, new ReferralCommand(ReferralAction.Withdraw, Hangzhou, "已自行处理。"), CancellationToken.None);

        Assert.Equal(ReferralOutcomeKind.Conflict, stale.Kind);
        Assert.Equal(2, stale.CurrentVersion);
        Assert.Equal("This referral changed since you opened it (now version 2): reload to see what changed.", stale.Error!.Message);
        Assert.Equal("expectedVersion", stale.Error.Field);
        Assert.Equal(ReferralState.ReturnedForInformation, stale.Referral!.Referral.State);
        Assert.Equal(2, (await host.Store.FindAsync(id, CancellationToken.None))!.Version);
        Assert.Equal(2, host.Publisher.Published.Count);
    }

    [Fact]
    public async Task Act_TwoActorsOnOneVersionAtOnce_OneSucceedsTheOtherIsToldToReload()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));
        var id = (await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None)).Referral!.Id;
        host.Clock.Advance(TimeSpan.FromHours(1));

        var results = await Task.WhenAll(
            Task.Run(() => host.Service.ActAsync(id, 1, new ReferralCommand(ReferralAction.Accept, Shanghai), CancellationToken.None)),
            Task.Run(() => host.Service.ActAsync(id, 1, new ReferralCommand(ReferralAction.Withdraw, Hangzhou, "已撤回。"), CancellationToken.None)));

        var winner = Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal((ReferralOutcomeKind.Conflict, 2), (loser.Kind, loser.CurrentVersion));
        Assert.Equal(winner.Event!.Action, (await host.Store.FindAsync(id, CancellationToken.None))!.Referral.Events[^1].Action);
    }

    [Fact]
    public async Task Act_AgencyOutsideTheReferral_IsRefusedWithoutRevealingIt()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));
        var id = (await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None)).Referral!.Id;

        var result = await host.Service.ActAsync(id, 7, new ReferralCommand(ReferralAction.Accept, Shenzhen), CancellationToken.None);

        Assert.Equal((ReferralOutcomeKind.Refused, ReferralErrorKind.NotAParty), (result.Kind, result.Error!.Kind));
        Assert.Null(result.Referral);
        Assert.Null(result.CurrentVersion);
        Assert.Null(await host.Service.FindAsync(id, "samr-sz", CancellationToken.None));
        Assert.NotNull(await host.Service.FindAsync(id, "samr-sh", CancellationToken.None));
    }

    [Fact]
    public async Task Act_RefusedByTheRules_ReturnsTheRulesReason()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));
        var id = (await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None)).Referral!.Id;

        var senderAccepts = await host.Service.ActAsync(id, 1, new ReferralCommand(ReferralAction.Accept, Hangzhou), CancellationToken.None);
        var declineWithoutReason = await host.Service.ActAsync(id, 1, new ReferralCommand(ReferralAction.Decline, Shanghai), CancellationToken.None);

        Assert.Equal((ReferralOutcomeKind.Refused, ReferralErrorKind.NotYourTurn), (senderAccepts.Kind, senderAccepts.Error!.Kind));
        Assert.Equal((ReferralErrorKind.MissingField, "reason"), (declineWithoutReason.Error!.Kind, declineWithoutReason.Error.Field));
        Assert.Single(host.Publisher.Published);
    }

    [Fact]
    public async Task Act_UnknownReferral_IsNotFound()
    {
        await using var host = await ReferralTestHost.StartAsync();

        var result = await host.Service.ActAsync(Guid.NewGuid(), 1, new ReferralCommand(ReferralAction.Accept, Shanghai), CancellationToken.None);

        Assert.Equal((ReferralOutcomeKind.NotFound, "id"), (result.Kind, result.Error!.Field));
    }

    [Fact]
    public async Task Act_ClockBehindTheLastEvent_RecordsTheActionAtThatEventsTime()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));
        var created = await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromSeconds(-3));

        var result = await host.Service.ActAsync(created.Referral!.Id, 1, new ReferralCommand(ReferralAction.Accept, Shanghai), CancellationToken.None);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(created.Referral.Referral.CreatedAt, result.Event.At);
    }

    [Fact]
    public async Task Deadlines_OverrideOfTheReceivingAgency_AppliesToItsReferralsOnly()
    {
        var options = new ReferralOptions { AcceptWithinWorkingDays = 10 };
        options.Overrides["samr-sz"] = new ReferralDeadlineOverride { AcceptWithinWorkingDays = 3 };
        await using var host = await ReferralTestHost.StartAsync(options, Complaints.Make("ZJ-1"));

        var toShenzhen = await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sz", null, CancellationToken.None);
        var toShanghai = await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 3, 5), toShenzhen.Referral!.Referral.DueBy);
        Assert.Equal(new DateOnly(2026, 3, 16), toShanghai.Referral!.Referral.DueBy);
        Assert.Equal(45, host.Service.DeadlinesFor("samr-sz").ConcludeWithinWorkingDays);
    }

    [Fact]
    public async Task Act_BusDown_SucceedsAndTheChangeIsPublishedByTheNextRepublish()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));
        var id = (await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None)).Referral!.Id;
        host.Publisher.Failing = true;
        host.Clock.Advance(TimeSpan.FromHours(1));

        var accepted = await host.Service.ActAsync(id, 1, new ReferralCommand(ReferralAction.Accept, Shanghai), CancellationToken.None);
        var whileDown = await Record.ExceptionAsync(() => host.Service.RepublishPendingAsync(10, CancellationToken.None));
        host.Publisher.Failing = false;
        var republished = await host.Service.RepublishPendingAsync(10, CancellationToken.None);

        Assert.True(accepted.Succeeded, accepted.ToString());
        Assert.IsType<IOException>(whileDown);
        Assert.Equal(1, republished);
        Assert.Equal([1, 2], host.Publisher.Published.Select(m => m.Referral.Version));
        Assert.Equal(0, await host.Service.RepublishPendingAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Suggest_MerchantUnderAnotherAgency_NamesItAndWhy()
    {
        await using var host = await ReferralTestHost.StartAsync();

        var suggestion = host.Service.Suggest(ShenzhenMerchantComplaint(), "samr-hz");

        Assert.NotNull(suggestion);
        Assert.Equal(("samr-sz", "深圳市市场监督管理局", "440305"), (suggestion.AgencyId, suggestion.AgencyName, suggestion.RegionCode));
        Assert.Contains("440305", suggestion.Reason, StringComparison.Ordinal);
        Assert.Contains("深圳市市场监督管理局 (samr-sz)", suggestion.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_OwnJurisdictionUnknownRegionOrUncovered_IsNull()
    {
        await using var host = await ReferralTestHost.StartAsync();
        var hangzhou = Complaints.Make("ZJ-1");

        Assert.Null(host.Service.Suggest(ShenzhenMerchantComplaint(), "samr-sz"));
        Assert.Null(host.Service.Suggest(hangzhou, "samr-hz"));
        Assert.Null(host.Service.Suggest(hangzhou with { Merchant = hangzhou.Merchant! with { RegionCode = null } }, "samr-sh"));
        Assert.Null(host.Service.Suggest(hangzhou with { Merchant = null }, "samr-sh"));
        Assert.Null(host.Service.Suggest(hangzhou with { Merchant = hangzhou.Merchant! with { RegionCode = "650100" } }, "samr-sh"));

        // The most specific agency wins: Hangzhou's bureau, not Zhejiang's, for a Hangzhou merchant.
        Assert.Equal("samr-hz", host.Service.Suggest(hangzhou, "samr-sh")!.AgencyId);
    }

    [Fact]
    public async Task WhoElseIsLooking_ListsTheOtherAgenciesWithOpenReferralsOnTheMerchant()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"), Complaints.Make("ZJ-2"));
        await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None);
        await host.Service.CreateAsync(Hangzhou, new ComplaintReference("12315-zj", "ZJ-2"), "samr-sz", null, CancellationToken.None);
        var merchant = Complaints.Make("ZJ-1").Merchant!.Key.Value;

        var others = await host.Service.WhoElseIsLookingAsync(merchant, "samr-sh", CancellationToken.None);

        Assert.Equal([new AgencyReferralCount("samr-hz", 0, 2), new AgencyReferralCount("samr-sz", 1, 0)], others);
    }

    [Fact]
    public async Task Performance_ReadsTheAgencysReferralsAndCountsThem()
    {
        await using var host = await ReferralTestHost.StartAsync(null, Complaints.Make("ZJ-1"));
        var id = (await host.Service.CreateAsync(Hangzhou, s_complaint, "samr-sh", null, CancellationToken.None)).Referral!.Id;
        host.Clock.Advance(TimeSpan.FromDays(2));
        await host.Service.ActAsync(id, 1, new ReferralCommand(ReferralAction.Accept, Shanghai), CancellationToken.None);

        var performance = await host.Service.PerformanceAsync("samr-sh", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), CancellationToken.None);

        Assert.Equal((1, 1, 1, 2.0, 1, 0), (performance.Received, performance.Accepted, performance.DecidedOnTime, performance.MedianWorkingDaysToAccept, performance.OpenNow, performance.OverdueNow));
    }
}
