using System.Globalization;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>The hotspots page: the category × region heatmap and the region map filter and drill down.</summary>
[Collection(DashboardCollection.Name)]
public sealed class HotspotsTests(DashboardFixture fixture)
{
    private static readonly string[] s_widgets = ["hotspot-list", "heatmap", "map"];

    [Fact]
    public Task A_heatmap_cell_filters_to_its_category_and_region() =>
        fixture.RunAsync(nameof(A_heatmap_cell_filters_to_its_category_and_region), async page =>
        {
            await page.GotoAsync("/hotspots");
            await DashboardPage.WaitForSettledAsync(page, expectedFilter: string.Empty, requiredWidgets: s_widgets);
            var cell = page.Locator("[data-widget=heatmap] [data-cell-category][data-cell-region]:not([data-count='0'])").First;
            var category = await cell.GetAttributeAsync("data-cell-category") ?? string.Empty;
            var region = await cell.GetAttributeAsync("data-cell-region") ?? string.Empty;
            var count = long.Parse(await cell.GetAttributeAsync("data-count") ?? "0", CultureInfo.InvariantCulture);

            await cell.ClickAsync();
            var expected = FilterQuery.Canonical(new Dictionary<string, string> { ["category"] = category, ["region"] = region });
            var after = await DashboardPage.WaitForSettledAsync(page, expectedFilter: expected, requiredWidgets: s_widgets);

            Assert.Equal(FilterQuery.Parse(expected), FilterQuery.Parse(page.Url));
            Assert.Equal(category, await page.InputValueAsync("select[data-testid=filter-category]"));
            Assert.Equal(region, await page.InputValueAsync("select[data-testid=filter-region]"));
            Assert.DoesNotContain(after.Widgets, w => w.State == "error");
            // The heatmap now shows just that cell's complaints, spread below the region.
            Assert.InRange(long.Parse(after["heatmap"].Total ?? "0", CultureInfo.InvariantCulture), 1, count);
        });

    [Fact]
    public Task Choosing_a_province_on_the_map_drills_down_to_its_cities() =>
        fixture.RunAsync(nameof(Choosing_a_province_on_the_map_drills_down_to_its_cities), async page =>
        {
            await page.GotoAsync("/hotspots");
            await DashboardPage.WaitForSettledAsync(page, expectedFilter: string.Empty, requiredWidgets: s_widgets);

            // A large province: small ones (Macau, islands) can sit under a neighbour's outline and refuse the click.
            const string province = "440000";
            await page.Locator($"[data-widget=map] path[data-key='{province}']").ClickAsync();

            Assert.Equal(province, RegionGazetteer.Default.ProvinceCodeOf(province));
            var expected = FilterQuery.Canonical(new Dictionary<string, string> { ["region"] = province });
            var after = await DashboardPage.WaitForSettledAsync(page, expectedFilter: expected, requiredWidgets: s_widgets);

            Assert.Equal(FilterQuery.Parse(expected), FilterQuery.Parse(page.Url));
            Assert.Equal("ready", after["map"].State);
            var regions = await page.Locator("[data-widget=map] [data-key]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.key)");
            Assert.NotEmpty(regions);
            Assert.All(regions, key =>
            {
                Assert.NotEqual(province, key);
                Assert.Equal(province, RegionGazetteer.Default.ProvinceCodeOf(key));
            });
            Assert.Equal(1, await page.Locator("[data-testid=map-up]").CountAsync());
        });
}
