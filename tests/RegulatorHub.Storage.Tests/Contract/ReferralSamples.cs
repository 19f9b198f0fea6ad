using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>Referrals for store and service tests, on China working days in March 2026.</summary>
internal static class ReferralSamples
{
    /// <summary>Monday 2 March 2026, 10:00 China time.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    public static readonly ReferralActor Hangzhou = new("acct-hz-regulator", "samr-hz");

    public static readonly ReferralActor Shanghai = new("acct-sh-regulator", "samr-sh");

    public static readonly ReferralActor Shenzhen = new("acct-sz-regulator", "samr-sz");

    public static ReferralDeadlines Deadlines { get; } = ReferralDeadlines.China;

    public static ReferralComplaintSnapshot Snapshot(string? merchantKey = "name:杭州某某食品有限公司|330100") => new(
        new DateTimeOffset(2026, 2, 27, 23, 30, 0, TimeSpan.FromHours(8)),
        "goods.food",
        "quality",
        "310104",
        merchantKey,
        "杭州某某食品有限公司",
        "330100",
        "tiangou",
        ComplaintChannel.WeChat,
        "买到过期食品，商家拒绝退款。",
        new Money(88.5m, "CNY"));

    /// <summary>A new pending referral of complaint <paramref name="caseId"/>.</summary>
    public static StoredReferral New(
        string caseId = "ZJ-1",
        ReferralActor? by = null,
        string to = "samr-sh",
        string? merchantKey = "name:杭州某某食品有限公司|330100",
        DateTimeOffset? at = null,
        Guid? id = null,
        string origin = "instance-a")
    {
        var result = Referral.Create(
            id ?? Guid.NewGuid(), new ComplaintReference("12315-zj", caseId), merchantKey, to, by ?? Hangzhou, "请依法处理。", at ?? Start, Deadlines);
        Assert.True(result.Succeeded, result.ToString());
        return new StoredReferral(result.Referral, Snapshot(merchantKey), origin);
    }

    /// <summary><paramref name="referral"/> after <paramref name="action"/> by <paramref name="by"/>, <paramref name="minutesLater"/> after its last event.</summary>
    public static StoredReferral Act(
        StoredReferral referral, ReferralAction action, ReferralActor by, int minutesLater = 60, string? note = null, ReferralOutcome? outcome = null)
    {
        var result = Try(referral, action, by, minutesLater, note, outcome);
        Assert.True(result.Succeeded, result.ToString());
        return referral with { Referral = result.Referral };
    }

    /// <summary>The domain's answer to <paramref name="action"/> on <paramref name="referral"/>.</summary>
    public static ReferralResult Try(
        StoredReferral referral, ReferralAction action, ReferralActor by, int minutesLater = 60, string? note = null, ReferralOutcome? outcome = null)
    {
        note ??= action is ReferralAction.Decline or ReferralAction.ReturnForInformation or ReferralAction.Withdraw ? "需要补充材料。" : null;
        outcome ??= action == ReferralAction.Resolve ? ReferralOutcome.AgreementReached : null;
        var at = referral.Referral.UpdatedAt.AddMinutes(minutesLater);
        return referral.Referral.Apply(new ReferralCommand(action, by, note, outcome), at, Deadlines);
    }

    /// <summary>Asserts <paramref name="actual"/> holds the same referral, history, snapshot and origin as <paramref name="expected"/>.</summary>
    public static void AssertSame(StoredReferral expected, StoredReferral? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Referral.Complaint, actual.Referral.Complaint);
        Assert.Equal(expected.Referral.MerchantKey, actual.Referral.MerchantKey);
        Assert.Equal(expected.Referral.FromAgencyId, actual.Referral.FromAgencyId);
        Assert.Equal(expected.Referral.ToAgencyId, actual.Referral.ToAgencyId);
        Assert.Equal(expected.Referral.Events, actual.Referral.Events);
        Assert.Equal(expected.Referral.Events.Select(e => e.At.Offset), actual.Referral.Events.Select(e => e.At.Offset));
        Assert.Equal(expected.Snapshot, actual.Snapshot);
        Assert.Equal(expected.Snapshot.ReceivedAt.Offset, actual.Snapshot.ReceivedAt.Offset);
        Assert.Equal(expected.OriginInstance, actual.OriginInstance);
    }
}
