using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Audit;
using RegulatorHub.Dashboard.Api;
using RegulatorHub.Dashboard.Tests.Access;

namespace RegulatorHub.Dashboard.Tests.Api;

/// <summary>The API's answers at HTTP level: refusals as problem details, never a redirect; parameters named; every call audited.</summary>
public sealed class ApiHttpTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly Uri s_complaints = new("/api/v1/complaints", UriKind.Relative);

    [Fact]
    public async Task Get_NoCredentials_401ProblemWithBearerChallengeAndNoRedirect()
    {
        using var client = DashboardSession.Anonymous(factory);

        using var response = await client.GetAsync(s_complaints);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(ApiProblems.UnauthorizedTitle, problem.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_AnalystSession_403Problem()
    {
        using var client = await DashboardSession.SignInAsync(factory, "analyst");

        using var response = await client.GetAsync(s_complaints);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(403, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task List_BadPageSizeAndDate_ValidationProblemNamesEachParameter()
    {
        using var client = await DashboardSession.SignInAsync(factory, "hz.regulator");

        using var response = await client.GetAsync(new Uri("/api/v1/complaints?pageSize=0&from=2026-13-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.Equal(["from", "pageSize"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.StartsWith("pageSize must be", errors.GetProperty("pageSize")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task View_NoPurpose_ValidationProblemNamesPurpose()
    {
        using var client = await DashboardSession.SignInAsync(factory, "hz.regulator");

        using var response = await client.GetAsync(new Uri("/api/v1/complaints/some-feed/CASE-1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["purpose"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Call_Anonymous_AuditedAsDeniedWithTemplateAndParameterNamesOnly()
    {
        using var client = DashboardSession.Anonymous(factory);

        using var response = await client.GetAsync(new Uri("/api/v1/complaints/feed-x/13800138000?purpose=handling&merchant=%E5%BC%A0%E4%B8%89", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var entries = await factory.Services.GetRequiredService<IAuditTrail>().SearchAsync(
            new AuditQuery(Action: AuditAction.ApiCall, TargetPrefix: "api:GET /api/v1/complaints/{source}/{caseId}"), CancellationToken.None);
        var entry = Assert.Single(entries, e => e.Actor == AuditRecord.AnonymousActor && e.Detail!.Contains("params=merchant,purpose", StringComparison.Ordinal));
        Assert.Equal(AuditOutcome.Denied, entry.Outcome);
        Assert.StartsWith("status=401 ms=", entry.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(entries, e => e.ToString().Contains("13800138000", StringComparison.Ordinal) || e.ToString().Contains("张三", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_SignedInRegulator_AuditedAsAllowedUnderTheAccount()
    {
        using var client = await DashboardSession.SignInAsync(factory, "sz.regulator");

        using var response = await client.GetAsync(s_complaints);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await factory.Services.GetRequiredService<IAuditTrail>().SearchAsync(
            new AuditQuery(Actor: "acct-sz-regulator", Action: AuditAction.ApiCall), CancellationToken.None);
        var entry = Assert.Single(entries);
        Assert.Equal(("api:GET /api/v1/complaints/", AuditOutcome.Allowed, "samr-sz", "Regulator"), (entry.Target, entry.Outcome, entry.AgencyId, entry.Role));
        Assert.DoesNotContain("token=", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_UnknownApiPath_AuditedWithoutThePath()
    {
        using var client = await DashboardSession.SignInAsync(factory, "bj.regulator");

        using var response = await client.GetAsync(new Uri("/api/v1/people/13912345678", UriKind.Relative));

        var entries = await factory.Services.GetRequiredService<IAuditTrail>().SearchAsync(
            new AuditQuery(Actor: "acct-bj-regulator", Action: AuditAction.ApiCall), CancellationToken.None);
        var entry = Assert.Single(entries);
        Assert.Equal("api:GET " + ApiCallAudit.UnmatchedTemplate, entry.Target);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.DoesNotContain("13912345678", entry.ToString(), StringComparison.Ordinal);
    }
}
