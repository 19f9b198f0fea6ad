using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// Turns a validated OpenID Connect sign-in into the contract's claims: account id from <c>sub</c> (opaque, never an
/// e-mail), display name, role and agency from the configured claims. Everything else the provider sent is dropped,
/// so the cookie carries no more personal data than the dashboard needs.
/// </summary>
public static class OidcClaimsMapper
{
    /// <summary>The subject claim: the provider's opaque, stable user id.</summary>
    public const string SubjectClaim = "sub";

    /// <summary>The contract identity for <paramref name="source"/>; <see langword="null"/> when it has no subject.</summary>
    public static ClaimsIdentity? Map(ClaimsPrincipal source, OidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        var subject = Find(source, SubjectClaim, ClaimTypes.NameIdentifier);
        if (string.IsNullOrWhiteSpace(subject))
        {
            return null;
        }

        // Inbound claim names are not remapped (MapInboundClaims is off), so the configured names match as sent; a
        // JSON array of roles arrives as one claim per value.
        return AccountClaims.Identity(
            subject,
            Find(source, options.DisplayNameClaim, ClaimTypes.Name) ?? subject,
            source.FindAll(options.RoleClaim).Select(c => c.Value),
            source.FindFirst(options.AgencyClaim)?.Value,
            AccountClaims.OidcAuthenticationType);
    }

    /// <summary>The events that apply <see cref="Map"/> and report sign-in failures.</summary>
    public static OpenIdConnectEvents Events(OidcOptions options) => new()
    {
        OnTokenValidated = context =>
        {
            var identity = context.Principal is null ? null : Map(context.Principal, options);
            if (identity is null)
            {
                context.Fail("The identity provider sent no subject (sub) claim.");
                return Task.CompletedTask;
            }

            context.Principal = new ClaimsPrincipal(identity);
            return Task.CompletedTask;
        },
        OnRemoteFailure = async context =>
        {
            var events = context.HttpContext.RequestServices.GetRequiredService<ISignInEvents>();
            await events.SignInFailedAsync(ISignInEvents.UnknownAccount, SignInFailureReason.ExternalFailure, context.HttpContext.RequestAborted);

            // The provider's error text is not shown (it may name the user); the login page says it did not work.
            context.Response.Redirect("/account/login?external=failed");
            context.HandleResponse();
        },
    };

    private static string? Find(ClaimsPrincipal source, string type, string fallbackType) =>
        source.FindFirst(type)?.Value ?? source.FindFirst(fallbackType)?.Value;
}
