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
public sealed class DashboardCookieEvents(ISignInEvents events, IAccountStore accounts, TimeProvider timeProvider) : CookieAuthenticationEvents
{
    // When the cookie's account was last found enabled in the store (Unix milliseconds), kept in the ticket.
    private const string CheckedAtItem = "regulatorhub.checked";

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
    public override Task SigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Properties.Items[CheckedAtItem] = Now();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Every <see cref="AccountRevalidation.Interval"/> a cookie of a local account is checked against the store: a
    /// disabled or removed account is signed out on its next request rather than when the cookie expires.
    /// </summary>
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        if (principal is null)
        {
            return;
        }

        var checkedAt = context.Properties.Items.TryGetValue(CheckedAtItem, out var text) && long.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.MinValue;
        if (timeProvider.GetUtcNow() - checkedAt < AccountRevalidation.Interval)
        {
            return;
        }

        if (!await AccountRevalidation.IsStillValidAsync(principal, accounts, context.HttpContext.RequestAborted))
        {
            // Not SignOutAsync: that would re-enter this handler's authentication while it is still running.
            context.RejectPrincipal();
            context.Options.CookieManager.DeleteCookie(context.HttpContext, context.Options.Cookie.Name!, context.Options.Cookie.Build(context.HttpContext));
            return;
        }

        context.Properties.Items[CheckedAtItem] = Now();
        context.ShouldRenew = true;
    }

    /// <inheritdoc />
    public override Task SignedIn(CookieSignedInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return events.SignedInAsync(AccountClaims.AccountId(context.Principal), context.HttpContext.RequestAborted);
    }

    /// <inheritdoc />
    public override Task SigningOut(CookieSigningOutContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // The user the request was authenticated as (sign-out is a request of a signed-in user).
        var user = context.HttpContext.User;
        return user.Identity?.IsAuthenticated == true
            ? events.SignedOutAsync(AccountClaims.AccountId(user), context.HttpContext.RequestAborted)
            : Task.CompletedTask;
    }

    private string Now() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

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
