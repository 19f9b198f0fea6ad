using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Hosting.Seeding;
using RegulatorHub.Dashboard.Tests.Access;

namespace RegulatorHub.Dashboard.Tests.Api.Statistics;

/// <summary>
/// The dashboard with the synthetic seed (so tables have small cells to suppress) and generous rate limits (the limit
/// has its own tests), with one personal API token per account, issued on first use.
/// </summary>
public class StatisticsApiFactory : DashboardFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _tokens = new(StringComparer.Ordinal);

    /// <summary>Waits until the seed is written and the analytics facts hold it.</summary>
    public async Task ReadyAsync()
    {
        var seeding = Services.GetRequiredService<FirstStartSeedingService>();
        var analytics = Services.GetRequiredService<ComplaintAnalytics>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!seeding.Finished || !analytics.IsReady || analytics.Coverage().Facts == 0)
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>A client that sends <paramref name="owner"/>'s personal API token (an account id such as <c>acct-analyst</c>).</summary>
    public async Task<HttpClient> ClientForAsync(string owner)
    {
        var secret = await _tokens.GetOrAdd(owner, o => new Lazy<Task<string>>(() => IssueAsync(o))).Value;
        var client = DashboardSession.Anonymous(this);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:RateLimit:PermitLimit", "100000");
        builder.UseSetting("Api:RateLimit:ExportPermitLimit", "100000");
    }

    private async Task<string> IssueAsync(string owner)
    {
        var issued = await Services.GetRequiredService<ApiTokenIssuer>().IssueAsync(owner, "statistics tests", null, CancellationToken.None);
        return issued.Secret ?? throw new InvalidOperationException($"No token for {owner}: {issued.Status}");
    }
}
