using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Application.Referrals;

/// <summary>The audit sink used until the host binds the audit trail: records nothing.</summary>
public sealed class NullReferralAuditSink : IReferralAuditSink
{
    /// <inheritdoc />
    public Task RecordAsync(ReferralActor actor, Guid referralId, ReferralAction action, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
