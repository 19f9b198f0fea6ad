using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Dashboard.Tests.Access;

/// <summary>The referral pages at HTTP level (the prerendered page): only the two agencies of a referral see it.</summary>
public sealed class ReferralPagesHttpTests(AccessDashboardFactory factory) : IClassFixture<AccessDashboardFactory>
{
    private const string Narrative = "上海消费者投诉杭州商家。";
    private const string MerchantName = "杭州跨区测试商行";

    [Theory]
    [InlineData("samr-hz", "Regulator")]
    [InlineData("samr-sh", "AgencyAdmin")]
    public async Task GetReferral_EitherParty_ShowsTheComplaintAsReferred(string agency, string role)
    {
        var id = await ReferAsync("samr-sh", "samr-hz");
        using var client = factory.ClientFor(role, agency);

        using var response = await client.GetAsync(new Uri($"/referrals/{id:D}", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"referral-record\"", body, StringComparison.Ordinal);
        Assert.Contains(Narrative, body, StringComparison.Ordinal);
        Assert.Contains("referral note for the test", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReferral_StaffOfAnotherAgencyOrUnknownId_RefusesAlikeRevealingNothing()
    {
        var id = await ReferAsync("samr-sh", "samr-hz");
        using var zhejiang = factory.ClientFor("Regulator", "samr-zj");

        using var other = await zhejiang.GetAsync(new Uri($"/referrals/{id:D}", UriKind.Relative));
        using var unknown = await zhejiang.GetAsync(new Uri($"/referrals/{Guid.NewGuid():D}", UriKind.Relative));
        var otherBody = await other.Content.ReadAsStringAsync();
        var unknownBody = await unknown.Content.ReadAsStringAsync();

        Assert.Contains("data-testid=\"referral-refused\"", otherBody, StringComparison.Ordinal);
        Assert.Equal(Refusal(unknownBody), Refusal(otherBody));
        Assert.All([Narrative, MerchantName, "referral note for the test", "SH-TO-HZ"], trace => Assert.DoesNotContain(trace, otherBody, StringComparison.Ordinal));
        Assert.DoesNotContain("data-testid=\"referral-record\"", otherBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Analyst")]
    [InlineData("Auditor")]
    public async Task GetReferral_RoleThatIsNotStaff_Is403(string role)
    {
        var id = await ReferAsync("samr-sh", "samr-hz");
        using var client = factory.ClientFor(role, "samr-hz");

        using var response = await client.GetAsync(new Uri($"/referrals/{id:D}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(Narrative, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetComplaint_ReceivingAgencyOutsideTheJurisdiction_IsGrantedByTheReferral()
    {
        using var shenzhen = factory.ClientFor("Regulator", "samr-sz");
        var path = new Uri($"/api/v1/complaints/{AccessDashboardFactory.TestSource}/SH-TO-HZ?purpose=referral", UriKind.Relative);
        await factory.ReadyAsync();
        using var before = await shenzhen.GetAsync(path);

        await ReferAsync("samr-sh", "samr-sz");
        using var after = await shenzhen.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("\"Granted\"", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReferrals_ReceivingAgency_ListsItInTheInbox()
    {
        var id = await ReferAsync("samr-sh", "samr-hz");
        using var hangzhou = factory.ClientFor("Regulator", "samr-hz");
        using var shanghai = factory.ClientFor("Regulator", "samr-sh");

        var inbox = await hangzhou.GetStringAsync(new Uri("/referrals", UriKind.Relative));
        var outboxOfReceiver = await hangzhou.GetStringAsync(new Uri("/referrals?box=outbox", UriKind.Relative));
        var outbox = await shanghai.GetStringAsync(new Uri("/referrals?box=outbox", UriKind.Relative));

        Assert.Contains($"data-referral=\"{id:D}\"", inbox, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-referral=\"{id:D}\"", outboxOfReceiver, StringComparison.Ordinal);
        Assert.Contains($"data-referral=\"{id:D}\"", outbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMerchant_StaffSeeWhoElseIsLookingAndAnalystsDoNot()
    {
        await ReferAsync("samr-sh", "samr-hz");
        var path = new Uri("/merchants/" + Uri.EscapeDataString(AccessDashboardFactory.ShanghaiAboutHangzhou.Merchant!.Key.Value), UriKind.Relative);
        using var zhejiang = factory.ClientFor("Regulator", "samr-zj");
        using var analyst = factory.ClientFor("Analyst", "samr-zj");

        var staffPage = await zhejiang.GetStringAsync(path);
        var analystPage = await analyst.GetStringAsync(path);

        Assert.Contains("data-testid=\"who-else-is-looking\"", staffPage, StringComparison.Ordinal);
        Assert.Contains("data-agency=\"samr-hz\"", staffPage, StringComparison.Ordinal);
        Assert.Contains("data-agency=\"samr-sh\"", staffPage, StringComparison.Ordinal);
        Assert.DoesNotContain("who-else-is-looking", analystPage, StringComparison.Ordinal);
    }

    // The same referral for every test of the factory: a second creation answers with the open one (Duplicate).
    private async Task<Guid> ReferAsync(string from, string to)
    {
        await factory.ReadyAsync();
        var service = factory.Services.GetRequiredService<ReferralService>();
        var result = await service.CreateAsync(
            new ReferralActor($"acct-{from}-regulator", from),
            new ComplaintReference(AccessDashboardFactory.TestSource, "SH-TO-HZ"),
            to,
            "referral note for the test",
            CancellationToken.None);
        Assert.True(result.Kind is ReferralOutcomeKind.Succeeded or ReferralOutcomeKind.Duplicate, result.ToString());
        return result.Referral!.Id;
    }

    private static string Refusal(string body)
    {
        var start = body.IndexOf("<section class=\"alert alert-danger\" role=\"alert\" data-testid=\"referral-refused\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page holds no refusal.");
        return body[start..body.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
