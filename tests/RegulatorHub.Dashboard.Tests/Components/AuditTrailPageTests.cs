using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Application.Audit;
using RegulatorHub.Dashboard.Components.Pages;
using RegulatorHub.Dashboard.Tests.Access;
using RegulatorHub.Dashboard.Tests.Audit;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class AuditTrailPageTests : IDisposable
{
    private readonly DashboardComponentContext _context;
    private readonly AuditTestTrail _audit = new();
    private readonly FixedAuthenticationStateProvider _user = new();

    public AuditTrailPageTests() : this("en")
    {
    }

    private AuditTrailPageTests(string culture)
    {
        _context = new DashboardComponentContext(culture);
        _context.Services.AddSingleton<IAuditTrail>(_audit.Trail);
        _context.Services.AddSingleton(_audit.Writer);
        _context.Services.AddSingleton(_audit.Verifier);
        _context.Services.AddSingleton<AuthenticationStateProvider>(_user);
        _context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        _user.SignIn("acct-auditor", "Auditor", "samr-zj");
    }

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task Render_Auditor_ShowsEntriesNewestFirstAndRecordsTheRead()
    {
        await WriteAsync(3);

        var page = _context.Render<AuditTrail>();

        page.WaitForAssertion(() => Assert.Equal(["3", "2", "1"], Sequences(page)));
        var first = page.Find("[data-testid=audit-table] tbody tr");
        Assert.Contains("acct-hz-regulator", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("complaint:12315-zj/ZJ-3", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Complaint viewed", first.TextContent, StringComparison.Ordinal);
        Assert.Equal(_audit.Trail.Entries[2].Hash[..12], first.QuerySelector("code[title]")!.TextContent);
        var read = _audit.Trail.Entries[^1];
        Assert.Equal(
            (4L, "acct-auditor", "samr-zj", "Auditor", AuditAction.AuditViewed, "audit:search", "audit", "rows=3"),
            (read.Sequence, read.Actor, read.AgencyId, read.Role, read.Action, read.Target, read.Purpose, read.Detail));
    }

    [Fact]
    public async Task OlderAndNewer_MoreThanAPage_PageThroughAndBack()
    {
        await WriteAsync(120);
        var page = _context.Render<AuditTrail>();
        page.WaitForAssertion(() => Assert.Equal(AuditTrail.PageSize, Sequences(page).Count));
        Assert.Equal("120", Sequences(page)[0]);
        Assert.True(page.Find("[data-testid=audit-newer]").HasAttribute("disabled"));

        page.Find("[data-testid=audit-older]").Click();
        page.WaitForAssertion(() => Assert.Equal("70", Sequences(page)[0]));
        page.Find("[data-testid=audit-older]").Click();
        page.WaitForAssertion(() => Assert.Equal(20, Sequences(page).Count));
        Assert.True(page.Find("[data-testid=audit-older]").HasAttribute("disabled"));

        page.Find("[data-testid=audit-newer]").Click();
        page.WaitForAssertion(() => Assert.Equal("70", Sequences(page)[0]));
    }

    [Fact]
    public async Task Search_ByActorActionAndTargetPrefix_ShowsOnlyMatches()
    {
        await WriteAsync(4);
        await _audit.Writer.WriteAsync("acct-sh-regulator", "samr-sh", "Regulator", AuditAction.SignIn, AuditTargets.Account("acct-sh-regulator"), AuditOutcome.Allowed);
        await _audit.Writer.WriteAsync("acct-sh-regulator", "samr-sh", "Regulator", AuditAction.ComplaintViewed, AuditTargets.Complaint("12315-sh", "SH-1"), AuditOutcome.Denied, "handling");
        var page = _context.Render<AuditTrail>();
        page.WaitForAssertion(() => Assert.Equal(6, Sequences(page).Count));

        page.Find("[data-testid=audit-actor]").Change("acct-sh-regulator");
        page.Find("[data-testid=audit-action]").Change(nameof(AuditAction.ComplaintViewed));
        page.Find("[data-testid=audit-target]").Change("complaint:12315-sh/");
        page.Find("[data-testid=audit-search]").Submit();

        page.WaitForAssertion(() => Assert.Equal(["6"], Sequences(page)));
        Assert.Equal("denied", page.Find("[data-outcome]").GetAttribute("data-outcome"));
        Assert.Equal(2, _audit.Trail.Entries.Count(e => e.Action == AuditAction.AuditViewed));
    }

    [Fact]
    public async Task Search_DateRange_ShowsOnlyThoseDaysAndRefusesAnInvertedRange()
    {
        await WriteAsync(1);
        _audit.Clock.Advance(TimeSpan.FromDays(2));
        await WriteAsync(1);
        var page = _context.Render<AuditTrail>();
        page.WaitForAssertion(() => Assert.Equal(2, Sequences(page).Count));

        // The page's own records are on the later day too, so the earlier day holds exactly the first entry.
        page.Find("[data-testid=audit-from]").Change("2026-06-30");
        page.Find("[data-testid=audit-to]").Change("2026-06-30");
        page.Find("[data-testid=audit-search]").Submit();
        page.WaitForAssertion(() => Assert.Equal(["1"], Sequences(page)));

        page.Find("[data-testid=audit-from]").Change("2026-07-01");
        page.Find("[data-testid=audit-search]").Submit();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=audit-problem]")));
        Assert.Equal(["1"], Sequences(page));
    }

    [Fact]
    public async Task VerifyChain_Intact_ShowsTheHeadHashAndRecordsTheCheck()
    {
        await WriteAsync(2);
        var page = _context.Render<AuditTrail>();
        page.WaitForAssertion(() => Assert.Equal(2, Sequences(page).Count));

        page.Find("[data-testid=audit-verify]").Click();

        page.WaitForAssertion(() => Assert.Equal("true", page.Find("[data-testid=audit-verification]").GetAttribute("data-intact")));
        // The search's own record (entry 3) is the head when the chain is checked.
        Assert.Contains(_audit.Trail.Entries[2].Hash, page.Find("[data-testid=audit-verification]").TextContent, StringComparison.Ordinal);
        var check = _audit.Trail.Entries[^1];
        Assert.Equal((AuditAction.AuditViewed, "audit:verify", "intact"), (check.Action, check.Target, check.Detail));
    }

    [Fact]
    public async Task VerifyChain_EditedEntry_ShowsTheFirstBrokenEntry()
    {
        await WriteAsync(3);
        _audit.Trail.Entries[1] = _audit.Trail.Entries[1] with { Actor = "acct-someone-else" };
        var page = _context.Render<AuditTrail>();
        page.WaitForAssertion(() => Assert.Equal(3, Sequences(page).Count));

        page.Find("[data-testid=audit-verify]").Click();

        page.WaitForAssertion(() => Assert.Equal("false", page.Find("[data-testid=audit-verification]").GetAttribute("data-intact")));
        Assert.Contains("Chain broken at entry 2: modified", page.Find("[data-testid=audit-verification]").TextContent, StringComparison.Ordinal);
        Assert.Equal("broken-at=2", _audit.Trail.Entries[^1].Detail);
    }

    [Fact]
    public async Task Render_Chinese_ShowsTranslatedTexts()
    {
        using var chinese = new AuditTrailPageTests("zh-CN");
        await chinese.WriteAsync(1);

        var page = chinese._context.Render<AuditTrail>();

        page.WaitForAssertion(() => Assert.Single(Sequences(page)));
        Assert.Equal("审计日志", page.Find("h1").TextContent);
        Assert.Contains("查看投诉", page.Find("[data-testid=audit-table] tbody tr").TextContent, StringComparison.Ordinal);
        Assert.Contains("校验哈希链", page.Find("[data-testid=audit-verify]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Prerendering_ReadsNothingAndRecordsNothing()
    {
        _context.SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var page = _context.Render<AuditTrail>();

        Assert.NotNull(page.Find("[data-testid=audit-loading]"));
        Assert.Empty(_audit.Trail.Entries);
    }

    private async Task WriteAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await _audit.Writer.WriteAsync(
                "acct-hz-regulator", "samr-hz", "Regulator", AuditAction.ComplaintViewed,
                AuditTargets.Complaint("12315-zj", "ZJ-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)), AuditOutcome.Allowed, "handling");
        }
    }

    private static List<string?> Sequences(IRenderedComponent<AuditTrail> page) =>
        [.. page.FindAll("[data-testid=audit-table] tbody tr").Select(r => r.GetAttribute("data-sequence"))];
}
