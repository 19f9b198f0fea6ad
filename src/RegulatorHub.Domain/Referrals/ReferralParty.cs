namespace RegulatorHub.Domain.Referrals;

/// <summary>The two agencies of a <see cref="Referral"/>.</summary>
public enum ReferralParty
{
    /// <summary>The referring agency (<see cref="Referral.FromAgencyId"/>).</summary>
    Sender,

    /// <summary>The agency the case was referred to (<see cref="Referral.ToAgencyId"/>).</summary>
    Receiver,
}
