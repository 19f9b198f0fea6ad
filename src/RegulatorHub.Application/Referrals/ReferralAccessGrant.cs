using RegulatorHub.Application.Access;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// Grants a complaint to the agency it was referred to: a <c>Regulator</c> or <c>AgencyAdmin</c> whose agency is the
/// receiving agency of any referral of the complaint (open or final, since the receiver keeps handling and answering
/// for it). The sender needs no grant: it referred the complaint from its own jurisdiction.
/// </summary>
/// <remarks>
/// <see cref="ComplaintAccessPolicy"/> consults grants only for users who may see complaint-level records at all, but
/// the role is checked here again so the grant never widens roles whoever calls it.
/// </remarks>
public sealed class ReferralAccessGrant(IReferralStore store) : IComplaintAccessGrant
{
    /// <inheritdoc />
    public async Task<bool> GrantsAsync(UserAccess user, string source, string sourceCaseId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.CanSeeComplaintLevel || user.AgencyId is not { } agencyId
            || string.IsNullOrWhiteSpace(source) || string.IsNullOrWhiteSpace(sourceCaseId))
        {
            return false;
        }

        var referrals = await store.FindByComplaintAsync(new ComplaintReference(source, sourceCaseId), cancellationToken).ConfigureAwait(false);
        return referrals.Any(r => string.Equals(r.Referral.ToAgencyId, agencyId, StringComparison.Ordinal));
    }
}
