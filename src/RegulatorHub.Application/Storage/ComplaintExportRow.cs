using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Storage;

/// <summary>
/// One complaint as a complaint-level export writes it, as .NET objects (see <see cref="ComplaintExportBatch"/> for the
/// form exports stream in): a flat projection read straight from storage, without the
/// complainant's pseudonym (an export has no use for it) or the source's own category and order reference.
/// </summary>
/// <param name="Source">Feed the complaint came from.</param>
/// <param name="SourceCaseId">The source's case id.</param>
/// <param name="ReceivedAt">When the source received it, with the source's own offset.</param>
/// <param name="ReceivedDate">The received day in the source's own time zone.</param>
/// <param name="Channel">How it was filed.</param>
/// <param name="SubjectCode">Taxonomy subject (category) code.</param>
/// <param name="IssueCode">Taxonomy issue code.</param>
/// <param name="ConsumerRegionCode">The consumer's region code, when known.</param>
/// <param name="MerchantKey">The merchant's key, when a merchant is named.</param>
/// <param name="MerchantName">The merchant's name, when a merchant is named.</param>
/// <param name="MerchantRegionCode">The merchant's region code, when known.</param>
/// <param name="Platform">The platform the merchant sells on, when any.</param>
/// <param name="Amount">The amount in dispute, when given.</param>
/// <param name="Status">Handling status.</param>
/// <param name="Outcome">Outcome, once closed.</param>
/// <param name="Narrative">The complaint text as stored: already scrubbed of personal data.</param>
/// <param name="PersonalDataRemoved">What the scrubber removed, per kind, in its stored form (<c>mobile:2,address:1</c>,
/// see <see cref="Domain.Privacy.PersonalDataCounts"/>); <see langword="null"/> when nothing was.</param>
public sealed record ComplaintExportRow(
    string Source,
    string SourceCaseId,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedDate,
    ComplaintChannel Channel,
    string SubjectCode,
    string IssueCode,
    string? ConsumerRegionCode,
    string? MerchantKey,
    string? MerchantName,
    string? MerchantRegionCode,
    string? Platform,
    Money? Amount,
    ComplaintStatus Status,
    ComplaintOutcome? Outcome,
    string? Narrative,
    string? PersonalDataRemoved);
