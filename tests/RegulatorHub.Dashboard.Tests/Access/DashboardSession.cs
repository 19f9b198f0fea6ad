using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>
/// Signs in through the real sign-in form, as a browser does: GET the page for its antiforgery token and cookie, POST
/// the form, keep the cookies. Clients do not follow redirects, so tests see where each answer points.
/// </summary>
public static partial class DashboardSession
{
    /// <summary>The password of every demo account: the user name followed by <c>-demo</c>.</summary>
    public static string DemoPassword(string userName) => userName + "-demo";

    /// <summary>
    /// A client with cookies and no automatic redirects, signed in as nobody, asking for English pages unless a
    /// request says otherwise.
    /// </summary>
    public static HttpClient Anonymous(WebApplicationFactory<Program> factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return client;
    }

    /// <summary>A client signed in as <paramref name="userName"/> with its demo password.</summary>
    /// <exception cref="InvalidOperationException">The sign-in did not redirect (the page's error is in the message).</exception>
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string userName, string? password = null)
    {
        var client = Anonymous(factory);
        using var response = await PostLoginAsync(client, userName, password ?? DemoPassword(userName));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync();
            client.Dispose();
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}: {LoginError(body) ?? "(no error shown)"}");
        }

        return client;
    }

    /// <summary>Posts the sign-in form (token taken from a fresh GET of the page) and returns the answer.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        var path = "/account/login" + (returnUrl is null ? string.Empty : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = AntiforgeryToken(page),
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>The antiforgery token of the first form in <paramref name="html"/>.</summary>
    public static string AntiforgeryToken(string html) =>
        TokenInput().Match(html) is { Success: true } match ? match.Groups["token"].Value : throw new InvalidOperationException("The page has no antiforgery token.");

    /// <summary>The sign-in page's error message, or <see langword="null"/>.</summary>
    public static string? LoginError(string html) =>
        LoginErrorText().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups["text"].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex("data-testid=\"login-error\">(?<text>[^<]*)<")]
    private static partial Regex LoginErrorText();
}
