using System.Globalization;
using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>The trends page's series, forecast and chart; the ingestion health page.</summary>
[Collection(DashboardCollection.Name)]
public sealed class TrendsAndIngestionTests(DashboardFixture fixture)
{
    [Fact]
    public Task A_series_from_a_deep_link_is_drawn_with_its_forecast_and_regrouped_by_month() =>
        fixture.RunAsync(nameof(A_series_from_a_deep_link_is_drawn_with_its_forecast_and_regrouped_by_month), async page =>
        {
            await page.GotoAsync("/trends?h=6&category=goods.appliances");
            var shown = await DashboardPage.WaitForSettledAsync(page, expectedFilter: "category=goods.appliances", requiredWidgets: ["trend-series", "trend-forecast"]);

            Assert.Equal("ready", shown["trend-series"].State);
            Assert.Equal(6, await page.Locator("[data-testid=forecast-table] tbody tr").CountAsync());
            await page.Locator("#trend-page-chart .main-svg").First.WaitForAsync();
            var weeks = int.Parse(await page.GetAttributeAsync(".trend-chart", "data-points") ?? "0", CultureInfo.InvariantCulture);

            await page.SelectOptionAsync("select[data-testid=trend-granularity]", "month");
            await page.WaitForFunctionAsync("w => Number(document.querySelector('.trend-chart')?.dataset.points) < w", weeks);

            var months = int.Parse(await page.GetAttributeAsync(".trend-chart", "data-points") ?? "0", CultureInfo.InvariantCulture);
            Assert.InRange(months, 2, weeks / 3); // about 4.3 weeks a month
            Assert.Contains("g=month", page.Url, StringComparison.Ordinal);
            Assert.Contains("category=goods.appliances", page.Url, StringComparison.Ordinal);
        });

    [Fact]
    public Task Ingestion_health_shows_every_panel_without_errors() =>
        fixture.RunAsync(nameof(Ingestion_health_shows_every_panel_without_errors), async page =>
        {
            await page.GotoAsync("/ingestion");
            var shown = await DashboardPage.WaitForSettledAsync(page, expectedFilter: string.Empty,
                requiredWidgets: ["ingestion-throughput", "ingestion-totals", "ingestion-quarantine", "ingestion-deadletter", "ingestion-errors"]);

            Assert.DoesNotContain(shown.Widgets, w => w.State == "error");
            Assert.Equal(6, await page.Locator("[data-testid=ingestion-totals] tr").CountAsync());
            Assert.NotNull(await page.TextContentAsync("[data-testid=ingestion-rate]"));
        });
}
