namespace RegulatorHub.Application.Referrals;

/// <summary>
/// Configuration section <c>Referrals:Overrides:{agencyId}</c>: deadlines of one receiving agency that differ from the
/// defaults (a jurisdiction's own rules). A period left unset keeps the default.
/// </summary>
public sealed class ReferralDeadlineOverride
{
    /// <summary><c>Referrals:Overrides:{agencyId}:AcceptWithinWorkingDays</c>.</summary>
    public int? AcceptWithinWorkingDays { get; set; }

    /// <summary><c>Referrals:Overrides:{agencyId}:ConcludeWithinWorkingDays</c>.</summary>
    public int? ConcludeWithinWorkingDays { get; set; }
}
