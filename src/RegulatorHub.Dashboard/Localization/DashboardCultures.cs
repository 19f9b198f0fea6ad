using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace RegulatorHub.Dashboard.Localization;

/// <summary>The languages the dashboard speaks, and the endpoint that switches between them.</summary>
public static class DashboardCultures
{
    /// <summary>Chinese (the default: the product's first users are Chinese regulators).</summary>
    public const string Chinese = "zh-CN";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>The supported cultures, default first.</summary>
    public static IReadOnlyList<string> Supported { get; } = [Chinese, English];

    /// <summary>Request localization: the culture cookie decides, else the browser's Accept-Language, else Chinese.</summary>
    public static RequestLocalizationOptions RequestLocalization()
    {
        var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
        return new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Chinese),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            // Query-string culture would make every shared link carry a language; the cookie keeps links language-free.
            RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()],
        };
    }

    /// <summary>
    /// <c>GET /culture?name=en&amp;returnUrl=/hotspots?category=…</c>: remembers the language in a cookie for a year and
    /// returns to the page (a Blazor circuit takes its culture when it starts, so switching reloads the page).
    /// </summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (string? name, string? returnUrl, HttpContext context) =>
        {
            if (name is null || !Supported.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return Results.BadRequest($"name must be one of: {string.Join(", ", Supported)}.");
            }

            var culture = Supported.First(c => c.Equals(name, StringComparison.OrdinalIgnoreCase));
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

            // Only same-site paths: an open redirect would let a link send users anywhere with our name on it.
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                && !returnUrl.StartsWith("/\\", StringComparison.Ordinal) ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).AllowAnonymous(); // the sign-in page offers the language choice too
        return endpoints;
    }
}
