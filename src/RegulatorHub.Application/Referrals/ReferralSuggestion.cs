namespace RegulatorHub.Application.Referrals;

/// <summary>A hint that a complaint belongs to another agency's jurisdiction, and to which.</summary>
/// <param name="AgencyId">The agency with jurisdiction.</param>
/// <param name="AgencyName">Its display name (its id when the directory has no name).</param>
/// <param name="RegionCode">The merchant's region code the suggestion rests on.</param>
/// <param name="Reason">Why, as a sentence for people (no complaint content).</param>
public sealed record ReferralSuggestion(string AgencyId, string AgencyName, string RegionCode, string Reason);
