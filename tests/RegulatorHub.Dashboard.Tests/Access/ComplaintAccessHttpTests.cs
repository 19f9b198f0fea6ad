using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Access;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>Complaint-level access at HTTP level: jurisdiction, roles, and nothing leaking from a refusal.</summary>
public sealed class ComplaintAccessHttpTests(AccessDashboardFactory factory) : IClassFixture<AccessDashboardFactory>
{
    private static readonly string[] s_shanghaiTraces = ["SH-ONLY-7F3A", "7F3A", "上海保密商行", "上海的机密叙述", "310104"];

    [Fact]
    public async Task GetComplaint_HangzhouRegulatorAndHangzhouComplaint_ReturnsTheRecord()
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Regulator", "samr-hz");

        using var response = await client.GetAsync(DetailUri(AccessDashboardFactory.Hangzhou, "handling"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("HZ-ONLY", root.GetProperty("caseId").GetString());
        Assert.Equal("西湖区消费者的测试叙述。", root.GetProperty("narrative").GetString());
        Assert.Equal("330106", root.GetProperty("consumerRegion").GetProperty("code").GetString());
        Assert.Equal("goods.food", root.GetProperty("category").GetProperty("code").GetString());
        Assert.Equal(1, root.GetProperty("personalDataRemoved").GetProperty("mobile").GetInt32());
        Assert.Equal("ConsumerInJurisdiction", root.GetProperty("access").GetString());
        Assert.False(root.TryGetProperty("complainant", out _));
    }

    [Fact]
    public async Task GetComplaint_HangzhouRegulatorAndShanghaiComplaint_Is403RevealingNothing()
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Regulator", "samr-hz");

        using var shanghai = await client.GetAsync(DetailUri(AccessDashboardFactory.Shanghai, "supervision"));
        using var unknown = await client.GetAsync(new Uri($"/api/v1/complaints/{AccessDashboardFactory.TestSource}/NO-SUCH-CASE?purpose=supervision", UriKind.Relative));
        var shanghaiBody = await shanghai.Content.ReadAsStringAsync();
        var unknownBody = await unknown.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, shanghai.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unknown.StatusCode);
        Assert.All(s_shanghaiTraces, trace => Assert.DoesNotContain(trace, shanghaiBody, StringComparison.Ordinal));

