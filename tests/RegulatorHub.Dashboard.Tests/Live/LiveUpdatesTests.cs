using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Analytics.Detection;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Forecasting;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Storage;
using RegulatorHub.Dashboard.Live;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Tests.Live;

public sealed class LiveUpdatesTests
{
    [Fact]
    public async Task Pages_hear_of_new_complaints_once_per_interval_however_many_arrive()
    {
        var (analytics, facts) = await ReadyAnalyticsAsync();
        using var live = new LiveUpdates(analytics, TimeProvider.System);
        var raised = 0;
        live.Changed += () => Interlocked.Increment(ref raised);

        // The timer calls Check every interval; calling it here stands for its ticks (a real tick in between is harmless:
        // each watermark is announced once, whoever checks).
        live.Check();
        Assert.Equal(0, raised);

        facts.Current.Append([Fact()], "1");
        facts.Current.Append([Fact()], "2");
        facts.Current.Append([Fact()], "3");
        live.Check();
        Assert.Equal(1, raised);

        live.Check();
        Assert.Equal(1, raised);
    }

    [Fact]
    public void Nothing_is_raised_before_the_analytics_store_has_caught_up()
    {
        var facts = new AnalyticsFacts(RegionGazetteer.Default);
        using var live = new LiveUpdates(Analytics(facts), TimeProvider.System);
        var raised = 0;
        live.Changed += () => raised++;

        facts.Current.Append([Fact()], "1");
        live.Check();

        Assert.Equal(0, raised);
    }

    private static ComplaintFact Fact() =>
        new(new DateOnly(2026, 6, 1), "goods.appliances", "quality", "330106", "m-1", "Acme", null, ComplaintChannel.Phone, "12315", null);

    private static ComplaintAnalytics Analytics(AnalyticsFacts facts)
    {
        var engine = new FactQueryEngine(RegionPopulation.Default);
        return new ComplaintAnalytics(facts, engine, new HotspotScanner(engine), new SeriesForecaster());
    }

    private static async Task<(ComplaintAnalytics, AnalyticsFacts)> ReadyAnalyticsAsync()
    {
        var facts = new AnalyticsFacts(RegionGazetteer.Default);
        var directory = Directory.CreateTempSubdirectory("regulatorhub-live-");
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

        return (Analytics(facts), facts);
    }

    private sealed class EmptyChangeFeed : IComplaintChangeFeed
    {
        public Task<ComplaintFactPage> ReadAsync(string? checkpoint, int maxItems, CancellationToken cancellationToken) =>
            Task.FromResult(new ComplaintFactPage([], checkpoint, CaughtUp: true));
    }
}
