using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Exports;
using RegulatorHub.Application.Storage;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Dashboard.Api;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>
/// <c>GET /api/v1/complaints/export.csv</c> end to end: the jurisdiction's rows only, refusals naming the parameter,
/// one audit entry and one history record per export, formula-like text neutralized in the file.
/// </summary>
public sealed class ComplaintExportHttpTests(AccessDashboardFactory factory) : IClassFixture<AccessDashboardFactory>
{
    /// <summary>A Hangzhou complaint whose merchant name and narrative begin like spreadsheet formulas.</summary>
    private static readonly Complaint s_formula = new()
    {
        Source = AccessDashboardFactory.TestSource,
        SourceCaseId = "HZ-FORMULA",
        SourceKind = SourceKind.Hotline,
        ReceivedAt = new DateTimeOffset(2026, 6, 28, 9, 0, 0, TimeSpan.FromHours(8)),
        Channel = ComplaintChannel.Web,
        SubjectCode = "goods.food",
        IssueCode = "quality",
        ConsumerRegionCode = "330106",
        Merchant = new MerchantRef(MerchantKey.Create(null, null, null, "+杭州公式商行", "330106"), "+杭州公式商行", "330106"),
        Narrative = "=HYPERLINK(\"http://example.invalid\",\"点击\")",
        Status = ComplaintStatus.Accepted,
    };

    [Fact]
    public async Task Export_HangzhouRegulator_OnlyRowsWithConsumerOrMerchantInTheJurisdiction()
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Regulator", "samr-hz");

        using var response = await client.GetAsync(Uri());
        var rows = Csv.Records(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var agencies = factory.Services.GetRequiredService<AgencyDirectory>();
        var jurisdiction = agencies.JurisdictionOf(agencies.Find("samr-hz")!);
        Assert.True(rows.Count > 3, $"only {rows.Count} rows");
        Assert.All(rows, row => Assert.True(
            jurisdiction.Covers(Empty(row["consumer_region"])) || jurisdiction.Covers(Empty(row["merchant_region"])),
            $"{row["case_id"]}: consumer {row["consumer_region"]}, merchant {row["merchant_region"]}"));
        var caseIds = rows.Select(r => r["case_id"]).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(AccessDashboardFactory.Hangzhou.SourceCaseId, caseIds);
        Assert.Contains(AccessDashboardFactory.ShanghaiAboutHangzhou.SourceCaseId, caseIds);
        Assert.DoesNotContain(AccessDashboardFactory.Shanghai.SourceCaseId, caseIds);
    }

    [Fact]
    public async Task Export_Analyst_403Problem()
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Analyst", "samr-hz");

