namespace RegulatorHub.Domain.Referrals;

/// <summary>How mediation of a resolved <see cref="Referral"/> ended.</summary>
public enum ReferralOutcome
{
    /// <summary>The consumer and the merchant reached an agreement.</summary>
    AgreementReached,

    /// <summary>Mediation ended without agreement.</summary>
    NoAgreement,

    /// <summary>The receiving agency opened an enforcement case instead.</summary>
    EnforcementCase,
}
