using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Messaging.Tests.Referrals;

/// <summary>Referral event messages for bus tests.</summary>
internal static class ReferralMessages
{
    public static readonly ReferralActor Hangzhou = new("acct-hz-regulator", "samr-hz");

    public static ReferralEventMessage New(string origin = "instance-a")
    {
        var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));
        var result = Referral.Create(Guid.NewGuid(), new ComplaintReference("12315-zj", "ZJ-1"), "name:杭州某某食品有限公司|330100", "samr-sh", Hangzhou, "请依法处理。", at, ReferralDeadlines.China);
        Assert.True(result.Succeeded, result.ToString());
        var snapshot = new ReferralComplaintSnapshot(
            at.AddDays(-2), "goods.food", "quality", "310104", "name:杭州某某食品有限公司|330100", "杭州某某食品有限公司", "330100", null,
            ComplaintChannel.Phone, "买到过期食品。", new Money(88.5m, "CNY"));
        return new ReferralEventMessage(origin, new StoredReferral(result.Referral, snapshot, origin));
    }
}
