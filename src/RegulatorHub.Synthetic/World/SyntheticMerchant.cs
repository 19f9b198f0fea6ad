namespace RegulatorHub.Synthetic.World;

/// <summary>An invented merchant: an offline business in one province, or a shop on one platform.</summary>
internal sealed class SyntheticMerchant
{
    public required int Index { get; init; }

    public required string Name { get; init; }

    /// <summary>Its unified social credit code (valid check character); every merchant has one.</summary>
    public required string CreditCode { get; init; }

    /// <summary>Whether feeds carry the credit code (hotline staff or the platform looked it up).</summary>
    public required bool CreditCodeInFeed { get; init; }

    /// <summary>Platform index, or -1 for an offline merchant.</summary>
    public required int Platform { get; init; }

    public string? ShopId { get; init; }

    public required int Subject { get; init; }

    /// <summary>Index into the subject's industries (offline merchants), which fixes what it sells; -1 for shops.</summary>
    public int Industry { get; init; } = -1;

    /// <summary>Platform category index, or -1 offline.</summary>
    public int PlatformLabel { get; init; } = -1;

    public required int Unit { get; init; }

    public required string RegionCode { get; init; }

    /// <summary>Whether platform feeds give the shop's registered region.</summary>
    public bool RegionInFeed { get; init; } = true;

    /// <summary>The merchant key ingestion derives from what its own feed sends (uscc:, shop: or name:).</summary>
    public required string Key { get; init; }
}
