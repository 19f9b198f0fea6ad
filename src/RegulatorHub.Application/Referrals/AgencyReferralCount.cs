namespace RegulatorHub.Application.Referrals;

/// <summary>How many open referrals on one merchant an agency holds ("who else is looking").</summary>
/// <param name="AgencyId">The agency.</param>
/// <param name="Received">Open referrals on the merchant addressed to the agency.</param>
/// <param name="Sent">Open referrals on the merchant the agency sent.</param>
public sealed record AgencyReferralCount(string AgencyId, int Received, int Sent);
