using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Tests.Loading;

public sealed class ComplaintFactLoaderTests : IDisposable
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("regulatorhub-facts-");

    [Fact]
    public async Task LoadAsync_AfterARestart_ReadsOnlyWhatWasStoredSince()
    {
        var feed = new ListChangeFeed(Facts(0, 1_500));
        var first = Loader(feed, out var firstFacts);
        await first.LoadAsync(default);
        first.Save();
        Assert.Equal(1_500, firstFacts.Current.Count);

        feed.Add(Facts(1_500, 200));
        var second = Loader(feed, out var secondFacts);
        feed.ReadCount = 0;
        await second.LoadAsync(default);

        Assert.True(secondFacts.IsReady);
        Assert.Equal(1_700, secondFacts.Current.Count);
        Assert.Equal(200, feed.ReadCount); // the snapshot covered the first 1,500
        Assert.Equal("1700", secondFacts.Current.Checkpoint);
    }

    [Fact]
    public async Task LoadAsync_DamagedSnapshot_RebuildsFromTheBeginning()
    {
        var feed = new ListChangeFeed(Facts(0, 800));
        var first = Loader(feed, out _);
        await first.LoadAsync(default);
        first.Save();
        var bytes = await File.ReadAllBytesAsync(first.SnapshotPath);
        bytes[^5] ^= 0xFF;
        await File.WriteAllBytesAsync(first.SnapshotPath, bytes);

        var second = Loader(feed, out var facts);
        feed.ReadCount = 0;
        await second.LoadAsync(default);

        Assert.Equal(800, facts.Current.Count);
        Assert.Equal(800, feed.ReadCount);
    }

    [Fact]
    public async Task CatchUpAsync_NewComplaints_AreAppendedOnce()
    {
        var feed = new ListChangeFeed(Facts(0, 10));
        var loader = Loader(feed, out var facts);
        await loader.LoadAsync(default);

        feed.Add(Facts(10, 5));
        Assert.Equal(5, await loader.CatchUpAsync(default));
        Assert.Equal(0, await loader.CatchUpAsync(default));

        Assert.Equal(15, facts.Current.Count);
    }

    public void Dispose() => _dataDirectory.Delete(recursive: true);

    private ComplaintFactLoader Loader(ListChangeFeed feed, out AnalyticsFacts facts)
    {
        facts = new AnalyticsFacts(RegionGazetteer.Default);
        return new ComplaintFactLoader(
            feed,
            facts,
            Options.Create(new AnalyticsOptions { PageSize = 300 }),
            Options.Create(new StorageOptions { DataDirectory = _dataDirectory.FullName }),
            RegionGazetteer.Default,
            TimeProvider.System,
            NullLogger<ComplaintFactLoader>.Instance);
    }

    private static List<ComplaintFact> Facts(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(i => new ComplaintFact(
            new DateOnly(2025, 1, 1).AddDays(i % 300), "c" + (i % 7).ToString(CultureInfo.InvariantCulture), "i1", "330106",
            "m-" + (i % 13).ToString(CultureInfo.InvariantCulture), null, null, ComplaintChannel.Phone, "hotline", null))];

    /// <summary>A change feed over a list: the checkpoint is the number of facts read.</summary>
    private sealed class ListChangeFeed(List<ComplaintFact> facts) : IComplaintChangeFeed
    {
        public int ReadCount { get; set; }

        public void Add(IEnumerable<ComplaintFact> more) => facts.AddRange(more);

        public Task<ComplaintFactPage> ReadAsync(string? checkpoint, int maxItems, CancellationToken cancellationToken)
        {
            var from = checkpoint is null ? 0 : int.Parse(checkpoint, CultureInfo.InvariantCulture);
            var page = facts.Skip(from).Take(maxItems).ToList();
            ReadCount += page.Count;
            var next = from + page.Count;
            return Task.FromResult(new ComplaintFactPage(page, next.ToString(CultureInfo.InvariantCulture), next == facts.Count));
        }
    }
}
