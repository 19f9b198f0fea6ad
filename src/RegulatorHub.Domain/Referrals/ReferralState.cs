namespace RegulatorHub.Domain.Referrals;

/// <summary>Where a <see cref="Referral"/> stands. <see cref="Declined"/>, <see cref="Resolved"/> and <see cref="Withdrawn"/> are final.</summary>
public enum ReferralState
{
    /// <summary>Awaiting the receiving agency's decision to accept, decline or ask for information.</summary>
    Pending,

    /// <summary>Back with the referring agency, which must supply the information asked for and resubmit.</summary>
    ReturnedForInformation,

    /// <summary>Accepted by the receiving agency; mediation is under way.</summary>
    Accepted,

    /// <summary>Declined by the receiving agency (final).</summary>
    Declined,

    /// <summary>Mediation ended with an outcome (final).</summary>
    Resolved,

    /// <summary>Withdrawn by the referring agency before acceptance (final).</summary>
    Withdrawn,
}
