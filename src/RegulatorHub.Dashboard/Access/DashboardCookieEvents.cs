using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// The sign-in cookie's events: API paths (<c>/api/…</c>) answer 401 and 403 rather than redirecting to a page a
/// program cannot use; a page the user may not open answers 403 (the status page then says which role it needs);
/// sign-ins and sign-outs go to <see cref="ISignInEvents"/>.
/// </summary>
public sealed class DashboardCookieEvents(ISignInEvents events) : CookieAuthenticationEvents
{
    /// <summary>Requests under this path are an API's, never a browser's page.</summary>
    public const string ApiPath = "/api";

    /// <inheritdoc />
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        return base.RedirectToLogin(context);
    }

    /// <inheritdoc />
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // A signed-in user who lacks the role: 403 for pages too. The status-code page renders the explanation, so
        // the address stays the page the user asked for.
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
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

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments(ApiPath, StringComparison.OrdinalIgnoreCase);
}
