using System.Globalization;
using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>From the overview's top merchants to a merchant's own page.</summary>
[Collection(DashboardCollection.Name)]
public sealed class MerchantTests(DashboardFixture fixture)
{
    private static readonly string[] s_merchantWidgets = ["merchant-summary", "merchant-trend", "merchant-issues", "merchant-categories", "merchant-regions"];

    [Fact]
    public Task A_merchant_opens_from_the_overview_with_its_own_widgets() =>
        fixture.RunAsync(nameof(A_merchant_opens_from_the_overview_with_its_own_widgets), async page =>
        {
            await page.GotoAsync("/");
            var overview = await DashboardPage.WaitForSettledAsync(page, requiredWidgets: FilterBarTests.OverviewWidgets);
            var link = page.Locator("[data-widget=top-merchants] tr[data-key] a[data-merchant-key]").First;
            var key = await link.GetAttributeAsync("data-merchant-key") ?? throw new InvalidOperationException("A merchant link has no key.");
            // The row's count, e.g. "1,234" or "1,234" in zh-CN: digits only.
            var rowCount = long.Parse(
                new string((await page.Locator($"[data-widget=top-merchants] tr[data-key='{key}'] td").Nth(1).InnerTextAsync()).Where(char.IsAsciiDigit).ToArray()),
                CultureInfo.InvariantCulture);

            await link.ClickAsync();
            var profile = $"/merchants/{Uri.EscapeDataString(key)}";
            await DashboardPage.WaitForAddressAsync(page, url => new Uri(url).AbsolutePath == profile, profile);
            var merchant = await DashboardPage.WaitForSettledAsync(page, expectedFilter: overview.Filter, requiredWidgets: s_merchantWidgets);

            Assert.Equal("ready", merchant["merchant-summary"].State);
            Assert.DoesNotContain(merchant.Widgets, w => w.State == "error");
            Assert.Contains(key, await page.InnerTextAsync("[data-testid=merchant-name]"), StringComparison.Ordinal);
            // Same period and filter as the overview's row: the same number of complaints.
            Assert.Equal(rowCount.ToString(CultureInfo.InvariantCulture), merchant["merchant-summary"].Total);
        });
}
