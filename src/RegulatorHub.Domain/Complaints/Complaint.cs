using RegulatorHub.Domain.Privacy;

namespace RegulatorHub.Domain.Complaints;

/// <summary>
/// The canonical complaint: one consumer complaint as RegulatorHub stores it, whatever feed it came from.
/// </summary>
/// <remarks>
/// Identity is <see cref="Source"/> + <see cref="SourceCaseId"/>: a re-sent message with the same pair is the same
/// complaint. Codes (<see cref="SubjectCode"/>, <see cref="IssueCode"/>, region codes) are already normalized to the
/// taxonomy and gazetteers; the source's own labels are kept in <see cref="SourceCategory"/> and
/// <see cref="SourceIssue"/> for drill-down. No direct identifier is ever held here: the complainant is a keyed
/// pseudonym and the narrative is scrubbed text.
/// </remarks>
public sealed record Complaint
{
    /// <summary>Stable identifier of the feed, e.g. <c>12315-zj</c>, <c>tmall</c>, <c>cfpb</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The case number the source gave this complaint; unique within <see cref="Source"/>.</summary>
    public required string SourceCaseId { get; init; }

    /// <summary>The kind of feed the complaint came from.</summary>
    public required SourceKind SourceKind { get; init; }

    /// <summary>When the source received the complaint, with the source's own UTC offset.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>How the consumer submitted the complaint.</summary>
    public required ComplaintChannel Channel { get; init; }

    /// <summary>Subject category code from the taxonomy (what the complaint is about).</summary>
    public required string SubjectCode { get; init; }

    /// <summary>Issue nature code from the taxonomy (what went wrong).</summary>
    public required string IssueCode { get; init; }

    /// <summary>The source's own category or product label, before the crosswalk.</summary>
    public string? SourceCategory { get; init; }

    /// <summary>The source's own issue or complaint-type label, before the crosswalk.</summary>
    public string? SourceIssue { get; init; }

    /// <summary>Most specific known region code of the consumer (GB/T 2260 or US-XX).</summary>
    public string? ConsumerRegionCode { get; init; }

    /// <summary>The respondent, canonicalized; <see langword="null"/> when the source names none.</summary>
    public MerchantRef? Merchant { get; init; }

    /// <summary>Platform identifier (e.g. <c>tmall</c>) when the purchase was made on one.</summary>
    public string? Platform { get; init; }

    /// <summary>A hashed order reference from the platform; never a raw order number.</summary>
    public string? OrderReference { get; init; }

    /// <summary>The amount in dispute, if stated.</summary>
    public Money? Amount { get; init; }

    /// <summary>The complaint text after scrubbing.</summary>
    public string? Narrative { get; init; }

    /// <summary>How many items of personal data the scrubber removed from <see cref="Narrative"/> and other free text.</summary>
    public PersonalDataCounts PersonalDataRemoved { get; init; } = PersonalDataCounts.None;

    /// <summary>Keyed pseudonym of the complainant (HMAC), so repeat complainants can be counted.</summary>
    public string? ComplainantPseudonym { get; init; }

    /// <summary>Where the complaint stands in its lifecycle.</summary>
    public ComplaintStatus Status { get; init; } = ComplaintStatus.Received;

    /// <summary>How a closed complaint ended.</summary>
    public ComplaintOutcome? Outcome { get; init; }

    /// <summary>The calendar day the complaint was received, in the source's own time zone.</summary>
    public DateOnly ReceivedDate => DateOnly.FromDateTime(ReceivedAt.DateTime);

    /// <summary>The key under which likely cross-channel duplicates meet: same complainant, merchant and day.</summary>
    /// <returns><see langword="null"/> when the complainant or merchant is unknown.</returns>
    public string? CrossChannelKey =>
        ComplainantPseudonym is null || Merchant is null
            ? null
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ComplainantPseudonym}|{Merchant.Key}|{ReceivedDate:yyyyMMdd}");
}
