using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>
/// Port: where the referral service reports who did what to a referral. The host binds it to the audit trail; the
/// default (<see cref="NullReferralAuditSink"/>) records nothing.
/// </summary>
public interface IReferralAuditSink
{
    /// <summary>Records that <paramref name="actor"/> took <paramref name="action"/> on referral <paramref name="referralId"/>.</summary>
    /// <remarks>Called after the action is stored; a failure fails the call (the action stays stored).</remarks>
    Task RecordAsync(ReferralActor actor, Guid referralId, ReferralAction action, CancellationToken cancellationToken);
}
