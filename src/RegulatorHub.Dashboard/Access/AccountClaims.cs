using System.Security.Claims;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// The claims of a signed-in user (the shared contract): <see cref="ClaimTypes.NameIdentifier"/> = opaque account id,
/// <see cref="ClaimTypes.Name"/> = display name, <see cref="ClaimTypes.Role"/> = role, <see cref="RegulatorHubClaims.Agency"/>
/// = agency id.
/// </summary>
public static class AccountClaims
{
    /// <summary>Authentication type of a user signed in with a local account's password.</summary>
    public const string LocalAuthenticationType = "RegulatorHub.Local";

    /// <summary>Authentication type of a user signed in through OpenID Connect.</summary>
    public const string OidcAuthenticationType = "RegulatorHub.Oidc";

    /// <summary>The principal of a local account.</summary>
    public static ClaimsPrincipal For(LocalAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new ClaimsPrincipal(Identity(account.Id, account.DisplayName, [account.Role], account.AgencyId, LocalAuthenticationType));
    }

    /// <summary>An identity with exactly the contract's claims.</summary>
    /// <param name="accountId">Opaque account id.</param>
    /// <param name="displayName">Shown in the dashboard.</param>
    /// <param name="roles">Roles; only <see cref="AccountRoles.All"/> are kept.</param>
    /// <param name="agencyId">Agency id, or <see langword="null"/> when the user has none.</param>
    /// <param name="authenticationType"><see cref="LocalAuthenticationType"/> or <see cref="OidcAuthenticationType"/>.</param>
    public static ClaimsIdentity Identity(string accountId, string displayName, IEnumerable<string> roles, string? agencyId, string authenticationType)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentNullException.ThrowIfNull(roles);
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, accountId),
            new(ClaimTypes.Name, string.IsNullOrWhiteSpace(displayName) ? accountId : displayName),
        };
        claims.AddRange(roles.Where(AccountRoles.IsKnown).Distinct(StringComparer.Ordinal).Select(r => new Claim(ClaimTypes.Role, r)));
        if (!string.IsNullOrWhiteSpace(agencyId))
        {
            claims.Add(new Claim(RegulatorHubClaims.Agency, agencyId));
        }

        return new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role);
    }

    /// <summary>The account id of <paramref name="user"/>, or <see cref="ISignInEvents.UnknownAccount"/>.</summary>
    public static string AccountId(ClaimsPrincipal? user) =>
        user?.FindFirst(ClaimTypes.NameIdentifier)?.Value is { Length: > 0 } id ? id : ISignInEvents.UnknownAccount;

    /// <summary>The agency id of <paramref name="user"/>, or <see langword="null"/>.</summary>
    public static string? AgencyId(ClaimsPrincipal? user) => user?.FindFirst(RegulatorHubClaims.Agency)?.Value;

    /// <summary>The roles of <paramref name="user"/>.</summary>
    public static IReadOnlyList<string> Roles(ClaimsPrincipal? user) =>
        user?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];
}
