using System.Security.Claims;
using RegulatorHub.Domain.Access;

namespace RegulatorHub.Application.Access;

/// <summary>
/// Who is asking, as far as access to complaints goes: the signed-in account, its role, and its agency (when the
/// directory knows it). Built from the claims the sign-in issues; never holds a name or e-mail.
/// </summary>
/// <param name="AccountId">The opaque account id (<c>ClaimTypes.NameIdentifier</c>), or <see langword="null"/> when not signed in.</param>
/// <param name="Role">The role, or <see langword="null"/> when none (or more than one different role) was claimed.</param>
/// <param name="AgencyId">The agency id as claimed (<c>regulatorhub:agency</c>), known or not.</param>
/// <param name="Agency">The claimed agency from the directory, or <see langword="null"/> when the directory has no such agency.</param>
public sealed record UserAccess(string? AccountId, UserRole? Role, string? AgencyId, Agency? Agency)
{
    /// <summary>Nobody signed in: sees no complaint-level records.</summary>
    public static UserAccess Anonymous { get; } = new(null, null, null, null);

    /// <summary>
    /// Whether the user may see complaint-level records at all: a <see cref="UserRole.Regulator"/> or
    /// <see cref="UserRole.AgencyAdmin"/> of a known agency. Which records, the agency's jurisdiction decides.
    /// </summary>
    public bool CanSeeComplaintLevel => Role is UserRole.Regulator or UserRole.AgencyAdmin && Agency is not null;

    /// <summary>
    /// Reads the claims of a signed-in user: account id from <see cref="ClaimTypes.NameIdentifier"/>, role from
    /// <see cref="ClaimTypes.Role"/> (one of the <see cref="UserRole"/> names, exactly), agency from
    /// <see cref="RegulatorHubClaims.Agency"/>, looked up in <paramref name="agencies"/>.
    /// </summary>
    /// <remarks>
    /// Fails closed: an unauthenticated principal is <see cref="Anonymous"/>; role strings that are not a role name are
    /// ignored; two different roles, or two different agencies, leave the role or agency unset rather than guessing
    /// which one applies.
    /// </remarks>
    public static UserAccess From(ClaimsPrincipal principal, AgencyDirectory agencies)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(agencies);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }

        var roles = principal.FindAll(ClaimTypes.Role).Select(c => ParseRole(c.Value)).OfType<UserRole>().Distinct().ToList();
        var agencyIds = principal.FindAll(RegulatorHubClaims.Agency).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        var agencyId = agencyIds.Count == 1 ? agencyIds[0] : null;
        return new UserAccess(
            principal.FindFirst(ClaimTypes.NameIdentifier)?.Value,
            roles.Count == 1 ? roles[0] : null,
            agencyId,
            agencies.Find(agencyId));
    }

    /// <summary>The role a claim value names (exactly <c>Regulator</c>, <c>AgencyAdmin</c>, <c>Analyst</c> or <c>Auditor</c>), or <see langword="null"/>.</summary>
    public static UserRole? ParseRole(string? value) => value switch
    {
        nameof(UserRole.Regulator) => UserRole.Regulator,
        nameof(UserRole.AgencyAdmin) => UserRole.AgencyAdmin,
        nameof(UserRole.Analyst) => UserRole.Analyst,
        nameof(UserRole.Auditor) => UserRole.Auditor,
        _ => null,
    };
}
