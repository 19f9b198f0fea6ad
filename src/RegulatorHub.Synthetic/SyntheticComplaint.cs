using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Synthetic;

/// <summary>One generated feed message plus the ground truth a test needs about it.</summary>
public sealed class SyntheticComplaint
{
    /// <summary>The message as a sender would publish it. A fresh object per item; callers may mutate it.</summary>
    public required FeedMessage Message { get; init; }

    /// <summary>Personal data written into <see cref="FeedMessage.Narrative"/>, in order of appearance; empty for about 40%.</summary>
    public required IReadOnlyList<EmbeddedPersonalData> PersonalData { get; init; }

    /// <summary>Number-like text in the narrative that is not personal data (order numbers, amounts, dates, …).</summary>
    public required IReadOnlyList<EmbeddedLookAlike> LookAlikes { get; init; }

    /// <summary>The taxonomy subject code <see cref="FeedMessage.Category"/> maps to through its crosswalk.</summary>
    public required string SubjectCode { get; init; }

    /// <summary>The taxonomy issue code <see cref="FeedMessage.IssueType"/> maps to through its crosswalk.</summary>
    public required string IssueCode { get; init; }

    /// <summary>The key of the merchant complained about, as ingestion derives it from its own feed (<c>uscc:…</c>, <c>shop:…</c>, <c>name:…</c>).</summary>
    public required string MerchantKey { get; init; }

    /// <summary>Index of the complainant in the pool (0-based); equal indices are the same person.</summary>
    public required int ComplainantIndex { get; init; }

    /// <summary>True for an exact resend of the message just before it (same source, case id and content).</summary>
    public bool IsResend { get; init; }

    /// <summary>For a cross-channel duplicate, the message id (<c>source:caseId</c>) of the complaint it repeats.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The <see cref="GroundTruthOutbreak.Id"/> when this complaint was injected by an outbreak.</summary>
    public string? OutbreakId { get; init; }
}
