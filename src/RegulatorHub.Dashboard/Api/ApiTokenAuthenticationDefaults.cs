using System.Security.Claims;

namespace RegulatorHub.Dashboard.Api;

/// <summary>The names of the API token authentication: its scheme, the scheme that picks cookie or token, and its claim.</summary>
public static class ApiTokenAuthenticationDefaults
{
    /// <summary>The bearer token scheme (<c>Authorization: Bearer rhk_…</c>).</summary>
    public const string Scheme = "ApiToken";

    /// <summary>
    /// The default scheme of the dashboard: under <see cref="ApiPaths.Prefix"/> a request with a bearer token goes to
    /// <see cref="Scheme"/>; everything else to the sign-in cookie.
    /// </summary>
    public const string SelectorScheme = "CookieOrApiToken";

    /// <summary>Authentication type of a principal signed in by a token.</summary>
    public const string AuthenticationType = "RegulatorHub.ApiToken";

    /// <summary>The claim naming the id of the token a request was authenticated with.</summary>
    public const string TokenIdClaim = "regulatorhub:api_token";

    private const string BearerPrefix = "Bearer ";

    /// <summary>The bearer token of <paramref name="request"/>'s <c>Authorization</c> header, or <see langword="null"/> when it sends none.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
    }

    /// <summary>The id of the token <paramref name="user"/> was authenticated with, or <see langword="null"/> (cookie or anonymous).</summary>
    public static string? TokenId(ClaimsPrincipal? user) => user?.FindFirst(TokenIdClaim)?.Value;
}
