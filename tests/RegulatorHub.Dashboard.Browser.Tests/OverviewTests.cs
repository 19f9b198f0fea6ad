using System.Globalization;
using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>The overview page (<c>/</c>) in Chromium against the running dashboard.</summary>
[Collection(DashboardCollection.Name)]
public sealed class OverviewTests(DashboardFixture fixture)
{
    private static readonly string[] s_overviewWidgets = ["headline", "trend", "top-categories", "top-regions", "top-merchants", "hotspots"];
    private static readonly string[] s_ready = ["ready"];
    private static readonly string[] s_readyOrEmpty = ["ready", "empty"];

    [Fact]
    public Task Overview_becomes_interactive_with_every_widget_ready() =>
        fixture.RunAsync(nameof(Overview_becomes_interactive_with_every_widget_ready), async page =>
        {
            var response = await page.GotoAsync("/");
            Assert.True(response is { Ok: true }, $"GET / answered {response?.Status}");
            await DashboardPage.WaitForInteractiveAsync(page);
            var shown = await DashboardPage.WaitForSettledAsync(page, requiredWidgets: s_overviewWidgets);

            Assert.Equal(string.Empty, shown.Filter);
            foreach (var name in s_overviewWidgets)
            {
                // Hotspots may rightly be empty (no series unusually high in the last week); the rest have data.
                Assert.Contains(shown[name].State, name == "hotspots" ? s_readyOrEmpty : s_ready);
            }

            // The trend is drawn with the page's markup (SVG from the server): a line point per period, and the bands.
            var periods = int.Parse(await page.GetAttributeAsync("#overview-trend", "data-points") ?? "0", CultureInfo.InvariantCulture);
            Assert.True(periods > 1, $"the overview's trend has {periods} periods");
            var points = await page.GetAttributeAsync("[data-testid=overview-trend-history]", "points") ?? string.Empty;
            Assert.Equal(periods, points.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Equal(1, await page.Locator("[data-testid=overview-trend-band-95]").CountAsync());
        });
}
