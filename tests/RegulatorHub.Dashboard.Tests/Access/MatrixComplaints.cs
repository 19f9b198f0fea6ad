using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>
/// The complaint the access matrix asks for: a Hangzhou consumer about a Hangzhou merchant, stored as the newest
/// complaint so it heads every listing that may show it. Its case id and narrative are markers no other data holds, so
/// a body that contains either leaked it.
/// </summary>
public static class MatrixComplaints
{
    /// <summary>The marker case id.</summary>
    public const string CaseId = "MATRIX-HZ-0001";

    /// <summary>The marker narrative.</summary>
    public const string Narrative = "Matrix marker narrative: the kettle leaked.";

    private const string Source = "matrix-test";

    /// <summary>The detail page of the marker complaint.</summary>
    public const string DetailPage = "/complaints/" + Source + "/" + CaseId;

    /// <summary>The detail API of the marker complaint, with a purpose stated.</summary>
    public const string DetailApi = "/api/v1/complaints/" + Source + "/" + CaseId + "?purpose=handling";

    // Agencies whose jurisdiction covers Xihu district, Hangzhou (330106): the city's and the province's.
    private static readonly string[] s_covering = ["samr-hz", "samr-zj"];

    /// <summary>Whether <paramref name="who"/> is staff of an agency whose jurisdiction covers the marker complaint.</summary>
    public static bool InJurisdiction(AccessIdentity who) => who.AgencyId is { } agency && s_covering.Contains(agency);

    /// <summary>Stores the marker complaint (idempotent).</summary>
    public static async Task AddAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<IComplaintStore>();
        await store.AddAsync([Make()], CancellationToken.None);
    }

    /// <summary>A listing shows the marker to staff in the jurisdiction (it is the newest) and to no one else.</summary>
    public static string? ListedOnlyInJurisdiction(AccessIdentity who, string body) => Check(who, body, mustShow: InJurisdiction(who) && IsStaff(who));

    /// <summary>The detail answer holds the marker for staff in the jurisdiction and nothing of it for anyone else.</summary>
    public static string? ShownOnlyInJurisdiction(AccessIdentity who, string body) => Check(who, body, mustShow: InJurisdiction(who) && IsStaff(who));

    private static bool IsStaff(AccessIdentity who) => who.Role is "Regulator" or "AgencyAdmin";

    private static string? Check(AccessIdentity who, string body, bool mustShow)
    {
        var shown = body.Contains(CaseId, StringComparison.Ordinal) || body.Contains(Narrative, StringComparison.Ordinal);
        return (mustShow, shown) switch
        {
            (true, false) => $"the answer lacks the complaint {who} may see",
            (false, true) => $"the answer leaks a complaint outside {who}'s jurisdiction",
            _ => null,
        };
    }

    private static Complaint Make() => new()
    {
        Source = Source,
        SourceCaseId = CaseId,
        SourceKind = SourceKind.Hotline,
        ReceivedAt = new DateTimeOffset(2026, 6, 30, 23, 0, 0, TimeSpan.FromHours(8)),
        Channel = ComplaintChannel.Phone,
        SubjectCode = "goods.food",
        IssueCode = "quality",
        ConsumerRegionCode = "330106",
        Merchant = new MerchantRef(MerchantKey.Create(null, null, null, "Matrix Kettle Shop", "330106"), "Matrix Kettle Shop", "330106"),
        Narrative = Narrative,
        Status = ComplaintStatus.Accepted,
    };
}
