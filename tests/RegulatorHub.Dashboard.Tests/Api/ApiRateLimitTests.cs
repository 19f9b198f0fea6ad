using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Audit;
using RegulatorHub.Dashboard.Api;
using RegulatorHub.Dashboard.Tests.Access;

namespace RegulatorHub.Dashboard.Tests.Api;

/// <summary>The per-user API limit, configured low (2 per hour, so the window cannot roll over during a test).</summary>
public sealed class ApiRateLimitTests(ApiRateLimitTests.Factory factory) : IClassFixture<ApiRateLimitTests.Factory>
{
    private static readonly Uri s_complaints = new("/api/v1/complaints", UriKind.Relative);

    [Fact]
    public async Task Get_BeyondTheLimit_429WithRetryAfterAndProblemSayingTheLimit()
    {
        using var client = await DashboardSession.SignInAsync(factory, "hz.regulator");

        using var first = await client.GetAsync(s_complaints);
        using var second = await client.GetAsync(s_complaints);
        using var third = await client.GetAsync(s_complaints);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 3600);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await third.Content.ReadAsStringAsync());
        Assert.Equal(ApiProblems.TooManyRequestsTitle, problem.RootElement.GetProperty("title").GetString());
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.Contains("2 API requests per 3600 seconds", detail, StringComparison.Ordinal);
        Assert.Contains($"Retry after {(int)retryAfter.Value.TotalSeconds} seconds", detail, StringComparison.Ordinal);

        var entries = await factory.Services.GetRequiredService<IAuditTrail>().SearchAsync(
            new AuditQuery(Actor: "acct-hz-regulator", Action: AuditAction.ApiCall), CancellationToken.None);
        Assert.Single(entries, e => e.Outcome == AuditOutcome.Denied && e.Detail!.StartsWith("status=429", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_AnotherUsersLimitSpent_OwnAllowanceUntouched()
    {
        using var spender = await DashboardSession.SignInAsync(factory, "sh.regulator");
        using var other = await DashboardSession.SignInAsync(factory, "zj.regulator");
        for (var i = 0; i < 3; i++)
        {
            using var _ = await spender.GetAsync(s_complaints);
        }

        using var response = await other.GetAsync(s_complaints);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pages_NotUnderTheApi_AreNotLimited()
    {
        using var client = await DashboardSession.SignInAsync(factory, "auditor");

        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
    }

    public sealed class Factory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Api:RateLimit:PermitLimit", "2");
            builder.UseSetting("Api:RateLimit:WindowSeconds", "3600");
        }
    }
}
