using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Access;

/// <summary>
/// Decides whether a user may see one complaint's record: only a <c>Regulator</c> or <c>AgencyAdmin</c> of a known
/// agency, and only when the agency's jurisdiction covers the consumer's region or the merchant's region (the agency
/// where the respondent operates has jurisdiction; the one where the consumer lives receives the complaint). Otherwise
/// the registered <see cref="IComplaintAccessGrant"/>s are asked, in registration order.
/// </summary>
public sealed class ComplaintAccessPolicy(AgencyDirectory agencies, IEnumerable<IComplaintAccessGrant> grants)
{
    private readonly IComplaintAccessGrant[] _grants = [.. grants];

    /// <summary>Decides for <paramref name="user"/> and <paramref name="complaint"/>.</summary>
    public async Task<ComplaintAccessDecision> DecideAsync(UserAccess user, Complaint complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(complaint);
        var decision = Jurisdictional(user, complaint);
        if (decision.Allowed || decision.Reason != ComplaintAccessReason.OutsideJurisdiction)
        {
            return decision;
        }

        foreach (var grant in _grants)
        {
            if (await grant.GrantsAsync(user, complaint.Source, complaint.SourceCaseId, cancellationToken).ConfigureAwait(false))
            {
                return ComplaintAccessDecision.Allow(ComplaintAccessReason.Granted, grant.GetType().Name);
            }
        }

        return ComplaintAccessDecision.Deny(ComplaintAccessReason.OutsideJurisdiction);
    }

    /// <summary>
    /// The denial for a user who may see no complaint-level record at all (wrong role, or no known agency), whatever
    /// the complaint; <see langword="null"/> for a user whose jurisdiction decides.
    /// </summary>
    public static ComplaintAccessDecision? Refusal(UserAccess user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Role is not (UserRole.Regulator or UserRole.AgencyAdmin))
        {
            return ComplaintAccessDecision.Deny(ComplaintAccessReason.RoleNotAllowed);
        }

        return user.CanSeeComplaintLevel ? null : ComplaintAccessDecision.Deny(ComplaintAccessReason.UnknownAgency);
    }

    /// <summary>
    /// The decision from role, agency and jurisdiction alone, without asking the grants: what a listing of "complaints in
    /// my jurisdiction" must satisfy for every row.
    /// </summary>
    public ComplaintAccessDecision Jurisdictional(UserAccess user, Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(complaint);
        if (Refusal(user) is { } refusal)
        {
            return refusal;
        }

        var jurisdiction = agencies.JurisdictionOf(user.Agency!);
        if (jurisdiction.Covers(complaint.ConsumerRegionCode))
        {
            return ComplaintAccessDecision.Allow(ComplaintAccessReason.ConsumerInJurisdiction);
        }

        return jurisdiction.Covers(complaint.Merchant?.RegionCode)
            ? ComplaintAccessDecision.Allow(ComplaintAccessReason.MerchantInJurisdiction)
            : ComplaintAccessDecision.Deny(ComplaintAccessReason.OutsideJurisdiction);
    }
}
