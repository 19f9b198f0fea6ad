namespace RegulatorHub.Feeds.V1;

/// <summary>
/// One complaint as a hotline or e-commerce platform publishes it: feed contract v1
/// (<c>docs/feed-contract-v1.md</c>, <c>docs/schemas/complaint-feed.v1.schema.json</c>).
/// </summary>
/// <remarks>
/// Every property is nullable because this type is what a sender actually sent; the ingestion validator decides
/// what is missing and says which field and rule failed. Unknown properties are refused by the serializer.
/// </remarks>
public sealed class FeedMessage
{
    /// <summary>Always <see cref="FeedSchema.V1"/>.</summary>
    public string? Schema { get; set; }

    /// <summary><c>hotline</c> or <c>platform</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>Stable id of the sending feed, e.g. <c>12315-zj</c> or <c>tmall</c>: lower case, digits, dashes.</summary>
    public string? Source { get; set; }

    /// <summary>The sender's own case number; unique within <see cref="Source"/>.</summary>
    public string? CaseId { get; set; }

    /// <summary>ISO 8601 date-time with offset.</summary>
    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>Intake channel, see <see cref="FeedVocabulary.Channels"/>.</summary>
    public string? Channel { get; set; }

    /// <summary>Hotline: subject label. Platform: the storefront's product category.</summary>
    public string? Category { get; set; }

    /// <summary>Hotline: issue label. Platform: the platform's own complaint type.</summary>
    public string? IssueType { get; set; }

    public FeedRegion? ConsumerRegion { get; set; }

    public FeedMerchant? Merchant { get; set; }

    /// <summary>Platform id (required for kind <c>platform</c>), e.g. <c>tmall</c>.</summary>
    public string? Platform { get; set; }

    /// <summary>Platform only: SHA-256 of the order number, 64 lower-case hex characters.</summary>
    public string? OrderRef { get; set; }

    public FeedAmount? Amount { get; set; }

    /// <summary>Free text; scrubbed again on ingestion.</summary>
    public string? Narrative { get; set; }

    public FeedComplainant? Complainant { get; set; }

    /// <summary>See <see cref="FeedVocabulary.Statuses"/>; <c>received</c> when absent.</summary>
    public string? Status { get; set; }

    /// <summary>See <see cref="FeedVocabulary.Outcomes"/>; only with status <c>closed</c>.</summary>
    public string? Outcome { get; set; }
}
