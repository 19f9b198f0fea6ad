namespace RegulatorHub.Application.Storage;

/// <summary>
/// The text fields of a <see cref="ComplaintExportBatch"/> row, in the order a row's texts are added
/// (<see cref="ComplaintExportBatch.AddText(ReadOnlySpan{byte})"/>).
/// </summary>
public enum ComplaintExportText
{
    /// <summary>Feed the complaint came from.</summary>
    Source,

    /// <summary>The source's case id.</summary>
    SourceCaseId,

    /// <summary>Taxonomy subject (category) code.</summary>
    SubjectCode,

    /// <summary>Taxonomy issue code.</summary>
    IssueCode,

    /// <summary>The consumer's region code, when known.</summary>
    ConsumerRegionCode,

    /// <summary>The merchant's key, when a merchant is named.</summary>
    MerchantKey,

    /// <summary>The merchant's name, when a merchant is named.</summary>
    MerchantName,

    /// <summary>The merchant's region code, when known.</summary>
    MerchantRegionCode,

    /// <summary>The platform the merchant sells on, when any.</summary>
    Platform,

    /// <summary>The currency of the amount in dispute, when an amount is given.</summary>
    Currency,

    /// <summary>The complaint text as stored (already scrubbed of personal data).</summary>
    Narrative,

    /// <summary>What the scrubber removed, per kind, in its stored form; absent when nothing was.</summary>
    PersonalDataRemoved,
}
