using RegulatorHub.Domain.Merchants;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Ingestion.Tests.TestSupport;

/// <summary>Valid feed messages to start a test from; each call returns a fresh object to change.</summary>
internal static class SampleMessages
{
    public static readonly string CreditCode = "91330106MA27XK5G3" + UnifiedSocialCreditCode.ComputeCheckCharacter("91330106MA27XK5G3");

    public static FeedMessage Hotline(string caseId = "ZJ20250315000001") => new()
    {
        Schema = FeedSchema.V1,
        Kind = FeedVocabulary.HotlineKind,
        Source = "12315-zj",
        CaseId = caseId,
        ReceivedAt = new DateTimeOffset(2025, 3, 15, 10, 22, 0, TimeSpan.FromHours(8)),
        Channel = "phone",
        Category = "家用电子电器类",
        IssueType = "质量问题",
        ConsumerRegion = new FeedRegion { Province = "浙江省", City = "杭州市", County = "西湖区" },
        Merchant = new FeedMerchant { Name = "杭州某某电器有限公司", CreditCode = CreditCode, Region = new FeedRegion { Code = "330106" } },
        Amount = new FeedAmount { Value = 1299.00m, Currency = "CNY" },
        Narrative = "购买的空调两周后不制冷，商家拒绝维修。",
        Complainant = new FeedComplainant { IdType = "phone", Id = "+86 138-0013-8000" },
        Status = "accepted",
    };

    public static FeedMessage Platform(string caseId = "TG-000001") => new()
    {
        Schema = FeedSchema.V1,
        Kind = FeedVocabulary.PlatformKind,
        Source = "tiangou",
        CaseId = caseId,
        ReceivedAt = new DateTimeOffset(2025, 11, 12, 9, 0, 0, TimeSpan.FromHours(8)),
        Channel = "platform",
        Category = "服饰鞋包",
        IssueType = "描述不符",
        ConsumerRegion = new FeedRegion { Code = "440106" },
        Merchant = new FeedMerchant { Name = "潮流服饰旗舰店", ShopId = "58231", Region = new FeedRegion { Province = "广东", City = "广州" } },
        Platform = "tiangou",
        OrderRef = new string('a', 64),
        Complainant = new FeedComplainant { IdType = "account", Id = "tg_user_8812" },
    };
}
