using System.Security.Claims;
using RegulatorHub.Application.Access;
using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Tests.Application.Access;

/// <summary>The demo agencies, users of them, and complaints placed in their regions.</summary>
internal static class AccessSamples
{
    public static AccessOptions DemoOptions()
    {
        var options = new AccessOptions();
        foreach (var (id, name, code) in new[]
        {
            ("samr-hz", "杭州市市场监督管理局", "330100"), ("samr-sh", "上海市市场监督管理局", "310000"), ("samr-sz", "深圳市市场监督管理局", "440300"),
            ("samr-bj", "北京市市场监督管理局", "110000"), ("samr-zj", "浙江省市场监督管理局", "330000"),
        })
        {
            var agency = new AgencyOptions { Id = id, Name = name };
            agency.Jurisdictions.Add(code);
            options.Agencies.Add(agency);
        }

        return options;
    }

    public static AgencyDirectory Directory() => AgencyDirectory.From(DemoOptions(), RegionGazetteer.Default);

    public static UserAccess User(UserRole role, string agencyId, AgencyDirectory? directory = null) =>
        new($"acct-{agencyId}-{role}".ToLowerInvariant(), role, agencyId, (directory ?? Directory()).Find(agencyId));

    public static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), authenticationType: "test"));

    /// <summary>A complaint by a consumer in <paramref name="consumerRegion"/> about a merchant in <paramref name="merchantRegion"/>.</summary>
    public static Complaint Complaint(string caseId, string? consumerRegion, string? merchantRegion) => new()
    {
        Source = "12315-zj",
        SourceCaseId = caseId,
        SourceKind = SourceKind.Hotline,
        ReceivedAt = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)),
        Channel = ComplaintChannel.Phone,
        SubjectCode = "goods.food",
        IssueCode = "quality",
        ConsumerRegionCode = consumerRegion,
        Merchant = new MerchantRef(MerchantKey.Create(null, null, null, "某某商行", merchantRegion), "某某商行", merchantRegion),
        Narrative = "买到过期食品。",
    };
}
