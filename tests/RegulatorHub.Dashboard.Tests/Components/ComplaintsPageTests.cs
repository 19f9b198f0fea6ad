using Bunit;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Dashboard.Live;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Dashboard.Components.Pages;
using RegulatorHub.Dashboard.Filtering;
using RegulatorHub.Dashboard.Tests.Access;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class ComplaintsPageTests : IAsyncLifetime, IDisposable
{
    private readonly DashboardComponentContext _context = new();
    private readonly InMemoryComplaintStore _store = new();
    private readonly RecordingViewRecorder _recorder = new();
    private readonly FixedAuthenticationStateProvider _user = new();
    private AnalyticsFacts? _facts;
    private LiveUpdates? _live;

    public async Task InitializeAsync()
    {
        ComplaintPageServices.Add(_context, _store, _recorder, _user);
        (_facts, _live) = await ComplaintPageServices.AddDashboardPageAsync(_context);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Render_HangzhouRegulator_ListsOnlyTheJurisdictionNewestFirstWithLinks()
    {
        await _store.AddAsync(
            [
                ComplaintPageServices.Complaint("HZ-OLD", new DateOnly(2026, 5, 1), "330106", "330106"),
                ComplaintPageServices.Complaint("SH-HZ", new DateOnly(2026, 6, 2), "310101", "330100"),
                ComplaintPageServices.Complaint("SH-SH", new DateOnly(2026, 6, 3), "310101", "310104"),
                ComplaintPageServices.Complaint("HZ-NEW", new DateOnly(2026, 6, 4), "330106", "310104"),
            ],
            CancellationToken.None);
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");

        var page = _context.Render<Complaints>();

        page.WaitForAssertion(() => Assert.Equal("ready", page.Find("[data-widget=complaint-list]").GetAttribute("data-state")));
        Assert.Equal(["HZ-NEW", "SH-HZ", "HZ-OLD"], page.FindAll("[data-testid=complaint-table] tbody tr").Select(r => r.GetAttribute("data-case")));
        Assert.Equal("/complaints/12315-zj/HZ-NEW", page.Find("[data-testid=open-complaint]").GetAttribute("href"));
        Assert.Contains("杭州市市场监督管理局", page.Find("[data-testid=jurisdiction]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=views-recorded]"));
        Assert.DoesNotContain("买到过期食品", page.Markup, StringComparison.Ordinal);
        Assert.Equal(["330100"], Assert.Single(_store.Queries).RegionCodes);
        Assert.Equal([("acct-hz-regulator", true, 3)], _recorder.Listings);
    }

    [Fact]
    public async Task OlderAndNewer_MoreThanAPage_PageThroughAndBack()
    {
        await _store.AddAsync(
            [.. Enumerable.Range(0, 55).Select(i => ComplaintPageServices.Complaint($"HZ-{i:00}", new DateOnly(2026, 1, 1).AddDays(i), "330106", "330106"))],
            CancellationToken.None);
        _user.SignIn("acct-hz-admin", "AgencyAdmin", "samr-hz");
        var page = _context.Render<Complaints>();
        page.WaitForAssertion(() => Assert.Equal(50, page.FindAll("[data-testid=complaint-table] tbody tr").Count));
        Assert.True(page.Find("[data-testid=page-newer]").HasAttribute("disabled"));

        page.Find("[data-testid=page-older]").Click();
        page.WaitForAssertion(() => Assert.Equal(5, page.FindAll("[data-testid=complaint-table] tbody tr").Count));
        Assert.Equal("HZ-04", page.Find("[data-testid=complaint-table] tbody tr").GetAttribute("data-case"));
        Assert.True(page.Find("[data-testid=page-older]").HasAttribute("disabled"));

        page.Find("[data-testid=page-newer]").Click();
        page.WaitForAssertion(() => Assert.Equal("HZ-54", page.Find("[data-testid=complaint-table] tbody tr").GetAttribute("data-case")));
    }

    [Fact]
    public void Render_Analyst_SaysNoAccessAndNeverQueriesTheStore()
    {
        _user.SignIn("acct-analyst", "Analyst", "samr-zj");

        var page = _context.Render<Complaints>();

        Assert.NotNull(page.Find("[data-testid=complaints-denied]"));
        Assert.Empty(page.FindAll("[data-widget=complaint-list]"));
        Assert.Empty(_store.Queries);
    }

    [Fact]
    public void Render_FilterWithDatesCategoryMerchantAndRegion_AppliesTheFirstThreeAndSaysTheRegionDoesNot()
    {
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");
        var filter = DashboardFilter.None with
        {
            From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 3, 31), Category = "goods.food", Merchant = "name:某某@330106", Region = "310000",
        };

        var page = _context.Render<Complaints>(p => p.AddCascadingValue(filter));

        page.WaitForAssertion(() => Assert.Single(_store.Queries));
        var query = _store.Queries[0];
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31), "goods.food", "name:某某@330106"), (query.From!.Value, query.To!.Value, query.SubjectCode!, query.MerchantKey!));
        Assert.Equal(["330100"], query.RegionCodes);
        Assert.Contains("Region", page.Find("[data-testid=ignored-filters]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewComplaints_AnnouncedWhileAListIsShown_DoNotReloadOrRecordAgain()
    {
        await _store.AddAsync([ComplaintPageServices.Complaint("HZ-1", new DateOnly(2026, 6, 1), "330106", "330106")], CancellationToken.None);
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");
        var page = _context.Render<Complaints>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=complaint-table] tbody tr")));

        _facts!.Current.Append(
            [new ComplaintFact(new DateOnly(2026, 6, 2), "goods.food", "quality", "330106", "m-1", null, null, ComplaintChannel.Phone, "12315-zj", null)], "2");
        await page.InvokeAsync(_live!.Check);

        Assert.Single(_store.Queries);
        Assert.Single(_recorder.Listings);
    }

    public void Dispose()
    {
        _live?.Dispose();
        _context.Dispose();
    }
}
