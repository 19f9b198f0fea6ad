using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>
/// Signs a request in as whoever its <c>X-Test-User</c> header names (<c>account;role;agency</c>), with the contract's
/// claims; no header, no user. Stands in for the sign-in another branch builds.
/// </summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";

    public const string Header = "X-Test-User";

    /// <summary>The header value for a user.</summary>
    public static string HeaderFor(string accountId, string role, string agency) => $"{accountId};{role};{agency}";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var value) || value.ToString().Split(';') is not [var account, var role, var agency])
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account),
                new Claim(ClaimTypes.Name, "Test user"),
                new Claim(ClaimTypes.Role, role),
                new Claim(RegulatorHubClaims.Agency, agency),
            ],
            SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
