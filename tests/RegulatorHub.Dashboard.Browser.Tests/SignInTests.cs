using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>Signing in and out in Chromium: the form, the user in the nav, and protected pages after signing out.</summary>
[Collection(DashboardCollection.Name)]
public sealed class SignInTests(DashboardFixture fixture)
{
    [Fact]
    public Task Signing_in_shows_the_user_in_the_nav_and_signing_out_sends_protected_pages_to_sign_in() =>
        fixture.RunAsync(nameof(Signing_in_shows_the_user_in_the_nav_and_signing_out_sends_protected_pages_to_sign_in), async page =>
        {
            // Anonymous: a protected page leads to the sign-in form, which comes back to it afterwards.
            await page.GotoAsync("/hotspots");
            Assert.True(DashboardPage.IsSignInPage(page.Url), $"anonymous /hotspots showed {page.Url}");
            await DashboardPage.SignInAsync(page, returnUrl: "/hotspots");
            Assert.Equal("/hotspots", new Uri(page.Url).AbsolutePath);

            await DashboardPage.WaitForInteractiveAsync(page);
            Assert.Equal("Hangzhou regulator (demo)", await page.Locator("[data-testid=user-name]").TextContentAsync());
            Assert.Equal("samr-hz", await page.Locator("[data-testid=user-agency]").TextContentAsync());
            Assert.Equal(1, await page.Locator("[data-testid=nav-referrals]").CountAsync());

            await page.ClickAsync("[data-testid=logout]");
            await DashboardPage.WaitForAddressAsync(page, DashboardPage.IsSignInPage, "the sign-in page");

            await page.GotoAsync("/");
            Assert.True(DashboardPage.IsSignInPage(page.Url), $"/ after signing out showed {page.Url}");
            Assert.Equal("/", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["ReturnUrl"]);
            Assert.Equal(0, await page.Locator("[data-testid=user-name]").CountAsync());
        }, signedIn: false);

    [Fact]
    public Task An_analyst_does_not_see_the_referrals_link_and_is_told_the_page_needs_staff() =>
        fixture.RunAsync(nameof(An_analyst_does_not_see_the_referrals_link_and_is_told_the_page_needs_staff), async page =>
        {
            await DashboardPage.SignInAsync(page, "analyst");
            await DashboardPage.WaitForInteractiveAsync(page);
            Assert.Equal(0, await page.Locator("[data-testid=nav-referrals]").CountAsync());

            var response = await page.GotoAsync("/referrals");

            Assert.Equal(403, response?.Status);
            Assert.Equal("Regulator AgencyAdmin", await page.GetAttributeAsync("[data-testid=access-denied]", "data-needs"));
        }, signedIn: false);
}
