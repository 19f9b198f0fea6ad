using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Exports;

namespace RegulatorHub.Dashboard.Tests.Api.Statistics;

/// <summary>
/// Saved definitions, their re-run, the export history and the statistics download, with personal API tokens; each
/// test uses its own accounts so the histories do not mix.
/// </summary>
public sealed class StatisticsDefinitionsAndExportsApiTests(StatisticsApiFactory factory) : IClassFixture<StatisticsApiFactory>
{
    private const string Range = "from=2024-01-01&to=2026-06-30";

    [Fact]
    public async Task Definitions_SaveByQueryAndBody_ListGetRunDelete()
    {
        using var client = await ClientAsync("acct-analyst");

        using var byQuery = await client.PostAsync(new Uri($"/api/v1/statistics/definitions?name=By%20category&dimensions=category&{Range}", UriKind.Relative), null);
        using var byBody = await client.PostAsync(new Uri("/api/v1/statistics/definitions", UriKind.Relative), Json(
            """{"name":"Food by month","definition":{"schema":"statistics-definition/v1","dimensions":["region"],"granularity":"month","from":"2026-01-01","to":"2026-06-30","filters":{"category":["goods.food"]}}}"""));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (byQuery.StatusCode, byBody.StatusCode));
        using var saved = JsonDocument.Parse(await byBody.Content.ReadAsStringAsync());
        var id = saved.RootElement.GetProperty("id").GetString()!;
        Assert.Equal("/api/v1/statistics/definitions/" + id, byBody.Headers.Location?.OriginalString);
        Assert.Equal("dimensions=region&regionLevel=province&granularity=month&from=2026-01-01&to=2026-06-30&category=goods.food",
            saved.RootElement.GetProperty("definition").GetProperty("query").GetString());

        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/statistics/definitions", UriKind.Relative)));
        Assert.Equal(["Food by month", "By category"], list.RootElement.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("name").GetString()));
        using var one = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/statistics/definitions/" + id, UriKind.Relative)));
        Assert.Equal("Food by month", one.RootElement.GetProperty("name").GetString());

        using var run = await client.GetAsync(new Uri($"/api/v1/statistics/definitions/{id}/run?format=csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        Assert.Equal("text/csv", run.Content.Headers.ContentType?.MediaType);
        var csv = StatisticsCsv.Parse(await run.Content.ReadAsByteArrayAsync());
        Assert.Equal(saved.RootElement.GetProperty("definition").GetProperty("query").GetString(), csv.Metadata["query"]);
        var history = await factory.Services.GetRequiredService<IExportHistory>().ListAsync("acct-analyst", 10, CancellationToken.None);
        Assert.Contains(history, r => r.DefinitionJson == saved.RootElement.GetProperty("definition").GetProperty("json").GetString());

        using var deleted = await client.DeleteAsync(new Uri("/api/v1/statistics/definitions/" + id, UriKind.Relative));
        using var gone = await client.GetAsync(new Uri("/api/v1/statistics/definitions/" + id, UriKind.Relative));
        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound), (deleted.StatusCode, gone.StatusCode));
    }

    [Fact]
    public async Task Definitions_SaveUnderATakenName_ReplacesKeepingTheId()
    {
        using var client = await ClientAsync("acct-hz-admin");

        using var first = await client.PostAsync(new Uri($"/api/v1/statistics/definitions?name=Mine&dimensions=category&{Range}", UriKind.Relative), null);
        using var second = await client.PostAsync(new Uri($"/api/v1/statistics/definitions?name=MINE&dimensions=issue&{Range}", UriKind.Relative), null);

        using var a = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        using var b = JsonDocument.Parse(await second.Content.ReadAsStringAsync());
        Assert.Equal(a.RootElement.GetProperty("id").GetString(), b.RootElement.GetProperty("id").GetString());
        using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/statistics/definitions", UriKind.Relative)));
        var only = Assert.Single(list.RootElement.GetProperty("items").EnumerateArray());
        Assert.StartsWith("dimensions=issue&", only.GetProperty("definition").GetProperty("query").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"","definition":{"schema":"statistics-definition/v1","from":"2026-01-01","to":"2026-06-30"}}""", "name")]
    [InlineData("""{"name":"x","definition":{"schema":"statistics-definition/v0","from":"2026-01-01","to":"2026-06-30"}}""", "definition")]
    [InlineData("""{"name":"x"}""", "definition")]
    [InlineData("""{"name":"x","definition":""", "body")]
    [InlineData("""[1,2]""", "body")]
    public async Task Definitions_SaveBadBody_400NamingTheField(string body, string field)
    {
        using var client = await ClientAsync("acct-analyst");

        using var response = await client.PostAsync(new Uri("/api/v1/statistics/definitions", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([field], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Definitions_SaveByQueryWithoutNameAndBadDate_400NamingBoth()
    {
        using var client = await ClientAsync("acct-analyst");

        using var response = await client.PostAsync(new Uri("/api/v1/statistics/definitions?dimensions=category&from=2026-02-30&to=2026-06-30", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["from", "name"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Run_BadFormat_400NamingFormat()
    {
        using var client = await ClientAsync("acct-sh-regulator");
        using var saved = await client.PostAsync(new Uri($"/api/v1/statistics/definitions?name=R&dimensions=category&{Range}", UriKind.Relative), null);
        using var body = JsonDocument.Parse(await saved.Content.ReadAsStringAsync());

        using var response = await client.GetAsync(new Uri($"/api/v1/statistics/definitions/{body.RootElement.GetProperty("id").GetString()}/run?format=pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["format"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task AnotherUsersDefinitionAndExport_404AndNeverListed()
    {
        using var owner = await ClientAsync("acct-zj-regulator");
        using var other = await ClientAsync("acct-auditor");
        using var saved = await owner.PostAsync(new Uri($"/api/v1/statistics/definitions?name=Private&dimensions=category&{Range}", UriKind.Relative), null);
        using var body = JsonDocument.Parse(await saved.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("id").GetString()!;
        using var download = await owner.GetAsync(new Uri($"/api/v1/statistics/export?format=csv&dimensions=issue&{Range}", UriKind.Relative));
        var exportId = (await factory.Services.GetRequiredService<IExportHistory>().ListAsync("acct-zj-regulator", 1, CancellationToken.None))[0].Id;

        var statuses = new List<HttpStatusCode>();
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, "/api/v1/statistics/definitions/" + id),
            (HttpMethod.Get, $"/api/v1/statistics/definitions/{id}/run?format=csv"),
            (HttpMethod.Delete, "/api/v1/statistics/definitions/" + id),
            (HttpMethod.Get, "/api/v1/exports/" + exportId),
        })
        {
            using var response = await other.SendAsync(new HttpRequestMessage(method, new Uri(path, UriKind.Relative)));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        Assert.DoesNotContain(id, await other.GetStringAsync(new Uri("/api/v1/statistics/definitions", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(exportId, await other.GetStringAsync(new Uri("/api/v1/exports", UriKind.Relative)), StringComparison.Ordinal);
        using var stillThere = await owner.GetAsync(new Uri("/api/v1/statistics/definitions/" + id, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Theory]
    [InlineData("csv", "text/csv", new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData("parquet", "application/vnd.apache.parquet", new byte[] { 0x50, 0x41, 0x52, 0x31 })]
    public async Task Export_EachFormatWithToken_FileRecordedInHistoryAndAudited(string format, string contentType, byte[] magic)
    {
        const string account = "acct-analyst";
        using var client = await ClientAsync(account);

        using var response = await client.GetAsync(new Uri($"/api/v1/statistics/export?format={format}&dimensions=category,channel&{Range}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(magic, bytes.Take(magic.Length));
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var record = Assert.Single(await factory.Services.GetRequiredService<IExportHistory>().ListAsync(account, 500, CancellationToken.None), r => r.Sha256 == hash);
        Assert.Equal((format, ExportKind.Statistics), (record.Format, record.Kind));
        Assert.Equal(record.FileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var audit = await factory.Services.GetRequiredService<IAuditTrail>().SearchAsync(
            new AuditQuery(Actor: account, Action: AuditAction.ExportCreated), CancellationToken.None);
        var entry = Assert.Single(audit, e => e.Target == AuditTargets.Export(record.Id));
        Assert.Equal(AuditOutcome.Allowed, entry.Outcome);
        Assert.Contains("format=" + format, entry.Detail, StringComparison.Ordinal);

        using var listed = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/exports/" + record.Id, UriKind.Relative)));
        Assert.Equal(record.Sha256, listed.RootElement.GetProperty("sha256").GetString());
        Assert.StartsWith($"/api/v1/statistics/export?format={format}&dimensions=category,channel&", listed.RootElement.GetProperty("rerun").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_BadFormatAndDefinition_400NamingEachAndAuditedNothing()
    {
        using var client = await ClientAsync("acct-bj-regulator");

        using var response = await client.GetAsync(new Uri("/api/v1/statistics/export?format=pdf&dimensions=colour&to=2026-06-30", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["dimensions", "format", "from"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Empty(await factory.Services.GetRequiredService<IExportHistory>().ListAsync("acct-bj-regulator", 10, CancellationToken.None));
    }

    [Fact]
    public async Task Exports_ThreeDownloads_PagedNewestFirstThenEmptyBeyondTheEnd()
    {
        using var client = await ClientAsync("acct-sz-regulator");
        foreach (var format in new[] { "csv", "xlsx", "parquet" })
        {
            using var download = await client.GetAsync(new Uri($"/api/v1/statistics/export?format={format}&dimensions=category&{Range}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        using var first = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/exports?pageSize=2", UriKind.Relative)));
        using var second = JsonDocument.Parse(await client.GetStringAsync(new Uri(first.RootElement.GetProperty("paging").GetProperty("next").GetString()!, UriKind.Relative)));
        using var beyond = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/exports?pageSize=2&page=3", UriKind.Relative)));

        var formats = first.RootElement.GetProperty("items").EnumerateArray().Concat(second.RootElement.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("format").GetString()).ToList();
        Assert.Equal(["parquet", "xlsx", "csv"], formats);
        Assert.Equal(3, first.RootElement.GetProperty("paging").GetProperty("totalRows").GetInt32());
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("paging").GetProperty("next").ValueKind);
        Assert.Equal(0, beyond.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Exports_BadPage_400NamingIt()
    {
        using var client = await ClientAsync("acct-analyst");

        using var response = await client.GetAsync(new Uri("/api/v1/exports?page=-1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["page"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private async Task<HttpClient> ClientAsync(string owner)
    {
        await factory.ReadyAsync();
        return await factory.ClientForAsync(owner);
    }
}
