using Bunit;
using RegulatorHub.Application.Access;
using RegulatorHub.Dashboard.Components.Pages;
using RegulatorHub.Dashboard.Tests.Access;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class ComplaintDetailTests : IDisposable
{
    private readonly DashboardComponentContext _context = new();
    private readonly InMemoryComplaintStore _store = new();
    private readonly RecordingViewRecorder _recorder = new();
    private readonly FixedAuthenticationStateProvider _user = new();

    public ComplaintDetailTests()
    {
        ComplaintPageServices.Add(_context, _store, _recorder, _user);
        _store.AddAsync(
            [
                ComplaintPageServices.Complaint("HZ-1", new DateOnly(2026, 6, 1), "330106", "330106", "西湖区的投诉叙述，电话[手机号]。"),
                ComplaintPageServices.Complaint("SH-1", new DateOnly(2026, 6, 1), "310101", "310104", "上海的机密叙述。"),
            ],
            CancellationToken.None).GetAwaiter().GetResult();
    }

    [Fact]
    public void Render_InJurisdiction_AsksForAPurposeFirstAndShowsNothingOfTheRecord()
    {
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");

        var page = Render("12315-zj", "HZ-1");

        Assert.NotNull(page.Find("[data-testid=purpose-form]"));
        Assert.True(page.Find("[data-testid=open]").HasAttribute("disabled"));
        Assert.DoesNotContain("西湖区的投诉叙述", page.Markup, StringComparison.Ordinal);
        Assert.Empty(_recorder.Views);
    }

    [Fact]
    public void Open_InJurisdictionWithPurpose_ShowsTheRecordAndRecordsTheView()
    {
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");
        var page = Render("12315-zj", "HZ-1");

        page.Find("#purpose").Change("supervision");
        page.Find("[data-testid=open]").Click();

        page.WaitForElement("[data-testid=complaint-record]");
        Assert.Equal("西湖区的投诉叙述，电话[手机号]。", page.Find("[data-testid=narrative]").TextContent);
        Assert.Contains("Food", page.Find("[data-field=category]").TextContent, StringComparison.Ordinal);
        Assert.Contains("goods.food", page.Find("[data-field=category]").TextContent, StringComparison.Ordinal);
        Assert.Contains("西湖区", page.Find("[data-field=consumer-region]").TextContent, StringComparison.Ordinal);
        Assert.Contains("88.50 CNY", page.Find("[data-field=amount]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Closed · Agreement reached", page.Find("[data-field=status]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Mobile numbers: 2", "Street addresses: 1"], page.FindAll("[data-testid=personal-data-removed] li").Select(li => li.TextContent));
        Assert.Contains("Supervision", page.Find("[data-testid=view-purpose]").TextContent, StringComparison.Ordinal);
        Assert.Equal([("acct-hz-regulator", "12315-zj", "HZ-1", ComplaintViewPurpose.Supervision, true)], _recorder.Views);
    }

    [Fact]
    public void Open_OutsideJurisdictionOrUnknown_RefusesAlikeShowingNothingOfTheComplaint()
    {
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");

        var shanghai = Open("SH-1", "handling");
        var unknown = Open("NO-SUCH", "handling");

        var refused = shanghai.Find("[data-testid=complaint-refused]");
        Assert.Contains("Not in your jurisdiction", refused.TextContent, StringComparison.Ordinal);
        Assert.Equal(refused.OuterHtml, unknown.Find("[data-testid=complaint-refused]").OuterHtml);
        Assert.DoesNotContain("上海的机密叙述", shanghai.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("310104", shanghai.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("某某食品商行", shanghai.Markup, StringComparison.Ordinal);
        Assert.Equal([false, false], _recorder.Views.Select(v => v.Allowed));
    }

    [Theory]
    [InlineData("Analyst", "samr-zj")]
    [InlineData("Auditor", "samr-zj")]
    [InlineData("Regulator", "samr-gz")]
    public void Render_UserWithoutComplaintLevelAccess_SaysSoWithoutAForm(string role, string agency)
    {
        _user.SignIn("acct-x", role, agency);

        var page = Render("12315-zj", "HZ-1");

        Assert.NotNull(page.Find("[data-testid=complaint-no-access]"));
        Assert.Empty(page.FindAll("[data-testid=purpose-form]"));
        Assert.DoesNotContain("西湖区的投诉叙述", page.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_InChinese_OffersThePurposesInChinese()
    {
        using var context = new DashboardComponentContext("zh-CN");
        ComplaintPageServices.Add(context, _store, _recorder, _user);
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");

        var page = context.Render<ComplaintDetail>(p => p.Add(c => c.Source, "12315-zj").Add(c => c.CaseId, "HZ-1"));

        Assert.Equal(["请选择用途…", "处理投诉", "与其他机构之间的转办", "监督检查", "质量核查"], page.FindAll("#purpose option").Select(o => o.TextContent));
    }

    private IRenderedComponent<ComplaintDetail> Open(string caseId, string purpose)
    {
        var page = Render("12315-zj", caseId);
        page.Find("#purpose").Change(purpose);
        page.Find("[data-testid=open]").Click();
        page.WaitForElement("[data-testid=complaint-refused], [data-testid=complaint-record]");
        return page;
    }

    private IRenderedComponent<ComplaintDetail> Render(string source, string caseId) =>
        _context.Render<ComplaintDetail>(p => p.Add(c => c.Source, source).Add(c => c.CaseId, caseId));

    public void Dispose() => _context.Dispose();
}
