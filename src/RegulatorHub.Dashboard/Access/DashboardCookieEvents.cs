using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// The sign-in cookie's events: programs (API paths <c>/api/…</c>, the circuit's hub <c>/_blazor/…</c>) get a bare 401
/// or 403 rather than a redirect to a page they cannot use; a page the user may not open answers 403, and a GET of it
/// shows the status page saying which role it needs; sign-ins and sign-outs go to <see cref="ISignInEvents"/>.
/// </summary>
public sealed class DashboardCookieEvents(ISignInEvents events) : CookieAuthenticationEvents
{
    /// <summary>Requests under this path are an API's, never a browser's page.</summary>
    public const string ApiPath = "/api";

    /// <summary>The interactive circuit's hub, called by the page's script.</summary>
    public const string HubPath = "/_blazor";

    /// <inheritdoc />
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsProgram(context.HttpContext))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            KeepBare(context.HttpContext);
            return Task.CompletedTask;
        }

        return base.RedirectToLogin(context);
    }

    /// <inheritdoc />
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A signed-in user who lacks the role: 403 for pages too. For a page's GET the status-code page renders the
        // explanation, so the address stays the page the user asked for; anything else gets the bare status (the page
        // re-executed for a POST would only fail its antiforgery check and turn the 403 into a 400).
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        if (IsProgram(context.HttpContext) || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            KeepBare(context.HttpContext);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task SignedIn(CookieSignedInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return events.SignedInAsync(AccountClaims.AccountId(context.Principal), context.HttpContext.RequestAborted);
    }

    /// <inheritdoc />
    public override async Task SigningOut(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = await context.HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (user.Succeeded)
        {
            await events.SignedOutAsync(AccountClaims.AccountId(user.Principal), context.HttpContext.RequestAborted);
        }
    }

    private static bool IsProgram(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase)
        || context.Request.Path.StartsWithSegments(HubPath, StringComparison.OrdinalIgnoreCase)
        || context.GetEndpoint()?.Metadata.GetMetadata<IDisableCookieRedirectMetadata>() is not null;

    // No status-code page for this response: a program reads the status, not an HTML page.
    private static void KeepBare(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
    }
}
