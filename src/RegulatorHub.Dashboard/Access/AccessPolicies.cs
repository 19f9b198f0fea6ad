using Microsoft.AspNetCore.Authorization;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// Every authorization policy of the dashboard, by name, with the roles each admits. Pages name a policy in
/// <c>[Authorize(Policy = …)]</c>; anything that names none falls under the fallback policy (signed in) and anything
/// open to anonymous users says so with <c>[AllowAnonymous]</c>.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Agency staff: regulators and agency administrators (referrals, and later complaint-level records).</summary>
    public const string Staff = "Staff";

    /// <summary>Aggregate statistics: every role.</summary>
    public const string Aggregates = "Aggregates";

    /// <summary>The audit trail: auditors.</summary>
    public const string Auditor = "Auditor";

    /// <summary>
    /// The ingestion health page: staff and auditors. It shows counts, failure reasons and field names, never payloads
    /// or complaint text. Staff act on it (a feed stopped, messages quarantined); auditors need it to check that intake
    /// is complete (nothing received was silently lost). Analysts work on published aggregates, whose coverage the
    /// aggregate pages already state.
    /// </summary>
    public const string Operations = "Operations";

    /// <summary>The roles each policy admits.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Staff] = [AccountRoles.Regulator, AccountRoles.AgencyAdmin],
        [Aggregates] = AccountRoles.All,
        [Auditor] = [AccountRoles.Auditor],
        [Operations] = [AccountRoles.Regulator, AccountRoles.AgencyAdmin, AccountRoles.Auditor],
    };

    /// <summary>The roles <paramref name="policy"/> admits.</summary>
    /// <exception cref="ArgumentException">No such policy.</exception>
    public static IReadOnlyList<string> RolesFor(string policy) =>
        Roles.TryGetValue(policy, out var roles) ? roles : throw new ArgumentException($"No access policy is named '{policy}'.", nameof(policy));

    /// <summary>Adds every policy, and a fallback that requires a signed-in user, so whatever names no policy is closed.</summary>
    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        foreach (var (name, roles) in Roles)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
