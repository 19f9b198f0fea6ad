namespace RegulatorHub.Domain.Referrals;

/// <summary>Something an agency does to a <see cref="Referral"/>; each one is recorded as a <see cref="ReferralEvent"/>.</summary>
public enum ReferralAction
{
    /// <summary>The referring agency hands the complaint to another agency.</summary>
    Create,

    /// <summary>The receiving agency takes the case on and starts mediation.</summary>
    Accept,

    /// <summary>The receiving agency refuses the case, giving a reason.</summary>
    Decline,

    /// <summary>The receiving agency sends the case back, saying which information it needs.</summary>
    ReturnForInformation,

    /// <summary>The referring agency sends a returned case again, with the information asked for.</summary>
    Resubmit,

    /// <summary>The receiving agency ends mediation with an outcome.</summary>
    Resolve,

    /// <summary>The referring agency takes the case back before it is accepted, giving a reason.</summary>
    Withdraw,
}
