using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>
/// A user who follows a menu link while the page's circuit is still starting gets the page the link names, not the
/// page they left under the new address (blazor.web.js follows such a link without telling the starting circuit).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class CircuitStartTests(DashboardFixture fixture)
{
    [Fact]
    public Task Link_followed_while_the_circuit_starts_opens_the_linked_page() =>
        fixture.RunAsync(nameof(Link_followed_while_the_circuit_starts_opens_the_linked_page), async page =>
        {
            var circuit = await SlowCircuitStart.RouteAsync(page, TimeSpan.FromSeconds(1.5));
            await page.GotoAsync("/");
            await circuit.Requested.WaitAsync(DashboardPage.DefaultTimeout);

            await page.ClickAsync("[data-testid=nav-statistics]");

            // The statistics builder opens and fills in its default range, so its address carries one.
            await DashboardPage.WaitForInteractiveAsync(page);
            await page.Locator("[data-testid=stats-dimension-0]").WaitForAsync();
            await DashboardPage.WaitForAddressAsync(page, url => url.Contains("/statistics?", StringComparison.Ordinal), "the statistics builder's address");
            Assert.Equal(0, await page.Locator("[data-testid=filter-bar]").CountAsync());
        }, locale: "en");
}
