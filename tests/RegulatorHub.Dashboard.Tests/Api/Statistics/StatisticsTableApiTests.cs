using System.Globalization;
using System.Net;
using System.Text.Json;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Dashboard.Tests.Api.Statistics;

/// <summary>GET /api/v1/statistics and /statistics/dimensions with an analyst's token, over the synthetic seed.</summary>
public sealed class StatisticsTableApiTests(StatisticsApiFactory factory) : IClassFixture<StatisticsApiFactory>
{
    private const string Range = "from=2024-01-01&to=2026-06-30";

    [Fact]
    public async Task Table_AnalystToken_DefinitionMetadataColumnsAndFirstPage()
    {
        using var answer = await GetJsonAsync("acct-analyst", $"/api/v1/statistics?dimensions=Category&{Range}&pageSize=3");

        var root = answer.RootElement;
        Assert.True(StatisticsDefinitionParser.TryParse($"dimensions=category&{Range}", out var expected, out _));
        Assert.Equal(StatisticsDefinitionParser.ToQueryString(expected), root.GetProperty("definition").GetProperty("query").GetString());
        Assert.Equal(StatisticsDefinitionJson.Serialize(expected), root.GetProperty("definition").GetProperty("json").GetString());
        var metadata = root.GetProperty("metadata");
        Assert.False(string.IsNullOrEmpty(metadata.GetProperty("watermark").GetString()));
        Assert.False(string.IsNullOrEmpty(metadata.GetProperty("softwareVersion").GetString()));
        Assert.False(string.IsNullOrEmpty(metadata.GetProperty("rule").GetString()));
        Assert.True(metadata.GetProperty("threshold").GetInt32() > 1);
        Assert.Equal(["category"], root.GetProperty("rowDimensions").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("complaints", root.GetProperty("columnAxis").GetString());
        Assert.Equal(3, root.GetProperty("rows").GetArrayLength());
        var paging = root.GetProperty("paging");
        var totalRows = paging.GetProperty("totalRows").GetInt64();
        Assert.Equal(metadata.GetProperty("rowCount").GetInt32(), totalRows);
        Assert.True(totalRows > 3);
        Assert.Equal((1, 3), (paging.GetProperty("page").GetInt32(), paging.GetProperty("pageSize").GetInt32()));
        Assert.EndsWith("&page=2&pageSize=3", paging.GetProperty("next").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_PageTwoAndBeyondTheEnd_RowsOfThatPageThenNone()
    {
        var query = $"/api/v1/statistics?dimensions=category,issue&{Range}";
        using var whole = await GetJsonAsync("acct-analyst", query + "&pageSize=1000");
        using var first = await GetJsonAsync("acct-analyst", query + "&pageSize=2");
        using var second = await GetJsonAsync("acct-analyst", first.RootElement.GetProperty("paging").GetProperty("next").GetString()!);
        var totalRows = whole.RootElement.GetProperty("paging").GetProperty("totalRows").GetInt32();
        using var beyond = await GetJsonAsync("acct-analyst", query + string.Create(CultureInfo.InvariantCulture, $"&pageSize=2&page={(totalRows / 2) + 2}"));

        var all = whole.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()).ToList();
        Assert.Equal(all.Skip(2).Take(2), second.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetRawText()));
        Assert.Equal(2, second.RootElement.GetProperty("paging").GetProperty("page").GetInt32());
        Assert.Equal(0, beyond.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, beyond.RootElement.GetProperty("paging").GetProperty("next").ValueKind);
        Assert.Equal(totalRows, beyond.RootElement.GetProperty("paging").GetProperty("totalRows").GetInt32());
        Assert.Equal(
            whole.RootElement.GetProperty("columnTotals").GetRawText(), beyond.RootElement.GetProperty("columnTotals").GetRawText());
    }

    [Theory]
    [InlineData("dimensions=colour&" + Range, "dimensions")]
    [InlineData("dimensions=category&from=2026-13-01&to=2026-06-30", "from")]
    [InlineData("dimensions=category&from=2026-01-01", "to")]
    [InlineData("regionLevel=street&" + Range, "regionLevel")]
    [InlineData("granularity=hour&" + Range, "granularity")]
    [InlineData("channel=Pigeon&" + Range, "channel")]
    [InlineData("region=33&" + Range, "region")]
    [InlineData("page=0&" + Range, "page")]
    [InlineData("pageSize=5000&" + Range, "pageSize")]
    [InlineData("dimensions=category,issue&granularity=day&from=2017-01-01&to=2026-06-30", "granularity")]
    [InlineData("dimensions=category,issue,region&regionLevel=county&" + Range, "dimensions")]
    public async Task Table_BadParameter_400NamingIt(string query, string parameter)
    {
        await factory.ReadyAsync();
        using var client = await factory.ClientForAsync("acct-analyst");

        using var response = await client.GetAsync(new Uri("/api/v1/statistics?" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal([parameter], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Table_SmallCells_SuppressedAsNullEverywhereAndEqualToTheCsvDownload()
    {
        const string query = "dimensions=category,region&regionLevel=city&" + Range;
        await factory.ReadyAsync();
        using var client = await factory.ClientForAsync("acct-analyst");

        // New facts between the two requests would change the counts: retry until both saw the same watermark.
        for (var attempt = 0; ; attempt++)
        {
            using var json = await GetJsonAsync("acct-analyst", $"/api/v1/statistics?{query}&pageSize=1000");
            using var download = await client.GetAsync(new Uri($"/api/v1/statistics/export?format=csv&{query}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
            var csv = StatisticsCsv.Parse(await download.Content.ReadAsByteArrayAsync());
            var root = json.RootElement;
            if (csv.Metadata["data_watermark"] != root.GetProperty("metadata").GetProperty("watermark").GetString() && attempt < 5)
            {
                continue;
            }

            var rows = root.GetProperty("rows").EnumerateArray().ToList();
            Assert.Equal(root.GetProperty("paging").GetProperty("totalRows").GetInt32(), rows.Count);
            var cells = rows.SelectMany(r => r.GetProperty("cells").EnumerateArray().Append(r.GetProperty("total")))
                .Concat(root.GetProperty("columnTotals").EnumerateArray()).Append(root.GetProperty("grandTotal")).ToList();
            Assert.Contains(cells, c => c.GetProperty("suppressed").GetBoolean());
            Assert.All(cells, c => Assert.Equal(c.GetProperty("suppressed").GetBoolean(), c.GetProperty("value").ValueKind == JsonValueKind.Null));
            Assert.Equal(root.GetProperty("metadata").GetProperty("suppressedCount").GetInt32(), cells.Count(c => c.GetProperty("suppressed").GetBoolean()));

            // Complementary suppression: no published total has exactly one suppressed entry under it.
            var columnCount = root.GetProperty("columns").GetArrayLength();
            foreach (var row in rows)
            {
                AssertNotRecomputable(row.GetProperty("cells").EnumerateArray().ToList(), row.GetProperty("total"));
            }

            for (var c = 0; c < columnCount; c++)
            {
                AssertNotRecomputable([.. rows.Select(r => r.GetProperty("cells")[c])], root.GetProperty("columnTotals")[c]);
            }

            AssertNotRecomputable([.. root.GetProperty("columnTotals").EnumerateArray()], root.GetProperty("grandTotal"));

            // The file holds exactly what the JSON says: header, one line per row (code, name, cells, total), total line.
            Assert.Equal(root.GetProperty("metadata").GetProperty("suppressedCount").GetInt32().ToString(CultureInfo.InvariantCulture), csv.Metadata["suppressed_entries"]);
            Assert.Equal(rows.Count + 2, csv.Records.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var line = csv.Records[r + 1];
                Assert.Equal(rows[r].GetProperty("labels")[0].GetProperty("key").GetString() ?? string.Empty, line[0]);
                Assert.Equal([.. rows[r].GetProperty("cells").EnumerateArray().Append(rows[r].GetProperty("total")).Select(Text)], line.Skip(2));
            }

            Assert.Equal(
                [.. root.GetProperty("columnTotals").EnumerateArray().Append(root.GetProperty("grandTotal")).Select(Text)],
                csv.Records[^1].Skip(2));
            return;
        }
    }

    [Fact]
    public async Task Dimensions_AnalystToken_EveryDimensionWithKeysAndMerchantsPaged()
    {
        using var answer = await GetJsonAsync("acct-analyst", "/api/v1/statistics/dimensions?pageSize=5");

        var root = answer.RootElement;
        var dimensions = root.GetProperty("dimensions").EnumerateArray().ToDictionary(d => d.GetProperty("name").GetString()!, StringComparer.Ordinal);
        Assert.Equal(StatisticsParameters.AllDimensions.Select(StatisticsParameters.NameOf), dimensions.Keys);
        Assert.Equal(["province", "city", "county"], root.GetProperty("regionLevels").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("none", root.GetProperty("granularities").EnumerateArray().Select(g => g.GetString()));
        Assert.Contains(dimensions["category"].GetProperty("keys").EnumerateArray(), k => k.GetProperty("key").GetString() == "goods.food" && k.GetProperty("nameEn").GetString() is { Length: > 0 });
        Assert.Contains(dimensions["channel"].GetProperty("keys").EnumerateArray(), k => k.GetProperty("key").GetString() == "Phone");
        Assert.Contains(dimensions["region"].GetProperty("keys").EnumerateArray(), k => k.GetProperty("level").GetString() == "city");
        Assert.DoesNotContain("count", dimensions["region"].GetProperty("keys")[0].GetRawText(), StringComparison.OrdinalIgnoreCase);
        var merchants = dimensions["merchant"];
        Assert.Equal(5, merchants.GetProperty("keys").GetArrayLength());
        Assert.EndsWith("page=2&pageSize=5", merchants.GetProperty("paging").GetProperty("next").GetString(), StringComparison.Ordinal);

        // The keys listed are keys the table accepts.
        var merchant = merchants.GetProperty("keys")[0].GetProperty("key").GetString()!;
        var city = dimensions["region"].GetProperty("keys").EnumerateArray().First(k => k.GetProperty("level").GetString() == "city").GetProperty("key").GetString()!;
        using var table = await GetJsonAsync(
            "acct-analyst", $"/api/v1/statistics?dimensions=channel&merchant={Uri.EscapeDataString(merchant)}&region={city}&{Range}");
        Assert.Equal(JsonValueKind.Array, table.RootElement.GetProperty("rows").ValueKind);
    }

    [Fact]
    public async Task Dimensions_BadPageSize_400NamingIt()
    {
        await factory.ReadyAsync();
        using var client = await factory.ClientForAsync("acct-analyst");

        using var response = await client.GetAsync(new Uri("/api/v1/statistics/dimensions?pageSize=abc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["pageSize"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private static void AssertNotRecomputable(IReadOnlyList<JsonElement> parts, JsonElement total)
    {
        if (!total.GetProperty("suppressed").GetBoolean())
        {
            Assert.NotEqual(1, parts.Count(p => p.GetProperty("suppressed").GetBoolean()));
        }
    }

    private static string Text(JsonElement cell) =>
        cell.GetProperty("suppressed").GetBoolean() ? "x" : cell.GetProperty("value").GetInt64().ToString(CultureInfo.InvariantCulture);

    private async Task<JsonDocument> GetJsonAsync(string owner, string path)
    {
        await factory.ReadyAsync();
        using var client = await factory.ClientForAsync(owner);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
