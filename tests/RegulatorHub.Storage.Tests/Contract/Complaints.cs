using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Privacy;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>Canonical complaints for storage tests.</summary>
internal static class Complaints
{
    public static Complaint Make(
        string caseId,
        DateOnly? day = null,
        string subject = "goods.food",
        string? region = "330106",
        string merchantName = "杭州某某食品有限公司",
        string? complainant = "0123456789abcdef0123456789abcdef",
        string source = "12315-zj",
        ComplaintChannel channel = ComplaintChannel.Phone,
        string? merchantRegion = "330100")
    {
        var date = day ?? new DateOnly(2025, 3, 15);
        return new Complaint
        {
            Source = source,
            SourceCaseId = caseId,
            SourceKind = SourceKind.Hotline,
            ReceivedAt = new DateTimeOffset(date.ToDateTime(new TimeOnly(23, 30)), TimeSpan.FromHours(8)),
            Channel = channel,
            SubjectCode = subject,
            IssueCode = "quality",
            SourceCategory = "食品类",
            SourceIssue = "质量问题",
            ConsumerRegionCode = region,
            Merchant = new MerchantRef(MerchantKey.Create(null, null, null, merchantName, merchantRegion), merchantName, merchantRegion),
            Amount = new Money(88.5m, "CNY"),
            Narrative = "买到过期食品。",
            PersonalDataRemoved = PersonalDataCounts.Of([PersonalDataKind.Mobile]),
            ComplainantPseudonym = complainant,
            Status = ComplaintStatus.Closed,
            Outcome = ComplaintOutcome.AgreementReached,
        };
    }
}
