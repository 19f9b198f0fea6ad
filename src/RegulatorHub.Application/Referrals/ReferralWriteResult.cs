namespace RegulatorHub.Application.Referrals;

/// <summary>The outcome of <see cref="IReferralStore.CreateAsync"/> or <see cref="IReferralStore.SaveAsync"/>.</summary>
/// <param name="Status">What the store did.</param>
/// <param name="StoredVersion">
/// The version stored after the call: the new version when <see cref="ReferralWriteStatus.Created"/> or
/// <see cref="ReferralWriteStatus.Saved"/>, the version found when <see cref="ReferralWriteStatus.AlreadyExists"/> or
/// <see cref="ReferralWriteStatus.Conflict"/>, 0 when <see cref="ReferralWriteStatus.NotFound"/>.
/// </param>
public sealed record ReferralWriteResult(ReferralWriteStatus Status, int StoredVersion)
{
    /// <summary>Whether the referral was written.</summary>
    public bool Written => Status is ReferralWriteStatus.Created or ReferralWriteStatus.Saved;
}
