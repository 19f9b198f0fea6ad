namespace RegulatorHub.Application.Access;

/// <summary>
/// The role strings carried by accounts and the <c>ClaimTypes.Role</c> claim (the shared contract; the same names as
/// the Domain's <c>UserRole</c> values).
/// </summary>
public static class AccountRoles
{
    /// <summary>Agency staff: aggregates, referrals and complaint-level records within the agency's jurisdiction.</summary>
    public const string Regulator = "Regulator";

    /// <summary>An agency's administrator: what a regulator may do, for the agency's own staff and settings.</summary>
    public const string AgencyAdmin = "AgencyAdmin";

    /// <summary>Aggregates and exports only, never complaint-level records.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Reads the audit trail.</summary>
    public const string Auditor = "Auditor";

    /// <summary>Every role, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Regulator, AgencyAdmin, Analyst, Auditor];

    /// <summary>True when <paramref name="role"/> is one of <see cref="All"/> (exact, case-sensitive).</summary>
    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
