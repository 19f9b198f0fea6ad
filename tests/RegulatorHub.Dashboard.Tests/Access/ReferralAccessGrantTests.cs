using RegulatorHub.Application.Access;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Dashboard.Tests.Access;

public sealed class ReferralAccessGrantTests
{
    private static readonly Agency s_hangzhou = new("samr-hz", "杭州市市场监督管理局", ["330100"]);
    private static readonly Agency s_shenzhen = new("samr-sz", "深圳市市场监督管理局", ["440300"]);
    private static readonly ComplaintReference s_complaint = new("12315-sh", "SH-1");

    [Fact]
    public async Task GrantsAsync_RegulatorOfTheReceivingAgency_Grants()
    {
        var grant = new ReferralAccessGrant(new ComplaintReferralStore([Referral("samr-sh", "samr-hz")]));

        Assert.True(await grant.GrantsAsync(User(UserRole.Regulator, s_hangzhou), "12315-sh", "SH-1", CancellationToken.None));
        Assert.True(await grant.GrantsAsync(User(UserRole.AgencyAdmin, s_hangzhou), "12315-sh", "SH-1", CancellationToken.None));
    }

    [Fact]
    public async Task GrantsAsync_AgencyNotReceivingAnyReferralOfTheComplaint_DoesNotGrant()
    {
        var grant = new ReferralAccessGrant(new ComplaintReferralStore([Referral("samr-sh", "samr-hz")]));

        Assert.False(await grant.GrantsAsync(User(UserRole.Regulator, s_shenzhen), "12315-sh", "SH-1", CancellationToken.None));
        Assert.False(await grant.GrantsAsync(User(UserRole.Regulator, s_hangzhou), "12315-sh", "SH-2", CancellationToken.None));
    }

    [Fact]
    public async Task GrantsAsync_SenderOfTheReferral_DoesNotGrant()
    {
        var grant = new ReferralAccessGrant(new ComplaintReferralStore([Referral("samr-hz", "samr-sz")]));

        Assert.False(await grant.GrantsAsync(User(UserRole.Regulator, s_hangzhou), "12315-sh", "SH-1", CancellationToken.None));
    }

    [Theory]
    [InlineData(UserRole.Analyst)]
    [InlineData(UserRole.Auditor)]
    public async Task GrantsAsync_ReceivingAgencyButRoleWithoutComplaintLevelAccess_DoesNotGrant(UserRole role)
    {
        var grant = new ReferralAccessGrant(new ComplaintReferralStore([Referral("samr-sh", "samr-hz")]));

        Assert.False(await grant.GrantsAsync(User(role, s_hangzhou), "12315-sh", "SH-1", CancellationToken.None));
    }

    [Fact]
    public async Task DecideAsync_ReferredComplaintOutsideTheReceiversJurisdiction_IsAllowedAsGranted()
    {
        var policy = new ComplaintAccessPolicy(
            new AgencyDirectory([s_hangzhou, s_shenzhen], Domain.Regions.RegionGazetteer.Default),
            [new ReferralAccessGrant(new ComplaintReferralStore([Referral("samr-hz", "samr-sz")]))]);
        var complaint = new Complaint
        {
            Source = "12315-sh",
            SourceCaseId = "SH-1",
            SourceKind = SourceKind.Hotline,
            ReceivedAt = new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)),
            Channel = ComplaintChannel.Phone,
            SubjectCode = "goods.food",
            IssueCode = "quality",
            ConsumerRegionCode = "310101",
        };

        var shenzhen = await policy.DecideAsync(User(UserRole.Regulator, s_shenzhen), complaint, CancellationToken.None);
        var hangzhou = await policy.DecideAsync(User(UserRole.Regulator, s_hangzhou), complaint, CancellationToken.None);

        Assert.Equal(ComplaintAccessDecision.Allow(ComplaintAccessReason.Granted, nameof(ReferralAccessGrant)), shenzhen);
        Assert.Equal(ComplaintAccessDecision.Deny(ComplaintAccessReason.OutsideJurisdiction), hangzhou);
    }

    private static UserAccess User(UserRole role, Agency agency) => new($"acct-{agency.Id}", role, agency.Id, agency);

    private static StoredReferral Referral(string from, string to)
    {
        var created = Domain.Referrals.Referral.Create(
            Guid.CreateVersion7(), s_complaint, null, to, new ReferralActor($"acct-{from}", from), null,
            new DateTimeOffset(2026, 6, 2, 10, 0, 0, TimeSpan.FromHours(8)), ReferralDeadlines.China);
        Assert.True(created.Succeeded, created.ToString());
        var snapshot = new ReferralComplaintSnapshot(
            new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)), "goods.food", "quality", "310101", null, null, null, null, ComplaintChannel.Phone, null, null);
        return new StoredReferral(created.Referral, snapshot, "test");
    }

    /// <summary>Answers only what the grant asks: the referrals of a complaint.</summary>
    private sealed class ComplaintReferralStore(IReadOnlyList<StoredReferral> referrals) : IReferralStore
    {
        public Task<IReadOnlyList<StoredReferral>> FindByComplaintAsync(ComplaintReference complaint, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StoredReferral>>([.. referrals.Where(r => r.Referral.Complaint == complaint)]);

        public Task InitializeAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<StoredReferral?> FindAsync(Guid id, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ReferralWriteResult> CreateAsync(StoredReferral referral, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ReferralWriteResult> SaveAsync(StoredReferral referral, int expectedVersion, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ReferralPage> ListAsync(ReferralListQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<AgencyReferralCount>> OpenByMerchantAsync(string merchantKey, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Referral>> ReceivedByAgencyAsync(string agencyId, DateTimeOffset activeSince, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<StoredReferral>> ListUnpublishedAsync(int maxCount, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task MarkPublishedAsync(Guid id, int version, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
