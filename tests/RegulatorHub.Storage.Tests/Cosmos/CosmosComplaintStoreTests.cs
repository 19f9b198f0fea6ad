using RegulatorHub.Application.Storage;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The storage contract against the Cosmos DB adapter on the local server, each test in a fresh database.</summary>
public sealed class CosmosComplaintStoreTests(CosmosServerFixture server) : ComplaintStoreContract, IClassFixture<CosmosServerFixture>
{
    protected override async Task<StorageFixture> CreateAsync()
    {
        var options = server.NewDatabaseOptions();
        var database = new CosmosDatabase(options);
        var store = new CosmosComplaintStore(database);
        await store.InitializeAsync(CancellationToken.None);
        var feed = new CosmosComplaintChangeFeed(database);
        var statistics = new ChangeFeedComplaintStatistics(feed);
        var owned = new List<IDisposable> { statistics, store, database };
        return new StorageFixture(
            store, new CosmosQuarantineStore(database), statistics, feed,
            () =>
            {
                var restarted = new CosmosDatabase(options);
                owned.Add(restarted);
                return new CosmosComplaintChangeFeed(restarted);
            },
            new Cleanup(owned));
    }

    [Fact]
    public async Task Initialize_WithOtherBucketCount_IsRefusedNamingTheKey()
    {
        var options = server.NewDatabaseOptions();
        using (var database = new CosmosDatabase(options))
        {
            await database.InitializeAsync(CancellationToken.None);
        }

        options.PartitionBuckets = 8;
        using var changed = new CosmosDatabase(options);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => changed.InitializeAsync(CancellationToken.None));

        Assert.Contains("Storage:Cosmos:PartitionBuckets", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_CaseIdWithCharactersCosmosIdsForbid_RoundTrips()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var awkward = Complaints.Make("ZJ/2025?#1\\%");
        var lookalike = Complaints.Make("ZJ~2F2025~3F~231~5C~25", complainant: null);

        var outcomes = await fixture.Complaints.AddAsync([awkward, lookalike], CancellationToken.None);

        Assert.All(outcomes, o => Assert.Equal(StoreOutcomeKind.Stored, o.Kind));
        Assert.Equal(awkward, await fixture.Complaints.FindAsync("12315-zj", awkward.SourceCaseId, CancellationToken.None));
        Assert.Equal(lookalike, await fixture.Complaints.FindAsync("12315-zj", lookalike.SourceCaseId, CancellationToken.None));
    }

    [Fact]
    public async Task Add_CrossChannelCheckOff_StoresWithoutFlagging()
    {
        var options = server.NewDatabaseOptions();
        options.CrossChannelCheck = false;
        using var database = new CosmosDatabase(options);
        using var store = new CosmosComplaintStore(database);
        await store.InitializeAsync(CancellationToken.None);

        var outcomes = await store.AddAsync([Complaints.Make("A"), Complaints.Make("B", channel: Domain.Complaints.ComplaintChannel.Sms)], CancellationToken.None);

        Assert.All(outcomes, o => Assert.Equal((StoreOutcomeKind.Stored, (long?)null), (o.Kind, o.LikelyDuplicateOf)));
    }

    [Fact]
    public void Options_Invalid_EveryProblemNamesItsKey()
    {
        var problems = ValidateCosmosStorageOptions.Problems(new CosmosStorageOptions
        {
            Endpoint = "http://example.org",
            Database = "",
            PartitionBuckets = 0,
            MaxConcurrency = 0,
            Key = "not base64!",
        }).ToList();

        Assert.Equal(5, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Storage:Cosmos:Endpoint", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage:Cosmos:Database", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage:Cosmos:PartitionBuckets", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage:Cosmos:MaxConcurrency", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Storage:Cosmos:Key", StringComparison.Ordinal) && !p.Contains("not base64!", StringComparison.Ordinal));
    }

    private sealed class Cleanup(List<IDisposable> owned) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            foreach (var item in owned)
            {
                item.Dispose();
            }

            return ValueTask.CompletedTask;
        }
    }
}
