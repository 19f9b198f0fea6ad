using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Messaging.Tests.Referrals;

/// <summary>
/// Two deployments exchanging referrals over one bus: Hangzhou's (serving samr-hz, with samr-sh in its directory so it
/// can refer there) and Shanghai's (serving samr-sh). Each subclass supplies the transport.
/// </summary>
public abstract class ReferralExchangeTests
{
    private static readonly ReferralActor s_hangzhou = new("acct-hz-regulator", "samr-hz");
    private static readonly ReferralActor s_shanghai = new("acct-sh-regulator", "samr-sh");

    /// <summary>The bus: a publisher per deployment and a subscription per instance id.</summary>
    protected abstract Task<(Func<IReferralEventPublisher> NewPublisher, Func<string, Task<IReferralEventReceiver>> SubscribeAsync, IAsyncDisposable Lifetime)> CreateBusAsync();

    private static Complaint Complaint(string caseId) => new()
    {
        Source = "12315-zj",
        SourceCaseId = caseId,
        SourceKind = SourceKind.Hotline,
        ReceivedAt = new DateTimeOffset(2026, 2, 27, 23, 30, 0, TimeSpan.FromHours(8)),
        Channel = ComplaintChannel.Phone,
        SubjectCode = "goods.food",
        IssueCode = "quality",
        ConsumerRegionCode = "330106",
        Merchant = new MerchantRef(MerchantKey.Create(null, null, null, "上海某某食品有限公司", "310104"), "上海某某食品有限公司", "310104"),
        Amount = new Money(88.5m, "CNY"),
        Narrative = "买到过期食品。",
    };

    [Fact]
    public async Task Referral_CreatedInHangzhouAndAcceptedInShanghai_IsAcceptedInBothStores()
    {
        var (newPublisher, subscribeAsync, lifetime) = await CreateBusAsync();
        await using var _ = lifetime;
        await using var hangzhou = await Deployment.StartAsync("instance-hz", ["samr-hz", "samr-sh"], newPublisher(), await subscribeAsync("instance-hz"));
        await using var shanghai = await Deployment.StartAsync("instance-sh", ["samr-sh"], newPublisher(), await subscribeAsync("instance-sh"));
        await hangzhou.Complaints.AddAsync([Complaint("ZJ-1")], CancellationToken.None);

        // Hangzhou's regulator sees the merchant is in Shanghai and refers the complaint there.
        var suggestion = hangzhou.Service.Suggest(Complaint("ZJ-1"), "samr-hz");
        var created = await hangzhou.Service.CreateAsync(s_hangzhou, new ComplaintReference("12315-zj", "ZJ-1"), suggestion!.AgencyId, "请依法处理。", CancellationToken.None);
        Assert.True(created.Succeeded, created.ToString());
        var id = created.Referral.Id;

        // Shanghai's consumer stores it with the snapshot, so its inbox shows the complaint it does not hold.
        var received = await shanghai.WaitForAsync(id, _ => true);
        Assert.Equal(created.Referral.Referral.Events, received.Referral.Events);
        Assert.Equal(created.Referral.Snapshot, received.Snapshot);
        Assert.Equal("instance-hz", received.OriginInstance);
        var inbox = await shanghai.Service.ListAsync(new ReferralListQuery("samr-sh", ReferralDirection.Inbox, openOnly: true), CancellationToken.None);
        Assert.Equal([id], inbox.Items.Select(r => r.Id));

        var accepted = await shanghai.Service.ActAsync(id, 1, new ReferralCommand(ReferralAction.Accept, s_shanghai), CancellationToken.None);
        Assert.True(accepted.Succeeded, accepted.ToString());

        var seen = await hangzhou.WaitForAsync(id, r => r.Referral.State == ReferralState.Accepted);
        Assert.Equal(accepted.Referral.Referral.Events, seen.Referral.Events);
        Assert.Equal(2, (await shanghai.Referrals.FindAsync(id, CancellationToken.None))!.Version);
        Assert.Empty(await hangzhou.Quarantine.ListRecentAsync(10, CancellationToken.None));
        Assert.Empty(await shanghai.Quarantine.ListRecentAsync(10, CancellationToken.None));
        Assert.Empty(await hangzhou.Referrals.ListUnpublishedAsync(10, CancellationToken.None));
        Assert.Empty(await shanghai.Referrals.ListUnpublishedAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task Referral_BetweenAgenciesADeploymentDoesNotServe_IsNotStoredThere()
    {
        var (newPublisher, subscribeAsync, lifetime) = await CreateBusAsync();
        await using var _ = lifetime;
        await using var hangzhou = await Deployment.StartAsync("instance-hz", ["samr-hz", "samr-sh", "samr-sz"], newPublisher(), await subscribeAsync("instance-hz"));
        await using var shanghai = await Deployment.StartAsync("instance-sh", ["samr-sh"], newPublisher(), await subscribeAsync("instance-sh"));
        await hangzhou.Complaints.AddAsync([Complaint("ZJ-1"), Complaint("ZJ-2")], CancellationToken.None);

        var toShenzhen = await hangzhou.Service.CreateAsync(s_hangzhou, new ComplaintReference("12315-zj", "ZJ-1"), "samr-sz", null, CancellationToken.None);
        var toShanghai = await hangzhou.Service.CreateAsync(s_hangzhou, new ComplaintReference("12315-zj", "ZJ-2"), "samr-sh", null, CancellationToken.None);

        // One subscription delivers in publication order: once the second is stored, the first was handled.
        await shanghai.WaitForAsync(toShanghai.Referral!.Id, _ => true);
        Assert.Null(await shanghai.Referrals.FindAsync(toShenzhen.Referral!.Id, CancellationToken.None));
    }
}