        // An id that names no complaint gets the very same answer: the API never says whether a case exists.
        Assert.Equal(WithoutTraceId(unknownBody), WithoutTraceId(shanghaiBody));
        Assert.Equal("Not in your jurisdiction", JsonDocument.Parse(shanghaiBody).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetComplaint_ShanghaiConsumerAboutHangzhouMerchant_IsInBothJurisdictions()
    {
        await factory.ReadyAsync();
        using var hangzhou = factory.ClientFor("Regulator", "samr-hz");
        using var shanghai = factory.ClientFor("AgencyAdmin", "samr-sh");
        using var shenzhen = factory.ClientFor("Regulator", "samr-sz");

        using var byMerchant = await hangzhou.GetAsync(DetailUri(AccessDashboardFactory.ShanghaiAboutHangzhou, "referral"));
        using var byConsumer = await shanghai.GetAsync(DetailUri(AccessDashboardFactory.ShanghaiAboutHangzhou, "referral"));
        using var neither = await shenzhen.GetAsync(DetailUri(AccessDashboardFactory.ShanghaiAboutHangzhou, "referral"));

        Assert.Equal(HttpStatusCode.OK, byMerchant.StatusCode);
        Assert.Contains("MerchantInJurisdiction", await byMerchant.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, byConsumer.StatusCode);
        Assert.Contains("ConsumerInJurisdiction", await byConsumer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, neither.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/complaints")]
    [InlineData("/api/v1/complaints?pageSize=200")]
    [InlineData("/api/v1/complaints/access-test/HZ-ONLY?purpose=handling")]
    [InlineData("/api/v1/complaints/access-test/HZ-ONLY")]
    [InlineData("/api/v1/complaints/access-test/NO-SUCH-CASE?purpose=handling")]
    [InlineData("/complaints")]
    [InlineData("/complaints/access-test/HZ-ONLY")]
    public async Task Get_AnalystOnAnyComplaintLevelEndpoint_Is403(string path)
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Analyst", "samr-zj");

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("西湖区消费者的测试叙述", body, StringComparison.Ordinal);
        Assert.DoesNotContain("杭州西湖测试商行", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Regulator", "samr-gz")]   // an agency no one configured
    [InlineData("Regulator", "")]
    public async Task GetComplaints_RegulatorWithoutAKnownAgency_Is403(string role, string agency)
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor(role, agency);

        using var list = await client.GetAsync(new Uri("/api/v1/complaints", UriKind.Relative));
        using var detail = await client.GetAsync(DetailUri(AccessDashboardFactory.Hangzhou, "handling"));

        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, detail.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/complaints")]
    [InlineData("/api/v1/complaints/access-test/HZ-ONLY?purpose=handling")]
    public async Task Get_Anonymous_Is401(string path)
    {
        using var client = factory.ClientFor(role: null);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("samr-hz")]
    [InlineData("samr-sh")]
    [InlineData("samr-sz")]
    [InlineData("samr-bj")]
    [InlineData("samr-zj")]
    public async Task ListComplaints_EveryPage_HoldsOnlyComplaintsInTheJurisdiction(string agencyId)
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Regulator", agencyId);
        var directory = factory.Services.GetRequiredService<AgencyDirectory>();
        var jurisdiction = directory.JurisdictionOf(directory.Find(agencyId)!);

        var listed = new List<(string? Consumer, string? Merchant, string CaseId, DateOnly Day)>();
        string? continuation = null;
        do
        {
            var uri = "/api/v1/complaints?pageSize=200" + (continuation is null ? string.Empty : "&continuation=" + Uri.EscapeDataString(continuation));
            using var response = await client.GetAsync(new Uri(uri, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            {
                Assert.False(item.TryGetProperty("narrative", out _));
                listed.Add((
                    item.GetProperty("consumerRegion") is { ValueKind: JsonValueKind.Object } consumer ? consumer.GetProperty("code").GetString() : null,
                    item.GetProperty("merchant") is { ValueKind: JsonValueKind.Object } merchant && merchant.GetProperty("region") is { ValueKind: JsonValueKind.Object } region
                        ? region.GetProperty("code").GetString() : null,
                    item.GetProperty("caseId").GetString()!,
                    DateOnly.Parse(item.GetProperty("receivedDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
            }

            continuation = json.RootElement.GetProperty("continuation").GetString();
        }
        while (continuation is not null);

        // The seeded data has complaints in every demo agency's jurisdiction, and none listed lies outside it.
        Assert.NotEmpty(listed);
        Assert.All(listed, c => Assert.True(jurisdiction.Covers(c.Consumer) || jurisdiction.Covers(c.Merchant), $"{c.CaseId}: {c.Consumer} / {c.Merchant}"));
        Assert.Equal(listed.Count, listed.Select(c => c.CaseId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(listed.Select(c => c.Day).OrderDescending(), listed.Select(c => c.Day));
        Assert.Equal(agencyId is "samr-hz" or "samr-zj", listed.Any(c => c.CaseId == "HZ-ONLY"));
        Assert.Equal(agencyId == "samr-sh", listed.Any(c => c.CaseId == "SH-ONLY-7F3A"));
    }

    [Fact]
    public async Task ListComplaints_DateCategoryAndMerchant_NarrowTheList()
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Regulator", "samr-hz");
        var merchant = AccessDashboardFactory.ShanghaiAboutHangzhou.Merchant!.Key.Value;

        using var response = await client.GetAsync(new Uri(
            $"/api/v1/complaints?from=2026-06-29&to=2026-06-29&category=goods.food&merchant={Uri.EscapeDataString(merchant)}", UriKind.Relative));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("SH-TO-HZ", item.GetProperty("caseId").GetString());
        Assert.Equal("/api/v1/complaints/access-test/SH-TO-HZ", item.GetProperty("href").GetString());
    }

    [Theory]
    [InlineData("/api/v1/complaints?pageSize=0", "pageSize")]
    [InlineData("/api/v1/complaints?pageSize=201", "pageSize")]
    [InlineData("/api/v1/complaints?from=2026/01/01", "from")]
    [InlineData("/api/v1/complaints?from=2026-02-01&to=2026-01-01", "to")]
    [InlineData("/api/v1/complaints?category=groceries", "category")]
    [InlineData("/api/v1/complaints?continuation=not-a-token", "continuation")]
    [InlineData("/api/v1/complaints/access-test/HZ-ONLY", "purpose")]
    [InlineData("/api/v1/complaints/access-test/HZ-ONLY?purpose=curiosity", "purpose")]
    public async Task Get_MalformedParameter_Is400ProblemNamingIt(string path, string parameter)
    {
        using var client = factory.ClientFor("Regulator", "samr-hz");

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Equal([parameter], errors.EnumerateObject().Select(e => e.Name));
        Assert.StartsWith(parameter, errors.GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPages_HangzhouRegulator_ShowsTheListNoticeAndAPurposeFormWithoutTheRecord()
    {
        await factory.ReadyAsync();
        using var client = factory.ClientFor("Regulator", "samr-hz");

        var list = await client.GetStringAsync(new Uri("/complaints", UriKind.Relative));
        var detail = await client.GetStringAsync(new Uri("/complaints/access-test/SH-ONLY-7F3A", UriKind.Relative));

        Assert.Contains("data-testid=\"views-recorded\"", list, StringComparison.Ordinal);
        Assert.Contains("杭州市市场监督管理局", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"purpose-form\"", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("上海的机密叙述", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("上海保密商行", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Agencies_DemoConfiguration_BindsTheFiveAgencies()
    {
        var directory = factory.Services.GetRequiredService<AgencyDirectory>();

        Assert.Equal(
            [("samr-bj", "110000"), ("samr-hz", "330100"), ("samr-sh", "310000"), ("samr-sz", "440300"), ("samr-zj", "330000")],
            directory.All.Select(a => (a.Id, Assert.Single(a.Jurisdictions))));
        Assert.Equal("杭州市市场监督管理局", directory.Find("samr-hz")!.Name);
    }

    private static Uri DetailUri(Complaint complaint, string purpose) =>
        new($"/api/v1/complaints/{Uri.EscapeDataString(complaint.Source)}/{Uri.EscapeDataString(complaint.SourceCaseId)}?purpose={purpose}", UriKind.Relative);

    private static string WithoutTraceId(string problem)
    {
        using var json = JsonDocument.Parse(problem);
        return string.Join("|", json.RootElement.EnumerateObject().Where(p => p.Name != "traceId").Select(p => $"{p.Name}={p.Value}"));
    }
}
