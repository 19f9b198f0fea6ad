using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// What the receiving agency needs to see of a referred complaint without the complaint being in its own store: the
/// classification, regions, merchant and scrubbed narrative, copied when the referral is created.
/// </summary>
/// <remarks>
/// Carries no complainant identifier, not even the pseudonym (pseudonyms are keyed per deployment and mean nothing
/// elsewhere). The narrative is the complaint's stored narrative, which ingestion has already scrubbed.
/// </remarks>
/// <param name="ReceivedAt">When the source received the complaint, with the source's own offset.</param>
/// <param name="SubjectCode">Taxonomy subject code.</param>
/// <param name="IssueCode">Taxonomy issue code.</param>
/// <param name="ConsumerRegionCode">The consumer's most specific region code, when known.</param>
/// <param name="MerchantKey">The merchant's canonical key, when known.</param>
/// <param name="MerchantName">The merchant's display name, when known.</param>
/// <param name="MerchantRegionCode">The merchant's region code (decides jurisdiction), when known.</param>
/// <param name="Platform">The platform identifier, when the purchase was made on one.</param>
/// <param name="Channel">How the consumer submitted the complaint.</param>
/// <param name="Narrative">The scrubbed complaint text, when there is one.</param>
/// <param name="Amount">The amount in dispute, when stated.</param>
public sealed record ReferralComplaintSnapshot(
    DateTimeOffset ReceivedAt,
    string SubjectCode,
    string IssueCode,
    string? ConsumerRegionCode,
    string? MerchantKey,
    string? MerchantName,
    string? MerchantRegionCode,
    string? Platform,
    ComplaintChannel Channel,
    string? Narrative,
    Money? Amount)
{
    /// <summary>The snapshot of <paramref name="complaint"/>.</summary>
    public static ReferralComplaintSnapshot From(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new ReferralComplaintSnapshot(
            complaint.ReceivedAt,
            complaint.SubjectCode,
            complaint.IssueCode,
            complaint.ConsumerRegionCode,
            complaint.Merchant?.Key.Value,
            complaint.Merchant?.Name,
            complaint.Merchant?.RegionCode,
            complaint.Platform,
            complaint.Channel,
            complaint.Narrative,
            complaint.Amount);
    }
}
