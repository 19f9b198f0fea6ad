using RegulatorHub.Application.Access;
using RegulatorHub.Domain.Access;

namespace RegulatorHub.Analytics.Tests.Application.Access;

public sealed class ComplaintAccessPolicyTests
{
    private readonly AgencyDirectory _directory = AccessSamples.Directory();

    [Theory]
    [InlineData("330106", "310101", true, ComplaintAccessReason.ConsumerInJurisdiction)]
    [InlineData("310101", "330100", true, ComplaintAccessReason.MerchantInJurisdiction)]
    [InlineData("310101", "310104", false, ComplaintAccessReason.OutsideJurisdiction)]
    [InlineData("330212", "330212", false, ComplaintAccessReason.OutsideJurisdiction)]   // Ningbo is Zhejiang's, not Hangzhou's
    [InlineData(null, null, false, ComplaintAccessReason.OutsideJurisdiction)]
    public async Task DecideAsync_HangzhouRegulator_ByConsumerOrMerchantRegion(string? consumer, string? merchant, bool allowed, ComplaintAccessReason reason)
    {
        var policy = new ComplaintAccessPolicy(_directory, []);

        var decision = await policy.DecideAsync(AccessSamples.User(UserRole.Regulator, "samr-hz", _directory), AccessSamples.Complaint("C-1", consumer, merchant), default);

        Assert.Equal(new ComplaintAccessDecision(allowed, reason), decision);
    }

    [Theory]
    [InlineData(UserRole.Analyst, "samr-zj", ComplaintAccessReason.RoleNotAllowed)]
    [InlineData(UserRole.Auditor, "samr-zj", ComplaintAccessReason.RoleNotAllowed)]
    [InlineData(UserRole.Regulator, "samr-gz", ComplaintAccessReason.UnknownAgency)]
    public async Task DecideAsync_UserWithoutComplaintLevelAccess_IsDeniedAndNoGrantIsAsked(UserRole role, string agency, ComplaintAccessReason reason)
    {
        var grant = new FakeGrant(answer: true);
        var policy = new ComplaintAccessPolicy(_directory, [grant]);

        var decision = await policy.DecideAsync(AccessSamples.User(role, agency, _directory), AccessSamples.Complaint("C-1", "330106", "330100"), default);

        Assert.Equal(ComplaintAccessDecision.Deny(reason), decision);
        Assert.Empty(grant.Asked);
    }

    [Fact]
    public async Task DecideAsync_OutsideJurisdictionButGranted_IsAllowedNamingTheGrant()
    {
        var refusing = new FakeGrant(answer: false);
        var granting = new FakeGrant(answer: true);
        var policy = new ComplaintAccessPolicy(_directory, [refusing, granting]);

        var decision = await policy.DecideAsync(AccessSamples.User(UserRole.AgencyAdmin, "samr-hz", _directory), AccessSamples.Complaint("SH-1", "310101", "310104"), default);

        Assert.Equal(ComplaintAccessDecision.Allow(ComplaintAccessReason.Granted, nameof(FakeGrant)), decision);
        Assert.Equal([("12315-zj", "SH-1")], refusing.Asked);
        Assert.Equal([("12315-zj", "SH-1")], granting.Asked);
    }

    [Fact]
    public async Task DecideAsync_InJurisdiction_DoesNotAskTheGrants()
    {
        var grant = new FakeGrant(answer: false);
        var policy = new ComplaintAccessPolicy(_directory, [grant]);

        var decision = await policy.DecideAsync(AccessSamples.User(UserRole.Regulator, "samr-zj", _directory), AccessSamples.Complaint("NB-1", "330212", null), default);

        Assert.True(decision.Allowed);
        Assert.Empty(grant.Asked);
    }

    [Fact]
    public void Refusal_RegulatorOfKnownAgency_IsNone()
    {
        Assert.Null(ComplaintAccessPolicy.Refusal(AccessSamples.User(UserRole.Regulator, "samr-bj", _directory)));
        Assert.Equal(ComplaintAccessReason.RoleNotAllowed, ComplaintAccessPolicy.Refusal(UserAccess.Anonymous)?.Reason);
    }

    private sealed class FakeGrant(bool answer) : IComplaintAccessGrant
    {
        public List<(string Source, string CaseId)> Asked { get; } = [];

        public Task<bool> GrantsAsync(UserAccess user, string source, string sourceCaseId, CancellationToken cancellationToken)
        {
            Asked.Add((source, sourceCaseId));
            return Task.FromResult(answer);
        }
    }
}
