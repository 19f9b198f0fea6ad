using System.Net;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>Signing in and out through the real form, over HTTP.</summary>
public sealed class SignInTests(SignInFactory factory) : IClassFixture<SignInFactory>
{
    [Fact]
    public async Task SignIn_DemoAccount_SetsAnHttpOnlyLaxCookieAndGoesToTheReturnUrl()
    {
        using var client = DashboardSession.Anonymous(factory);

        using var response = await DashboardSession.PostLoginAsync(client, "hz.regulator", "hz.regulator-demo", "/hotspots?region=330000");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/hotspots?region=330000", AccessOutcome.Location(response));
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".RegulatorHub.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SignIn_UserNameInOtherCase_SignsIn()
    {
        using var client = await DashboardSession.SignInAsync(factory, "SH.Regulator", "sh.regulator-demo");

        var page = await client.GetStringAsync(new Uri("/exports", UriKind.Relative));

        Assert.Contains("data-testid=\"user-agency\">samr-sh<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPasswordOrUnknownUser_ShowTheSameMessageAndStayOnThePage()
    {
        using var client = DashboardSession.Anonymous(factory);

        using var wrongPassword = await DashboardSession.PostLoginAsync(client, "zj.regulator", "zj.regulator-wrong");
        using var unknownUser = await DashboardSession.PostLoginAsync(client, "nobody", "nobody-demo");
        var wrongPasswordError = DashboardSession.LoginError(await wrongPassword.Content.ReadAsStringAsync());
        var unknownUserError = DashboardSession.LoginError(await unknownUser.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknownUser.StatusCode);
        Assert.NotNull(wrongPasswordError);
        Assert.Equal(wrongPasswordError, unknownUserError);
        Assert.False(wrongPassword.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".RegulatorHub.Auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_AfterFiveFailures_IsRefusedEvenWithTheRightPassword()
    {
        using var client = DashboardSession.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            using var failed = await DashboardSession.PostLoginAsync(client, "bj.regulator", "not-the-password");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        using var right = await DashboardSession.PostLoginAsync(client, "bj.regulator", "bj.regulator-demo");

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Too many failed attempts", DashboardSession.LoginError(await right.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("failed acct-bj-regulator LockedOut", factory.Events.Events);
    }

    [Theory]
    [InlineData("//attacker.example/")]
    [InlineData("https://attacker.example/")]
    [InlineData("/\\attacker.example/")]
    [InlineData("/\t/attacker.example/")]
    public async Task SignIn_ReturnUrlOffSite_GoesToTheOverview(string returnUrl)
    {
        using var client = DashboardSession.Anonymous(factory);

        using var response = await DashboardSession.PostLoginAsync(client, "hz.admin", "hz.admin-demo", returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", AccessOutcome.Location(response));
    }

    [Fact]
    public async Task SignOut_WithTheFormsToken_EndsTheSessionAndProtectedPagesSendToSignIn()
    {
        using var client = await DashboardSession.SignInAsync(factory, "auditor");
        var page = await client.GetStringAsync(new Uri("/exports", UriKind.Relative));

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = DashboardSession.AntiforgeryToken(page) });
        using var signOut = await client.PostAsync(new Uri("/account/logout", UriKind.Relative), form);
        using var after = await client.GetAsync(new Uri("/exports", UriKind.Relative));

        Assert.Equal("/account/login", AccessOutcome.Location(signOut));
        Assert.True(AccessOutcome.Login.Matches(after, "/exports"), $"after sign-out: {(int)after.StatusCode} {AccessOutcome.Location(after)}");
        Assert.Contains("out acct-auditor", factory.Events.Events);
    }

    [Fact]
    public async Task SignInEvents_CarryAccountIdsOrUnknown_NeverTheTypedName()
    {
        using var client = DashboardSession.Anonymous(factory);

        (await DashboardSession.PostLoginAsync(client, "typed-secret-name", "x")).Dispose();
        (await DashboardSession.PostLoginAsync(client, "sz.regulator", "wrong")).Dispose();
        (await DashboardSession.PostLoginAsync(client, "sz.regulator", "sz.regulator-demo")).Dispose();

        var events = factory.Events.Events;
        Assert.Contains($"failed {ISignInEvents.UnknownAccount} IncorrectCredentials", events);
        Assert.Contains("failed acct-sz-regulator IncorrectCredentials", events);
        Assert.Contains("in acct-sz-regulator", events);
        Assert.DoesNotContain(events, e => e.Contains("typed-secret-name", StringComparison.Ordinal) || e.Contains("sz.regulator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ForbiddenPage_SaysWhichRolesItNeedsWith403()
    {
        using var client = await DashboardSession.SignInAsync(factory, "analyst");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/referrals", UriKind.Relative));
        request.Headers.Add("Accept-Language", "en");

        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("data-needs=\"Regulator AgencyAdmin\"", html, StringComparison.Ordinal);
        Assert.Contains("It needs one of these roles: Regulator, AgencyAdmin.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nav_ShowsTheUserAndOnlyTheLinksTheyMayOpen()
    {
        using var client = await DashboardSession.SignInAsync(factory, "analyst");

        var html = await client.GetStringAsync(new Uri("/exports", UriKind.Relative));

        Assert.Contains("data-testid=\"user-name\">Policy analyst (demo)<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"user-role\">", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"user-agency\">samr-zj<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"nav-overview\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"nav-exports\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"nav-referrals\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"nav-ingestion\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"logout\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiPath_Anonymous_Answers401NotARedirect()
    {
        using var client = DashboardSession.Anonymous(factory);

        using var response = await client.GetAsync(new Uri("/api/complaints", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Circuit_OnlyForSignedInUsersAndNeverOnTheSignInPage()
    {
        using var anonymous = DashboardSession.Anonymous(factory);
        using var signedIn = await DashboardSession.SignInAsync(factory, "zj.regulator");

        var login = await anonymous.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var notFound = await anonymous.GetStringAsync(new Uri("/not-found", UriKind.Relative));
        var loginSignedIn = await signedIn.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var exports = await signedIn.GetStringAsync(new Uri("/exports", UriKind.Relative));

        // Interactive components leave a "<!--Blazor:{" marker for the circuit to take over.
        Assert.DoesNotContain("<!--Blazor:{", login, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", notFound, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", loginSignedIn, StringComparison.Ordinal);
        Assert.Contains("<!--Blazor:{", exports, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"login-form\"", login, StringComparison.Ordinal);
    }
}
