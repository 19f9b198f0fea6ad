using Bunit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Dashboard.Components.Pages;
using RegulatorHub.Dashboard.Tests.Access;
using RegulatorHub.Domain.Referrals;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Hosting.Referrals;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class ReferralDetailTests : IDisposable
{
    private readonly DashboardComponentContext _context = new();
    private readonly InMemoryComplaintStore _complaints = new();
    private readonly InMemoryReferralStore _referrals = new();
    private readonly FixedAuthenticationStateProvider _user = new();
    private readonly ReferralService _service;

    public ReferralDetailTests()
    {
        ComplaintPageServices.Add(_context, _complaints, new RecordingViewRecorder(), _user);
        var agencies = AgencyDirectory.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Access:Agencies:0:Name"] = "Hangzhou",
            ["Access:Agencies:0:Id"] = "samr-hz",
            ["Access:Agencies:0:Jurisdictions:0"] = "330100",
            ["Access:Agencies:1:Name"] = "Shanghai",
            ["Access:Agencies:1:Id"] = "samr-sh",
            ["Access:Agencies:1:Jurisdictions:0"] = "310000",
            ["Access:Agencies:2:Name"] = "Zhejiang",
            ["Access:Agencies:2:Id"] = "samr-zj",
            ["Access:Agencies:2:Jurisdictions:0"] = "330000",
        }).Build().GetSection(AccessOptions.SectionName).Get<AccessOptions>()!, RegionGazetteer.Default);
        _service = new ReferralService(
            _referrals, _complaints, agencies, agencies, new NoPublisher(), new NullReferralAuditSink(),
            Options.Create(new ReferralOptions { InstanceId = "test" }), TimeProvider.System, NullLogger<ReferralService>.Instance);
        _context.Services.AddSingleton(_service);
        _context.Services.AddSingleton(TimeProvider.System);
        _complaints.AddAsync([ComplaintPageServices.Complaint("SH-HZ-1", new DateOnly(2026, 6, 1), "310101", "330106", "上海消费者投诉杭州商家的叙述。")], CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Act_ReferralChangedSinceThePageWasLoaded_ShowsTheConflictAndReloads()
    {
        var id = await ReferAsync();
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");
        var page = Render(id);

        // Meanwhile the referring agency withdraws it: the page still shows version 1.
        var withdrawn = await _service.ActAsync(id, 1, new ReferralCommand(ReferralAction.Withdraw, new ReferralActor("acct-sh", "samr-sh"), "Sent to the wrong agency."), CancellationToken.None);
        Assert.True(withdrawn.Succeeded, withdrawn.ToString());
        page.Find("[data-testid=act-Accept]").Click();

        Assert.Contains("changed since you opened it", page.Find("[data-testid=action-message]").TextContent, StringComparison.Ordinal);
        Assert.Equal(ReferralState.Withdrawn, (await _referrals.FindAsync(id, CancellationToken.None))!.Referral.State);
        page.Find("[data-testid=reload]").Click();
        Assert.Equal("Withdrawn", page.Find("[data-testid=referral-state]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=referral-actions]"));
    }

    [Fact]
    public async Task Act_DeclineWithoutAReason_IsRefusedNamingTheField()
    {
        var id = await ReferAsync();
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");
        var page = Render(id);

        page.Find("[data-testid=act-Decline]").Click();

        Assert.Contains("(field: reason)", page.Find("[data-testid=action-message]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=reload]"));
        Assert.Equal(1, (await _referrals.FindAsync(id, CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Act_ReceiverAccepts_RecordsTheActionWithTheUserAndOffersResolving()
    {
        var id = await ReferAsync();
        _user.SignIn("acct-hz-regulator", "Regulator", "samr-hz");
        var page = Render(id);

        page.Find("[data-testid=act-Accept]").Click();

        var stored = (await _referrals.FindAsync(id, CancellationToken.None))!.Referral;
        Assert.Equal(ReferralState.Accepted, stored.State);
        Assert.Equal(new ReferralActor("acct-hz-regulator", "samr-hz"), stored.Events[^1].Actor);
        Assert.NotNull(page.Find("[data-testid=act-Resolve]"));
        Assert.Equal("2", page.Find("[data-testid=referral-record]").GetAttribute("data-version"));
    }

    [Fact]
    public async Task Render_AgencyThatIsNotAParty_RefusesWithoutShowingTheReferral()
    {
        var id = await ReferAsync();
        _user.SignIn("acct-zj-regulator", "Regulator", "samr-zj");

        var page = Render(id);

        Assert.NotNull(page.Find("[data-testid=referral-refused]"));
        Assert.DoesNotContain("上海消费者投诉杭州商家的叙述", page.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("SH-HZ-1", page.Markup, StringComparison.Ordinal);
    }

    private async Task<Guid> ReferAsync()
    {
        var created = await _service.CreateAsync(
            new ReferralActor("acct-sh", "samr-sh"), new ComplaintReference("12315-zj", "SH-HZ-1"), "samr-hz", "Please mediate.", CancellationToken.None);
        Assert.True(created.Succeeded, created.ToString());
        return created.Referral.Id;
    }

    private IRenderedComponent<ReferralDetail> Render(Guid id) => _context.Render<ReferralDetail>(p => p.Add(c => c.Id, id));

    public void Dispose() => _context.Dispose();

    private sealed class NoPublisher : IReferralEventPublisher
    {
        public Task PublishAsync(ReferralEventMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
