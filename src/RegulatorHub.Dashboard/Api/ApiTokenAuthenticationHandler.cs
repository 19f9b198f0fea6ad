using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using RegulatorHub.Application.Access;
using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// Authenticates <c>Authorization: Bearer rhk_…</c>: the token must be known, unexpired and unrevoked, and its owner a
/// local account that exists and is enabled now; the principal carries that account's current claims
/// (<see cref="AccountClaims"/>) and <see cref="ApiTokenAuthenticationDefaults.TokenIdClaim"/>. A request without a
/// bearer token is no result here (the cookie may still sign it in).
/// </summary>
/// <remarks>
/// Every refusal gets the same 401 and the same words, "invalid or expired", so a caller cannot learn whether a token
/// exists, has expired, was revoked, or belongs to a disabled account.
/// </remarks>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenValidator validator,
    IAccountStore accounts)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The failure message of every refused token.</summary>
    public const string InvalidToken = "The token is invalid or expired.";

    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokenAuthenticationDefaults.BearerToken(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        var validation = await validator.ValidateAsync(secret, Context.RequestAborted);
        if (!validation.IsValid)
        {
            return AuthenticateResult.Fail(InvalidToken);
        }

        // The account as it is now, not as it was when the token was made: a changed role applies at once, and a
        // disabled account's tokens stop working without being revoked one by one.
        var account = await accounts.FindByIdAsync(validation.Token.Owner, Context.RequestAborted);
        if (account is not { Disabled: false })
        {
            return AuthenticateResult.Fail(InvalidToken);
        }

        var identity = AccountClaims.Identity(account.Id, account.DisplayName, [account.Role], account.AgencyId, ApiTokenAuthenticationDefaults.AuthenticationType);
        identity.AddClaim(new Claim(ApiTokenAuthenticationDefaults.TokenIdClaim, validation.Token.Id));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <inheritdoc />
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var rejected = result.Failure is not null;

        // RFC 6750 §3: a request that sent no token gets the scheme alone; one that sent a bad token, invalid_token.
        Response.Headers[HeaderNames.WWWAuthenticate] = rejected
            ? "Bearer error=\"invalid_token\", error_description=\"The token is invalid or expired\""
            : "Bearer";
        await ApiProblems.Unauthorized(rejected).ExecuteAsync(Context);
    }

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => ApiProblems.Forbidden().ExecuteAsync(Context);
}
