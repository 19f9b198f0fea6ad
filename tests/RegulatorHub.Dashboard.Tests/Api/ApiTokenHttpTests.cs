using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Dashboard.Tests.Access;
using RegulatorHub.Storage.Sqlite;

namespace RegulatorHub.Dashboard.Tests.Api;

/// <summary>Bearer tokens against the real store: accepted for their owner's current role, refused alike for every bad case.</summary>
public sealed class ApiTokenHttpTests(ApiTokenHttpTests.Factory factory) : IClassFixture<ApiTokenHttpTests.Factory>
{
    private const string InvalidTokenChallenge = "Bearer error=\"invalid_token\", error_description=\"The token is invalid or expired\"";
    private static readonly Uri s_complaints = new("/api/v1/complaints", UriKind.Relative);

    [Fact]
    public async Task Bearer_RegulatorToken_200AndAuditedWithTheTokenId()
    {
        var issued = await IssueAsync("acct-hz-regulator");

        using var response = await SendAsync(s_complaints, issued.Secret!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await factory.Services.GetRequiredService<IAuditTrail>().SearchAsync(
            new AuditQuery(Actor: "acct-hz-regulator", Action: AuditAction.ApiCall), CancellationToken.None);
        var entry = Assert.Single(entries, e => e.Detail!.Contains("token=" + issued.Token!.Id, StringComparison.Ordinal));
        Assert.Equal((AuditOutcome.Allowed, "Regulator", "samr-hz"), (entry.Outcome, entry.Role, entry.AgencyId));
        Assert.DoesNotContain(issued.Secret!, entry.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_AnalystToken_403ProblemOnComplaints()
    {
        var issued = await IssueAsync("acct-analyst");

        using var response = await SendAsync(s_complaints, issued.Secret!);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Bearer_UnknownMalformedExpiredRevoked_Same401InvalidToken()
    {
        var expired = await IssueAsync("acct-zj-regulator", TimeSpan.FromDays(1));
        var revoked = await IssueAsync("acct-zj-regulator");
        Assert.True(await factory.Services.GetRequiredService<IApiTokenStore>()
            .RevokeAsync("acct-zj-regulator", revoked.Token!.Id, factory.Clock.GetUtcNow(), CancellationToken.None));
        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        string[] secrets = ["rhk_" + new string('A', 43), "not-a-token", expired.Secret!, revoked.Secret!];

        var answers = new List<(HttpStatusCode Status, string Challenge, string Body)>();
        foreach (var secret in secrets)
        {
            using var response = await SendAsync(s_complaints, secret);
            answers.Add((response.StatusCode, response.Headers.WwwAuthenticate.ToString(), await response.Content.ReadAsStringAsync()));
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.Unauthorized, InvalidTokenChallenge), (a.Status, a.Challenge)));
        Assert.Single(answers.Select(a => a.Body).Distinct(StringComparer.Ordinal));
        Assert.Contains("invalid or expired", answers[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bearer_OwnerDisabledAfterIssue_401InvalidToken()
    {
        var issued = await IssueAsync("acct-sz-regulator");
        using var before = await SendAsync(s_complaints, issued.Secret!);

        await DisableAsync("acct-sz-regulator");
        using var after = await SendAsync(s_complaints, issued.Secret!);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(InvalidTokenChallenge, after.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task Bearer_OnAPage_NotAcceptedThere()
    {
        var issued = await IssueAsync("acct-bj-regulator");

        using var response = await SendAsync(new Uri("/exports", UriKind.Relative), issued.Secret!);

        Assert.True(AccessOutcome.Login.Matches(response, "/exports"), $"{(int)response.StatusCode} {AccessOutcome.Location(response)}");
    }

    private async Task<ApiTokenIssueResult> IssueAsync(string owner, TimeSpan? lifetime = null)
    {
        var result = await factory.Services.GetRequiredService<ApiTokenIssuer>().IssueAsync(owner, "test", lifetime, CancellationToken.None);
        Assert.NotNull(result.Secret);
        return result;
    }

    private async Task<HttpResponseMessage> SendAsync(Uri path, string secret)
    {
        using var client = DashboardSession.Anonymous(factory);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return await client.SendAsync(request);
    }

    // The account port has no update: the test changes the row itself (as RevalidationTests does).
    private async Task DisableAsync(string accountId)
    {
        var database = factory.Services.GetRequiredService<SqliteDatabase>();
        await using var lease = await database.AcquireWriterAsync(CancellationToken.None);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = "UPDATE accounts SET disabled = 1 WHERE id = $id";
        command.Parameters.AddWithValue("$id", accountId);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>The API on a clock the test moves.</summary>
    public sealed class Factory : ApiFactory
    {
        public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
