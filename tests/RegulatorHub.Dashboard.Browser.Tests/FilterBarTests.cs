using System.Globalization;
using Microsoft.Playwright;
using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>The global filter bar: applying a filter updates every widget and the URL; a deep link sets the bar.</summary>
[Collection(DashboardCollection.Name)]
public sealed class FilterBarTests(DashboardFixture fixture)
{
    internal static readonly string[] OverviewWidgets = ["headline", "trend", "top-categories", "top-regions", "top-merchants", "hotspots"];

    [Fact]
    public Task Selecting_a_category_updates_every_widget_and_the_url_and_clearing_restores_them() =>
        fixture.RunAsync(nameof(Selecting_a_category_updates_every_widget_and_the_url_and_clearing_restores_them), async page =>
        {
            await page.GotoAsync("/");
            var all = await DashboardPage.WaitForSettledAsync(page, requiredWidgets: OverviewWidgets);
            var category = await FirstChoiceAsync(page, "category");

            await page.SelectOptionAsync("select[data-testid=filter-category]", category);
            var expected = FilterQuery.Canonical(new Dictionary<string, string> { ["category"] = category });
            var filtered = await DashboardPage.WaitForSettledAsync(page, expectedFilter: expected, requiredWidgets: OverviewWidgets);

            // Every widget was recomputed for the category (the settled wait checks each one's data-filter) ...
            Assert.All(filtered.Widgets, w => Assert.Equal(expected, w.Filter));
            Assert.DoesNotContain(filtered.Widgets, w => w.State == "error");
            // ... the URL holds the filter, so the view is a link ...
            Assert.Equal(FilterQuery.Parse(expected), FilterQuery.Parse(page.Url));
            // ... and the numbers are a strict part of the whole.
            Assert.InRange(Total(filtered, "headline"), 1, Total(all, "headline") - 1);
            var categoryRows = await page.Locator("[data-widget=top-categories] tr[data-key]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.key)");
            Assert.Equal([category], categoryRows);

            await page.ClickAsync("button[data-testid=filter-clear]");
            var cleared = await DashboardPage.WaitForSettledAsync(page, expectedFilter: string.Empty, requiredWidgets: OverviewWidgets);
            Assert.Empty(FilterQuery.Parse(page.Url));
            Assert.Equal(Total(all, "headline"), Total(cleared, "headline"));
            Assert.Equal(string.Empty, await page.InputValueAsync("select[data-testid=filter-category]"));
        });

    [Fact]
    public Task A_deep_link_sets_the_filter_bar_and_every_widget() =>
        fixture.RunAsync(nameof(A_deep_link_sets_the_filter_bar_and_every_widget), async page =>
        {
            // Real keys from the lists, so the link names things that exist.
            await page.GotoAsync("/");
            await DashboardPage.WaitForSettledAsync(page, requiredWidgets: OverviewWidgets);
            var values = new Dictionary<string, string>
            {
                ["from"] = DashboardFixture.EndDate.AddMonths(-6).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = DashboardFixture.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["category"] = await FirstChoiceAsync(page, "category"),
                ["channel"] = await FirstChoiceAsync(page, "channel"),
            };

            // Parameters out of the canonical order: the bar must show the canonical form.
            var link = "/?" + string.Join('&', values.Reverse().Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value)}"));
            var linked = await fixture.Chromium.Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = fixture.Server.BaseUrl.ToString(), StorageState = fixture.SignedInState });
            try
            {
                await linked.GotoAsync(link);
                var expected = FilterQuery.Canonical(values);
                var shown = await DashboardPage.WaitForSettledAsync(linked, expectedFilter: expected, requiredWidgets: OverviewWidgets);

                Assert.Equal(expected, shown.Filter);
                Assert.DoesNotContain(shown.Widgets, w => w.State == "error");
                Assert.Equal(values["from"], await linked.InputValueAsync("input[data-testid=filter-from]"));
                Assert.Equal(values["to"], await linked.InputValueAsync("input[data-testid=filter-to]"));
                Assert.Equal(values["category"], await linked.InputValueAsync("select[data-testid=filter-category]"));
                Assert.Equal(values["channel"], await linked.InputValueAsync("select[data-testid=filter-channel]"));
                Assert.Equal(string.Empty, await linked.InputValueAsync("select[data-testid=filter-region]"));
                await linked.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(DashboardFixture.ScreenshotDirectory, "deep-link.png"), FullPage = true });
            }
            finally
            {
                await linked.CloseAsync();
            }
        });

    // The first real option of a filter list (index 1; index 0 is "all"), once the lists are filled.
    internal static async Task<string> FirstChoiceAsync(IPage page, string parameter)
    {
        var select = $"select[data-testid=filter-{parameter}]";
        await page.WaitForFunctionAsync("s => document.querySelector(s)?.options.length > 1", select);
        return await page.EvalOnSelectorAsync<string>(select, "s => s.options[1].value");
    }

    private static long Total(PageWidgets shown, string widget) =>
        long.Parse(shown[widget].Total ?? throw new InvalidOperationException($"{widget} has no data-total."), CultureInfo.InvariantCulture);
}
