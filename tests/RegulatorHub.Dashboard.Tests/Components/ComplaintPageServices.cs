using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Forecasting;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Storage;
using RegulatorHub.Dashboard.Access;
using RegulatorHub.Dashboard.Labels;
using RegulatorHub.Dashboard.Live;
using RegulatorHub.Dashboard.Tests.Access;
using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Tests.Components;

/// <summary>What the complaint pages inject, over an in-memory store, a recorder to inspect and a user to sign in.</summary>
internal static class ComplaintPageServices
{
    public static readonly Agency[] DemoAgencies =
    [
        new("samr-hz", "杭州市市场监督管理局", ["330100"]),
        new("samr-sh", "上海市市场监督管理局", ["310000"]),
        new("samr-zj", "浙江省市场监督管理局", ["330000"]),
    ];

    public static void Add(DashboardComponentContext context, InMemoryComplaintStore store, RecordingViewRecorder recorder, FixedAuthenticationStateProvider user)
    {
        context.Services.AddLogging();
        context.Services.AddSingleton(new AgencyDirectory(DemoAgencies, RegionGazetteer.Default));
        context.Services.AddSingleton<IComplaintStore>(store);
        context.Services.AddSingleton<IComplaintViewRecorder>(recorder);
        context.Services.AddSingleton<AuthenticationStateProvider>(user);
        context.Services.AddSingleton<ComplaintAccessPolicy>();
        context.Services.AddSingleton<ComplaintRecords>();
        context.Services.AddSingleton<CurrentUser>();
        context.Services.AddSingleton<ComplaintText>();

        // The referral section of a complaint's record has its own tests (HTTP and browser); here it is left out.
        context.ComponentFactories.AddStub<RegulatorHub.Dashboard.Components.Controls.ComplaintReferrals>();
    }

    /// <summary>Adds what a <c>DashboardPage</c> needs: analytics (empty, caught up), live updates, the answer cache.</summary>
    /// <returns>The analytics store and live updates, to announce new complaints.</returns>
    public static async Task<(AnalyticsFacts Facts, LiveUpdates Live)> AddDashboardPageAsync(DashboardComponentContext context)
    {
        var facts = new AnalyticsFacts(RegionGazetteer.Default);
        var directory = Directory.CreateTempSubdirectory("regulatorhub-complaint-pages-");
        try
        {
            var loader = new ComplaintFactLoader(
                new EmptyChangeFeed(), facts, Options.Create(new AnalyticsOptions()), Options.Create(new StorageOptions { DataDirectory = directory.FullName }),
                RegionGazetteer.Default, TimeProvider.System, NullLogger<ComplaintFactLoader>.Instance);
            await loader.LoadAsync(CancellationToken.None);
        }
        finally
        {
            directory.Delete(recursive: true);
        }

        var engine = new FactQueryEngine(RegionPopulation.Default);
        var analytics = new ComplaintAnalytics(facts, engine, new HotspotScanner(engine), new SeriesForecaster());
        var live = new LiveUpdates(analytics, TimeProvider.System);
        context.Services.AddSingleton(analytics);
        context.Services.AddSingleton(live);
        context.Services.AddSingleton<WidgetAnswerCache>();
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return (facts, live);
    }

    public static Complaint Complaint(string caseId, DateOnly day, string consumerRegion, string merchantRegion, string narrative = "买到过期食品。") => new()
    {
        Source = "12315-zj",
        SourceCaseId = caseId,
        SourceKind = SourceKind.Hotline,
        ReceivedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)),
        Channel = ComplaintChannel.WeChat,
        SubjectCode = "goods.food",
        IssueCode = "quality",
        SourceCategory = "食品类",
        ConsumerRegionCode = consumerRegion,
        Merchant = new MerchantRef(MerchantKey.Create(null, null, null, "某某食品商行" + merchantRegion, merchantRegion), "某某食品商行" + merchantRegion, merchantRegion),
        Amount = new Money(88.5m, "CNY"),
        Narrative = narrative,
        PersonalDataRemoved = PersonalDataCounts.Of([PersonalDataKind.Mobile, PersonalDataKind.Mobile, PersonalDataKind.Address]),
        Status = ComplaintStatus.Closed,
        Outcome = ComplaintOutcome.AgreementReached,
    };

    private sealed class EmptyChangeFeed : IComplaintChangeFeed
    {
        public Task<ComplaintFactPage> ReadAsync(string? checkpoint, int maxItems, CancellationToken cancellationToken) =>
            Task.FromResult(new ComplaintFactPage([], checkpoint, CaughtUp: true));
    }
}
