using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>A signed-in user with the contract's claims (or nobody), as the server would know them.</summary>
public sealed class FixedAuthenticationStateProvider : AuthenticationStateProvider
{
    private ClaimsPrincipal _user = new(new ClaimsIdentity());

    public void SignIn(string accountId, string role, string agency) => _user = new ClaimsPrincipal(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, accountId),
            new Claim(ClaimTypes.Role, role),
            new Claim(RegulatorHubClaims.Agency, agency),
        ],
        "test"));

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(_user));
}
