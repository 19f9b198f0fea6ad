using System.Globalization;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Application.Access;
using RegulatorHub.Dashboard.Labels;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Privacy;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// The JSON shapes of the complaint API: a list row (no narrative: that is shown only after a purpose is stated) and a
/// complaint's full record. Never the complainant's pseudonym or the order reference: they would only serve to link
/// records, which the API has no use for.
/// </summary>
public static class ComplaintJson
{
    /// <summary>One row of a listing.</summary>
    public static object Summary(Complaint complaint, DisplayNames names, ComplaintText text)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(text);
        return new
        {
            source = complaint.Source,
            caseId = complaint.SourceCaseId,
            receivedAt = complaint.ReceivedAt,
            receivedDate = complaint.ReceivedDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            category = Code(complaint.SubjectCode, names.Of(FactDimension.Category, complaint.SubjectCode)),
            issue = Code(complaint.IssueCode, names.Of(FactDimension.Issue, complaint.IssueCode)),
            consumerRegion = Region(complaint.ConsumerRegionCode, text),
            merchant = Merchant(complaint.Merchant, text),
            platform = complaint.Platform,
            status = complaint.Status.ToString(),
            href = ComplaintApi.HrefOf(complaint),
        };
    }

    /// <summary>A complaint's record, with why the user may see it.</summary>
    public static object Detail(Complaint complaint, ComplaintAccessReason reason, DisplayNames names, ComplaintText text)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(text);
        return new
        {
            source = complaint.Source,
            caseId = complaint.SourceCaseId,
            sourceKind = complaint.SourceKind.ToString(),
            receivedAt = complaint.ReceivedAt,
            channel = Code(complaint.Channel.ToString(), text.Channel(complaint.Channel)),
            category = new { code = complaint.SubjectCode, name = names.Of(FactDimension.Category, complaint.SubjectCode), sourceLabel = complaint.SourceCategory },
            issue = new { code = complaint.IssueCode, name = names.Of(FactDimension.Issue, complaint.IssueCode), sourceLabel = complaint.SourceIssue },
            consumerRegion = Region(complaint.ConsumerRegionCode, text),
            merchant = Merchant(complaint.Merchant, text),
            platform = complaint.Platform,
            amount = complaint.Amount is { } amount ? new { value = amount.Amount, currency = amount.Currency } : null,
            status = Code(complaint.Status.ToString(), text.Status(complaint.Status)),
            outcome = complaint.Outcome is { } outcome ? Code(outcome.ToString(), text.Outcome(outcome)) : null,
            narrative = complaint.Narrative,
            personalDataRemoved = complaint.PersonalDataRemoved.NonZero.ToDictionary(p => PersonalDataCounts.CodeOf(p.Key), p => p.Value),
            access = reason.ToString(),
        };
    }

    private static object Code(string code, string name) => new { code, name };

    private static object? Region(string? code, ComplaintText text) => code is null ? null : new { code, name = text.RegionPath(code) };

    private static object? Merchant(MerchantRef? merchant, ComplaintText text) =>
        merchant is null ? null : new { key = merchant.Key.Value, name = merchant.Name, region = Region(merchant.RegionCode, text) };
}