        using var response = await client.GetAsync(Uri());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(AccessDashboardFactory.Hangzhou.SourceCaseId, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_MalformedFrom_400NamingFrom()
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Regulator", "samr-hz");

        using var response = await client.GetAsync(Uri("from=2026-02-30"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["from"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Export_RegionOutsideTheJurisdiction_403NamingRegion()
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Regulator", "samr-hz");

        using var response = await client.GetAsync(Uri("region=330106,310000"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(ComplaintExportApi.RegionOutsideTitle, problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("region", problem.RootElement.GetProperty("parameter").GetString());
        Assert.StartsWith("region: 310000", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Complete_OneAuditEntryAndOneHistoryRecordWithRowCountAndHash()
    {
        await factory.ReadyAsync();

        // An account no other test here uses, so its audit entries and history are this test's alone.
        using var client = factory.ClientFor("AgencyAdmin", "samr-hz");
        const string account = "acct-samr-hz-agencyadmin";

        using var response = await client.GetAsync(Uri("region=330106&from=2026-06-01"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = Csv.Records(Encoding.UTF8.GetString(bytes));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(rows);
        var entries = await factory.Services.GetRequiredService<IAuditTrail>().SearchAsync(
            new AuditQuery(Actor: account, Action: AuditAction.ExportCreated), CancellationToken.None);
        var entry = Assert.Single(entries);
        Assert.Equal(AuditOutcome.Allowed, entry.Outcome);
        Assert.StartsWith($"complaints rows={rows.Count}; region=330106; from=2026-06-01", entry.Detail, StringComparison.Ordinal);

        var history = await factory.Services.GetRequiredService<IExportHistory>().ListAsync(account, 10, CancellationToken.None);
        var record = Assert.Single(history);
        Assert.Equal((ExportKind.Complaints, "csv", (long)rows.Count, "samr-hz"), (record.Kind, record.Format, record.RowCount, record.Agency));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), record.Sha256);
        Assert.Equal(AuditTargets.Export(record.Id), entry.Target);
        Assert.Equal(new DateOnly(2026, 6, 1), record.DataFrom);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), record.FileName);
        using var definition = JsonDocument.Parse(record.DefinitionJson);
        Assert.Equal("330106", definition.RootElement.GetProperty("regions")[0].GetString());
        Assert.False(string.IsNullOrEmpty(record.Watermark));
    }

    [Fact]
    public async Task Export_FormulaLikeText_PrefixedInTheFile()
    {
        await factory.ReadyAsync();
        await factory.Services.GetRequiredService<IComplaintStore>().AddAsync([s_formula], CancellationToken.None);
        using var client = factory.ClientFor("Regulator", "samr-hz");

        using var response = await client.GetAsync(Uri("region=330106"));
        var rows = Csv.Records(await response.Content.ReadAsStringAsync());

        var row = Assert.Single(rows, r => r["case_id"] == "HZ-FORMULA");
        Assert.Equal("'" + s_formula.Narrative, row["narrative"]);
        Assert.Equal("'+杭州公式商行", row["merchant_name"]);
        Assert.DoesNotContain(rows, r => r.Values.Any(v => v.Length > 0 && "=+-@".Contains(v[0], StringComparison.Ordinal)));
    }

    [Fact]
    public void Endpoint_CountsAgainstTheExportRateLimit()
    {
        var endpoint = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == ComplaintExportApi.Path);

        Assert.Equal(ApiRateLimits.ExportsPolicy, endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName);
    }

    private static Uri Uri(string? query = null) =>
        new(ComplaintExportApi.Path + (query is null ? string.Empty : "?" + query), UriKind.Relative);

    private static string? Empty(string value) => value.Length == 0 ? null : value;

    /// <summary>A small RFC 4180 reader for the test: skips the leading <c>#</c> lines and the BOM, keys each record by the header.</summary>
    private static class Csv
    {
        public static List<Dictionary<string, string>> Records(string text)
        {
            var lines = Parse(text.TrimStart('\uFEFF'));
            var header = lines[0];
            return [.. lines.Skip(1).Select(fields =>
            {
                Assert.Equal(header.Count, fields.Count);
                return header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            })];
        }

        private static List<List<string>> Parse(string text)
        {
            var records = new List<List<string>>();
            var position = 0;
            while (position < text.Length)
            {
                if (text[position] == '#')
                {
                    position = text.IndexOf('\n', position) + 1;
                    continue;
                }

                var fields = new List<string>();
                var field = new StringBuilder();
                var quoted = false;
                for (; position < text.Length; position++)
                {
                    var c = text[position];
                    if (quoted)
                    {
                        if (c == '"' && position + 1 < text.Length && text[position + 1] == '"')
                        {
                            field.Append('"');
                            position++;
                        }
                        else if (c == '"')
                        {
                            quoted = false;
                        }
                        else
                        {
                            field.Append(c);
                        }
                    }
                    else if (c == '"')
                    {
                        quoted = true;
                    }
                    else if (c == ',')
                    {
                        fields.Add(field.ToString());
                        field.Clear();
                    }
                    else if (c == '\n')
                    {
                        position++;
                        break;
                    }
                    else if (c != '\r')
                    {
                        field.Append(c);
                    }
                }

                fields.Add(field.ToString());
                records.Add(fields);
            }

            return records;
        }
    }
}
