namespace RegulatorHub.Application.Referrals;

/// <summary>How a <see cref="ReferralService"/> call ended.</summary>
public enum ReferralOutcomeKind
{
    /// <summary>The referral was created or the action taken, stored and published.</summary>
    Succeeded,

    /// <summary>
    /// Refused by the rules or for a value (an unknown or the same agency, a missing reason, a final referral, the other
    /// party's turn); <see cref="ReferralOutcomeResult.Error"/> says why and names the field.
    /// </summary>
    Refused,

    /// <summary>The referral or the complaint does not exist.</summary>
    NotFound,

    /// <summary>
    /// The referral changed since the caller read it; nothing was written.
    /// <see cref="ReferralOutcomeResult.CurrentVersion"/> is the version now stored.
    /// </summary>
    Conflict,

    /// <summary>
    /// An open referral of the same complaint to the same agency exists already; it is
    /// <see cref="ReferralOutcomeResult.Referral"/>.
    /// </summary>
    Duplicate,
}
