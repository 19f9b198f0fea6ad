using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Diagnostics;

namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// How a refusal by the authorization policies is answered under <see cref="ApiPaths.Prefix"/>: no credentials or a
/// rejected token → the bearer scheme's challenge (401, <c>WWW-Authenticate: Bearer</c>, a problem body); signed in
/// but not allowed → 403 with a problem body. Never the cookie's redirect to the sign-in page: a program cannot use it.
/// Everything else (pages) is answered by the framework's default handler.
/// </summary>
public sealed class ApiAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    /// <inheritdoc />
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded || !ApiPaths.IsApi(context.Request.Path))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        // The body is the answer: the status-code page must not replace it with HTML.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        if (authorizeResult.Challenged)
        {
            await context.ChallengeAsync(ApiTokenAuthenticationDefaults.Scheme);
            return;
        }

        await ApiProblems.Forbidden().ExecuteAsync(context);
    }
}
