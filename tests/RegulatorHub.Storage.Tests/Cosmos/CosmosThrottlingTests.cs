using RegulatorHub.Application.Storage;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The Cosmos DB adapter under 429s and 503s: every complaint still stored exactly once and reported so.</summary>
public sealed class CosmosThrottlingTests(CosmosServerFixture server) : IClassFixture<CosmosServerFixture>
{
    [Fact]
    public async Task Add_WithInjected429And503_StoresEveryComplaintExactlyOnce()
    {
        var options = server.NewDatabaseOptions(maxConcurrency: 16);
        options.MaxRetries = 30;
        using (var setup = new CosmosDatabase(options))
        {
            // Containers created without faults: the test is about item writes.
            await setup.InitializeAsync(CancellationToken.None);
        }

        FaultInjectingHandler? faults = null;
        using var database = new CosmosDatabase(options, decorateHandler: inner => faults = new FaultInjectingHandler(inner, share: 0.3, seed: 7));
        using var store = new CosmosComplaintStore(database);
        await store.InitializeAsync(CancellationToken.None);

        // Half the complaints share complainant, merchant and day with another, so the markers are under fire too.
        var complaints = Enumerable.Range(0, 400)
            .Select(i => Complaints.Make($"T-{i}", complainant: (i % 200).ToString("x32", System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var outcomes = new List<StoreOutcome>();
        foreach (var batch in complaints.Chunk(100))
        {
            outcomes.AddRange(await store.AddAsync(batch, CancellationToken.None));
        }

        var again = await store.AddAsync(complaints.Take(50).ToList(), CancellationToken.None);

        Assert.NotNull(faults);
        Assert.True(faults.Throttled > 20, $"only {faults.Throttled} 429s injected");
        Assert.True(faults.LostAnswers > 20, $"only {faults.LostAnswers} lost answers injected");
        Assert.All(outcomes, o => Assert.Equal(StoreOutcomeKind.Stored, o.Kind));
        Assert.Equal(200, outcomes.Count(o => o.LikelyDuplicateOf is not null));
        Assert.All(again, o => Assert.Equal(StoreOutcomeKind.Duplicate, o.Kind));

        using var clean = new CosmosDatabase(options);
        using var cleanStore = new CosmosComplaintStore(clean);
        var summary = await cleanStore.GetSummaryAsync(CancellationToken.None);
        var feed = new CosmosComplaintChangeFeed(clean);
        var facts = 0;
        string? checkpoint = null;
        for (var page = await feed.ReadAsync(checkpoint, 1000, CancellationToken.None); ; page = await feed.ReadAsync(checkpoint, 1000, CancellationToken.None))
        {
            facts += page.Facts.Count;
            checkpoint = page.Checkpoint;
            if (page.CaughtUp)
            {
                break;
            }
        }

        Assert.Equal(400, summary.Complaints);
        Assert.Equal(400, facts);
    }
}
