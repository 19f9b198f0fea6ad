using RegulatorHub.Testing.Browser;

namespace RegulatorHub.Dashboard.Browser.Tests;

/// <summary>The language links reload the page in the other language and keep the filter.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LanguageTests(DashboardFixture fixture)
{
    [Fact]
    public Task Switching_language_reloads_in_english_and_back_in_chinese_keeping_the_filter() =>
        fixture.RunAsync(nameof(Switching_language_reloads_in_english_and_back_in_chinese_keeping_the_filter), async page =>
        {
            await page.GotoAsync("/");
            await DashboardPage.WaitForSettledAsync(page);
            var category = await FilterBarTests.FirstChoiceAsync(page, "category");
            var filter = FilterQuery.Canonical(new Dictionary<string, string> { ["category"] = category });
            await page.GotoAsync("/?" + filter);
            await DashboardPage.WaitForSettledAsync(page, expectedFilter: filter);
            Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));

            await page.ClickAsync("a[data-testid=lang-en]");
            await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'");
            var english = await DashboardPage.WaitForSettledAsync(page, expectedFilter: filter);
            Assert.Equal(FilterQuery.Parse(filter), FilterQuery.Parse(page.Url));
            Assert.DoesNotContain(english.Widgets, w => w.State == "error");
            Assert.Equal("true", await page.GetAttributeAsync("a[data-testid=lang-en]", "aria-pressed"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(DashboardFixture.ScreenshotDirectory, "language-en.png"), FullPage = true });

            await page.ClickAsync("a[data-testid=lang-zh]");
            await page.WaitForFunctionAsync("() => document.documentElement.lang === 'zh-CN'");
            await DashboardPage.WaitForSettledAsync(page, expectedFilter: filter);
            Assert.Equal("true", await page.GetAttributeAsync("a[data-testid=lang-zh]", "aria-pressed"));
        }, locale: "zh-CN");
}
