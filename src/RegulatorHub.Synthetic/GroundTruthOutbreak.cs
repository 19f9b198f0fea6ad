namespace RegulatorHub.Synthetic;

/// <summary>
/// An outbreak injected into the feed: extra complaints sharing the dimensions given here (null dimensions vary as
/// usual). Decided from the seed before generation, so detectors can be scored against it.
/// </summary>
public sealed record GroundTruthOutbreak
{
    /// <summary>Stable id, <c>OB-001</c>, … in start order.</summary>
    public required string Id { get; init; }

    /// <summary>What happened, in English, e.g. <c>prepaid-card collapse</c>.</summary>
    public required string Description { get; init; }

    /// <summary>Source kind of the injected messages: <c>hotline</c> or <c>platform</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>First day with injected complaints (inclusive, China time).</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Last day with injected complaints (inclusive).</summary>
    public required DateOnly End { get; init; }

    /// <summary>Taxonomy subject code of every injected complaint.</summary>
    public required string SubjectCode { get; init; }

    /// <summary>Taxonomy issue code of every injected complaint.</summary>
    public required string IssueCode { get; init; }

    /// <summary>The platform complaint type label, for platform outbreaks.</summary>
    public string? IssueLabel { get; init; }

    /// <summary>Platform id, for platform outbreaks.</summary>
    public string? Platform { get; init; }

    /// <summary>Merchant key (as ingestion derives it) when one merchant is affected.</summary>
    public string? MerchantKey { get; init; }

    /// <summary>Merchant name when one merchant is affected.</summary>
    public string? MerchantName { get; init; }

    /// <summary>The merchant's credit code, when its feed carries one.</summary>
    public string? CreditCode { get; init; }

    /// <summary>The merchant's shop id, for platform outbreaks.</summary>
    public string? ShopId { get; init; }

    /// <summary>GB/T 2260 province code (<c>NN0000</c>) of every complainant, when the outbreak is regional.</summary>
    public string? ProvinceCode { get; init; }

    /// <summary>GB/T 2260 county code of every complainant, when the outbreak is local.</summary>
    public string? CountyCode { get; init; }

    /// <summary>Extra complaints injected over the window (≥ 3).</summary>
    public required int Complaints { get; init; }
}
