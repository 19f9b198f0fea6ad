using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RegulatorHub.Dashboard.Live;
using RegulatorHub.Dashboard.Tests.Access;

namespace RegulatorHub.Dashboard.Tests;

public sealed class DashboardTests(DashboardFactory factory) : IClassFixture<DashboardFactory>
{
    [Fact]
    public async Task Healthz_Answers200WithEachCheck_AndBecomesHealthyOnceWarmedUp()
    {
        using var client = factory.CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        JsonDocument json;
        while (true)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token));
            if (json.RootElement.GetProperty("status").GetString() == "Healthy")
            {
                break;
            }

            json.Dispose();
            await Task.Delay(100, timeout.Token);
        }

        using (json)
        {
            foreach (var check in new[] { "storage", "ingestion", "analytics", "dashboard" })
            {
                Assert.True(json.RootElement.GetProperty("checks").TryGetProperty(check, out _), check);
            }
        }
    }

    [Fact]
    public async Task Warmup_RendersTheOverviewWithItsData_SoTheFirstVisitFindsEveryAnswerCached()
    {
        using var client = factory.CreateClient();
        var warmup = factory.Services.GetRequiredService<DashboardWarmup>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while ((await warmup.CheckHealthAsync(new HealthCheckContext(), timeout.Token)).Status != HealthStatus.Healthy)
        {
            await Task.Delay(100, timeout.Token);
        }

        // Six widgets on the overview: headline, trend, top categories, regions and merchants, hotspots.
        Assert.Equal(0, warmup.RenderErrors);
        Assert.True(factory.Services.GetRequiredService<WidgetAnswerCache>().Count >= 6);
    }

    [Fact]
    public async Task A_deep_link_prerenders_its_filter_in_the_bar_and_every_widget_loading()
    {
        using var client = await DashboardSession.SignInAsync(factory, "hz.regulator");

        var html = await client.GetStringAsync(new Uri("/?region=330000&category=goods.appliances&from=2026-01-01", UriKind.Relative));

        Assert.Contains("data-filter=\"from=2026-01-01&amp;category=goods.appliances&amp;region=330000\"", html, StringComparison.Ordinal);
        foreach (var widget in new[] { "headline", "trend", "top-categories", "top-regions", "top-merchants", "hotspots" })
        {
            Assert.Matches($"data-widget=\"{widget}\" data-state=\"loading\"", html);
        }

        Assert.Contains("data-interactive=\"false\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_filter_parameter_is_named_in_a_warning_and_the_rest_still_applies()
    {
        using var client = await DashboardSession.SignInAsync(factory, "hz.regulator");

        var html = await client.GetStringAsync(new Uri("/?from=31.12.2025&channel=Phone", UriKind.Relative));

        Assert.Matches("data-testid=\"filter-error\">from must be a date written yyyy-MM-dd", html);
        Assert.Contains("data-filter=\"channel=Phone\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_hotspot_series_is_named_in_a_warning()
    {
        using var client = await DashboardSession.SignInAsync(factory, "hz.regulator");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/hotspots?by=everything", UriKind.Relative));
        request.Headers.Add("Accept-Language", "en");

        using var response = await client.SendAsync(request);

        Assert.Matches("data-testid=\"series-error\">\\s*by must be one of category-province", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("en-US,en;q=0.9", "en")]
    [InlineData("zh-CN,zh;q=0.9", "zh-CN")]
    [InlineData("fr-FR", "zh-CN")]
    public async Task The_page_language_follows_the_browser_until_a_language_is_chosen(string acceptLanguage, string expected)
    {
        using var client = await DashboardSession.SignInAsync(factory, "hz.regulator");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Add("Accept-Language", acceptLanguage);

        using var response = await client.SendAsync(request);

        Assert.Contains($"<html lang=\"{expected}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_a_language_remembers_it_and_returns_to_the_same_view()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/culture?name=en&returnUrl=%2Fhotspots%3Fregion%3D330000", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/hotspots?region=330000", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Den%7Cuic%3Den", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("//attacker.example/")]
    [InlineData("https://attacker.example/")]
    [InlineData("/\\attacker.example/")]
    public async Task The_language_switch_never_redirects_off_site(string returnUrl)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri($"/culture?name=en&returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_is_refused_naming_the_parameter()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/culture?name=fr", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name must be one of: zh-CN, en", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_Answers404WithAPageToSignedInUsers()
    {
        using var client = await DashboardSession.SignInAsync(factory, "hz.regulator");

        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
