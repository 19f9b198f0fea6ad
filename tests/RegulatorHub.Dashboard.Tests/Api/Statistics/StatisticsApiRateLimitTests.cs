using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using RegulatorHub.Dashboard.Api;
using RegulatorHub.Dashboard.Tests.Access;

namespace RegulatorHub.Dashboard.Tests.Api.Statistics;

/// <summary>The export limit (2 per hour here) on the statistics download and on re-running a saved definition.</summary>
public sealed class StatisticsApiRateLimitTests(StatisticsApiRateLimitTests.Factory factory) : IClassFixture<StatisticsApiRateLimitTests.Factory>
{
    private const string Definition = "dimensions=category&from=2026-01-01&to=2026-06-30";

    [Fact]
    public async Task Export_ThirdDownloadInTheWindow_429NamingTheExportLimit_JsonTableStillAnswered()
    {
        using var client = await DashboardSession.SignInAsync(factory, "analyst");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(new Uri($"/api/v1/statistics/export?format=csv&{Definition}", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter?.Delta);
                using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.Equal(ApiProblems.TooManyRequestsTitle, problem.RootElement.GetProperty("title").GetString());
                Assert.Contains("2 export downloads per 3600 seconds", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            }
        }

        using var table = await client.GetAsync(new Uri($"/api/v1/statistics?{Definition}", UriKind.Relative));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, table.StatusCode);
    }

    [Fact]
    public async Task Run_SavedDefinitionBeyondTheExportLimit_429()
    {
        using var client = await DashboardSession.SignInAsync(factory, "auditor");
        using var saved = await client.PostAsync(new Uri($"/api/v1/statistics/definitions?name=Limited&{Definition}", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        using var body = JsonDocument.Parse(await saved.Content.ReadAsStringAsync());
        var run = new Uri(body.RootElement.GetProperty("run").GetString() + "?format=xlsx", UriKind.Relative);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(run);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    public sealed class Factory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Api:RateLimit:ExportPermitLimit", "2");
            builder.UseSetting("Api:RateLimit:WindowSeconds", "3600");
        }
    }
}
