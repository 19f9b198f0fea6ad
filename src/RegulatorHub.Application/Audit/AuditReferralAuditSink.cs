using RegulatorHub.Application.Access;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Audit;

/// <summary>
/// <see cref="IReferralAuditSink"/> that writes each referral action taken in this deployment to the audit trail:
/// <see cref="AuditAction.ReferralCreated"/> for <see cref="ReferralAction.Create"/>, otherwise
/// <see cref="AuditAction.ReferralUpdated"/> with the action in the detail (<c>action=Accept</c>), target
/// <c>referral:&lt;id&gt;</c>, purpose <c>referral</c>, the role from the account store when it holds the account.
/// </summary>
/// <remarks>
/// Actions of other deployments that arrive as referral events are not recorded here: their actor is an account of
/// another deployment, which this one cannot vouch for, and they are already in that deployment's trail and in the
/// referral's own event history. This trail answers what this deployment's users did.
/// </remarks>
public sealed class AuditReferralAuditSink(AuditWriter writer, IAccountStore accounts) : IReferralAuditSink
{
    /// <summary>The purpose recorded with every referral action.</summary>
    public const string Purpose = "referral";

    /// <inheritdoc />
    public async Task RecordAsync(ReferralActor actor, Guid referralId, ReferralAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);

        // The action is stored already: its record is written even when the caller stops waiting.
        var account = await accounts.FindByIdAsync(actor.UserId, CancellationToken.None).ConfigureAwait(false);
        await writer.WriteAsync(
            AuditIds.Token(actor.UserId) ?? AuditRecord.UnknownActor,
            AuditIds.Token(actor.AgencyId),
            account?.Role,
            action == ReferralAction.Create ? AuditAction.ReferralCreated : AuditAction.ReferralUpdated,
            AuditTargets.Referral(referralId),
            AuditOutcome.Allowed,
            Purpose,
            "action=" + action,
            CancellationToken.None).ConfigureAwait(false);
    }
}
