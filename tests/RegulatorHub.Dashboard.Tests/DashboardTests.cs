using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Storage;
using RegulatorHub.Hosting.Seeding;

namespace RegulatorHub.Dashboard.Tests;

public sealed class DashboardTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Healthz_Answers200WithEachCheck()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("checks").TryGetProperty("storage", out _));
        Assert.True(json.RootElement.GetProperty("checks").TryGetProperty("ingestion", out _));
    }

    [Fact]
    public async Task Home_AfterFirstStartSeeding_ShowsCountsByCategoryRegionAndMerchant()
    {
        using var client = factory.CreateClient();
        await WaitForSeedingAsync();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("data-testid=\"by-category\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"by-region\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"by-merchant\"", html, StringComparison.Ordinal);
        Assert.Contains("2025-07-01 – 2026-06-30", html, StringComparison.Ordinal);
        Assert.Matches("(省|市|自治区)</span>", html);
        Assert.DoesNotContain("data-testid=\"empty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_OnceTheAnalyticsStoreCaughtUp_ShowsTheWeeksHotspotScan()
    {
        using var client = factory.CreateClient();
        await WaitForSeedingAsync();
        var facts = factory.Services.GetRequiredService<AnalyticsFacts>();
        var stored = (await factory.Services.GetRequiredService<IComplaintStore>().GetSummaryAsync(default)).Complaints;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!facts.IsReady || facts.Current.Count < stored)
        {
            await Task.Delay(50, timeout.Token);
        }

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        var scanned = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"hotspots-scanned\">\\s*扫描了 ([0-9,]+) 个序列");
        Assert.True(scanned.Success, "the hotspot panel shows how many series were scanned");
        Assert.True(long.Parse(scanned.Groups[1].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) > 31);
        Assert.True(html.Contains("data-testid=\"hotspots\"", StringComparison.Ordinal) || html.Contains("data-testid=\"hotspots-none\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownPage_Answers404WithAPage()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task WaitForSeedingAsync()
    {
        var seeding = factory.Services.GetRequiredService<FirstStartSeedingService>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!seeding.Finished)
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
