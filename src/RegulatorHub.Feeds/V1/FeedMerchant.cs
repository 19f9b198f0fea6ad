namespace RegulatorHub.Feeds.V1;

/// <summary>The respondent: a credit code, a shop id on the message's platform, or at least a name.</summary>
public sealed class FeedMerchant
{
    public string? Name { get; set; }

    /// <summary>Unified social credit code (GB 32100-2015), 18 characters with check character.</summary>
    public string? CreditCode { get; set; }

    /// <summary>The shop's id on the message's platform.</summary>
    public string? ShopId { get; set; }

    public FeedRegion? Region { get; set; }
}
