using System.Text.Json;
using Microsoft.Playwright;
using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>
/// A referral end to end in Chromium, each user in a browser context of their own: Shanghai refers a complaint about a
/// Hangzhou merchant, Hangzhou accepts and resolves it, Shanghai sees the outcome, and an analyst is refused.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class ReferralTests(DashboardFixture fixture)
{
    private const string Note = "Merchant is in Hangzhou; please mediate (browser test).";

    [Fact]
    public Task Shanghai_refers_a_complaint_to_Hangzhou_which_accepts_and_resolves_it_while_an_analyst_is_refused() =>
        fixture.RunAsync(nameof(Shanghai_refers_a_complaint_to_Hangzhou_which_accepts_and_resolves_it_while_an_analyst_is_refused), async shanghai =>
        {
            // Agency A: a Shanghai consumer's complaint about a Hangzhou merchant, found through the complaint API.
            await DashboardPage.SignInAsync(shanghai, "sh.regulator", "sh.regulator-demo");
            var (source, caseId) = await FindShanghaiAboutHangzhouAsync(shanghai);
            await shanghai.GotoAsync($"/complaints/{Uri.EscapeDataString(source)}/{Uri.EscapeDataString(caseId)}");
            await DashboardPage.WaitForInteractiveAsync(shanghai);
            await shanghai.SelectOptionAsync("#purpose", "referral");
            await shanghai.ClickAsync("[data-testid=open]");
            await shanghai.Locator("[data-testid=complaint-referrals]").WaitForAsync();
            Assert.Equal("samr-hz", await shanghai.GetAttributeAsync("[data-testid=referral-suggestion]", "data-agency"));
            Assert.Equal("samr-hz", await shanghai.InputValueAsync("[data-testid=refer-to]"));
            await shanghai.FillAsync("[data-testid=refer-note]", Note);
            await shanghai.ClickAsync("[data-testid=refer-create]");
            var link = shanghai.Locator("[data-testid=new-referral-link]");
            await link.WaitForAsync();
            var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("The new referral has no link.");
            var id = Guid.Parse(href["/referrals/".Length..], System.Globalization.CultureInfo.InvariantCulture);

            // Agency B, in its own browser context: the referral is in its inbox; it accepts, then resolves it.
            await UsingContextAsync("hz.regulator", async hangzhou =>
            {
                await hangzhou.GotoAsync("/referrals");
                await DashboardPage.WaitForInteractiveAsync(hangzhou);
                var row = hangzhou.Locator($"tr[data-referral='{id:D}']");
                await row.WaitForAsync();
                Assert.Equal(caseId, await row.GetAttributeAsync("data-case"));
                await row.Locator("[data-testid=open-referral]").ClickAsync();
                await hangzhou.Locator("[data-testid=referral-record]").WaitForAsync();
                await DashboardPage.WaitForInteractiveAsync(hangzhou);
                Assert.Contains(Note, await hangzhou.Locator("[data-testid=timeline]").TextContentAsync(), StringComparison.Ordinal);

                await hangzhou.ClickAsync("[data-testid=act-Accept]");
                await hangzhou.Locator("[data-testid=referral-state]", new() { HasText = "Accepted" }).WaitForAsync();
                await hangzhou.SelectOptionAsync("[data-testid=outcome]", "AgreementReached");
                await hangzhou.FillAsync("[data-testid=note-Resolve]", "Refund agreed.");
                await hangzhou.ClickAsync("[data-testid=act-Resolve]");
                await hangzhou.Locator("[data-testid=referral-state]", new() { HasText = "Resolved" }).WaitForAsync();
                Assert.Equal(0, await hangzhou.Locator("[data-testid=referral-actions]").CountAsync());
            });

            // Agency A sees the outcome in its outbox and on the referral.
            await shanghai.GotoAsync("/referrals?box=outbox&show=all");
            var sent = shanghai.Locator($"tr[data-referral='{id:D}'] [data-field=state]");
            await sent.WaitForAsync();
            Assert.Equal("Resolved · Agreement reached", (await sent.TextContentAsync())?.Trim());
            await shanghai.GotoAsync(href);
            Assert.Equal("Resolved · Agreement reached", (await shanghai.Locator("[data-testid=referral-state]").TextContentAsync())?.Trim());
            Assert.Contains("Refund agreed.", await shanghai.Locator("[data-testid=timeline]").TextContentAsync(), StringComparison.Ordinal);

            // An analyst may not open the referral at all.
            await UsingContextAsync("analyst", async analyst =>
            {
                var response = await analyst.GotoAsync(href);
                Assert.Equal(403, response?.Status);
                Assert.Equal(0, await analyst.Locator("[data-testid=referral-record]").CountAsync());
            });
        }, locale: "en", signedIn: false);

    // A separate browser context (own cookies) for another user, signed in through the form.
    private async Task UsingContextAsync(string userName, Func<IPage, Task> act)
    {
        var context = await fixture.Chromium.NewContextAsync(fixture.Server.BaseUrl, "en");
        try
        {
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            await DashboardPage.SignInAsync(page, userName);
            await act(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    // The newest complaint in Shanghai's listing whose consumer is in Shanghai (31…) and merchant in Hangzhou (3301…).
    private static async Task<(string Source, string CaseId)> FindShanghaiAboutHangzhouAsync(IPage page)
    {
        string? continuation = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var url = "/api/v1/complaints?pageSize=200" + (continuation is null ? string.Empty : "&continuation=" + Uri.EscapeDataString(continuation));
            var response = await page.Context.APIRequest.GetAsync(url);
            Assert.Equal(200, response.Status);
            using var json = JsonDocument.Parse(await response.TextAsync());
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            {
                var consumer = item.GetProperty("consumerRegion") is { ValueKind: JsonValueKind.Object } c ? c.GetProperty("code").GetString() : null;
                var merchant = item.GetProperty("merchant") is { ValueKind: JsonValueKind.Object } m && m.GetProperty("region") is { ValueKind: JsonValueKind.Object } r
                    ? r.GetProperty("code").GetString() : null;
                if (consumer?.StartsWith("31", StringComparison.Ordinal) == true && merchant?.StartsWith("3301", StringComparison.Ordinal) == true)
                {
                    return (item.GetProperty("source").GetString()!, item.GetProperty("caseId").GetString()!);
                }
            }

            continuation = json.RootElement.GetProperty("continuation").GetString();
            if (continuation is null)
            {
                break;
            }
        }

        throw new InvalidOperationException("The seeded data holds no complaint of a Shanghai consumer about a Hangzhou merchant.");
    }
}
