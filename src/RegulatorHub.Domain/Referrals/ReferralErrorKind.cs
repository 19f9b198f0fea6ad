namespace RegulatorHub.Domain.Referrals;

/// <summary>Why a referral action was refused.</summary>
public enum ReferralErrorKind
{
    /// <summary>The acting agency is neither the referring nor the receiving agency.</summary>
    NotAParty,

    /// <summary>The action is possible in the referral's state, but only for the other agency.</summary>
    NotYourTurn,

    /// <summary>The action is not possible in the referral's state (for example anything on a final referral).</summary>
    InvalidTransition,

    /// <summary>A required value (a reason, a note, an outcome, the receiving agency) was not given.</summary>
    MissingField,

    /// <summary>A value was given but is not acceptable (too long, out of order, the wrong agency).</summary>
    InvalidField,
}
