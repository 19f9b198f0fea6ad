using RegulatorHub.Domain.Merchants;

namespace RegulatorHub.Domain.Complaints;

/// <summary>The respondent of a complaint as it was canonicalized on ingestion.</summary>
/// <param name="Key">The canonical merchant key used for grouping and de-duplication.</param>
/// <param name="Name">The merchant's display name as the source gave it.</param>
/// <param name="RegionCode">Where the merchant operates or is domiciled, if known (decides jurisdiction).</param>
public sealed record MerchantRef(MerchantKey Key, string Name, string? RegionCode);
