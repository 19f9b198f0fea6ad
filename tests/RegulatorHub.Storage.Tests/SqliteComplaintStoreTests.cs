using Microsoft.Data.Sqlite;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests;

/// <summary>The storage contract against the embedded SQLite adapter, each test on a fresh file.</summary>
public sealed class SqliteComplaintStoreTests : ComplaintStoreContract
{
    protected override async Task<StorageFixture> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-store-");
        var database = new SqliteDatabase(Path.Combine(directory.FullName, "test.db"));
        var store = new SqliteComplaintStore(database);
        await store.InitializeAsync(CancellationToken.None);
        return new StorageFixture(
            store, new SqliteQuarantineStore(database), new SqliteComplaintStatistics(database), new SqliteComplaintChangeFeed(database),
            () => new SqliteComplaintChangeFeed(new SqliteDatabase(database.Path)), new Cleanup(database, store, directory));
    }

    [Fact]
    public async Task Initialize_Twice_KeepsData()
    {
        await WithReopenedStoreAsync(
            store => store.AddAsync([Complaints.Make("A")], CancellationToken.None),
            async store => Assert.Equal(1, (await store.GetSummaryAsync(CancellationToken.None)).Complaints));
    }

    [Fact]
    public async Task Initialize_Version1File_MigratesKeepingRowsAndReadsNothingRemoved()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-store-");
        var path = Path.Combine(directory.FullName, "v1.db");
        await CreateVersion1FileAsync(path);
        var database = new SqliteDatabase(path);
        var store = new SqliteComplaintStore(database);
        await using var cleanup = new Cleanup(database, store, directory);

        await store.InitializeAsync(CancellationToken.None);
        var old = await store.FindAsync("12315-zj", "OLD-1", CancellationToken.None);
        await store.AddAsync([Complaints.Make("NEW-1")], CancellationToken.None);

        Assert.NotNull(old);
        Assert.Equal(Domain.Privacy.PersonalDataCounts.None, old.PersonalDataRemoved);
        Assert.Equal(1, (await store.FindAsync("12315-zj", "NEW-1", CancellationToken.None))!.PersonalDataRemoved.Total);
        await using var connection = await database.OpenReaderAsync(CancellationToken.None);
        await using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        Assert.Equal((long)SqliteSchema.Version, await version.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Add_AfterReopen_FindsCrossChannelMatchInTheDatabase()
    {
        // A new process knows nothing in memory: the match must come from the stored rows.
        await WithReopenedStoreAsync(
            store => store.AddAsync([Complaints.Make("A")], CancellationToken.None),
            async store =>
            {
                var outcome = Assert.Single(await store.AddAsync([Complaints.Make("B", channel: Domain.Complaints.ComplaintChannel.Sms)], CancellationToken.None));
                Assert.Equal(1, outcome.LikelyDuplicateOf);
            });
    }

    [Fact]
    public async Task Add_FailedBatch_LeavesNoTraceInMemory()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var invalid = Complaints.Make("X") with { SubjectCode = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => fixture.Complaints.AddAsync([Complaints.Make("A"), invalid], CancellationToken.None));
        var outcome = Assert.Single(await fixture.Complaints.AddAsync([Complaints.Make("B")], CancellationToken.None));

        // "A" was rolled back, so "B" has nothing to be a duplicate of.
        Assert.Null(outcome.LikelyDuplicateOf);
        Assert.Null(await fixture.Complaints.FindAsync("12315-zj", "A", CancellationToken.None));
    }

    [Fact]
    public void RecentKeys_AnswerOnlyAboveTheFloor_AndPruneOldDays()
    {
        var keys = new RecentCrossChannelKeys(floor: 20250101);

        Assert.False(keys.TryAnswer(20250101, "k", out _));
        Assert.True(keys.TryAnswer(20250102, "k|20250102", out var none));
        Assert.Null(none);
        keys.Add(20250102, "k|20250102", 7);
        Assert.True(keys.TryAnswer(20250102, "k|20250102", out var pending));
        Assert.Equal(7, pending);
        keys.Rollback();
        Assert.True(keys.TryAnswer(20250102, "k|20250102", out var afterRollback));
        Assert.Null(afterRollback);

        for (var day = 1; day <= 20; day++)
        {
            keys.Add(20250200 + day, $"d|{day}", day);
            keys.Commit();
        }

        Assert.True(keys.Floor >= 20250206);
        Assert.False(keys.TryAnswer(20250203, "d|3", out _));
        Assert.True(keys.TryAnswer(20250220, "d|20", out var recent));
        Assert.Equal(20, recent);
    }

    [Fact]
    public void Constructor_UnknownSynchronousMode_NamesTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteDatabase(Path.Combine(Path.GetTempPath(), "x.db"), "Off"));

        Assert.Contains("Storage:Sqlite:Synchronous", error.Message, StringComparison.Ordinal);
    }

    // Runs `before` on a new file, closes it, opens the same file as a new process would, and runs `after`.
    private static async Task WithReopenedStoreAsync(Func<SqliteComplaintStore, Task> before, Func<SqliteComplaintStore, Task> after)
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-store-");
        var path = Path.Combine(directory.FullName, "test.db");
        try
        {
            foreach (var step in new[] { before, after })
            {
                await using var database = new SqliteDatabase(path);
                using var store = new SqliteComplaintStore(database);
                await store.InitializeAsync(CancellationToken.None);
                await step(store);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    private sealed class Cleanup(SqliteDatabase database, SqliteComplaintStore store, DirectoryInfo directory) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            store.Dispose();
            await database.DisposeAsync();
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    // The complaints table exactly as schema version 1 created it, with one row.
    private static async Task CreateVersion1FileAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TABLE complaints (
                id INTEGER PRIMARY KEY, source TEXT NOT NULL, source_case_id TEXT NOT NULL, source_kind INTEGER NOT NULL,
                received_at_ms INTEGER NOT NULL, received_offset_min INTEGER NOT NULL, received_date INTEGER NOT NULL,
                channel INTEGER NOT NULL, subject TEXT NOT NULL, issue TEXT NOT NULL, source_category TEXT, source_issue TEXT,
                consumer_region TEXT, consumer_province TEXT, merchant_key TEXT, platform TEXT, order_ref TEXT,
                amount_minor INTEGER, currency TEXT, narrative TEXT, complainant TEXT, status INTEGER NOT NULL,
                outcome INTEGER, likely_duplicate_of INTEGER, UNIQUE (source, source_case_id));
            INSERT INTO complaints (source, source_case_id, source_kind, received_at_ms, received_offset_min, received_date,
                channel, subject, issue, status)
            VALUES ('12315-zj', 'OLD-1', 0, 1742000000000, 480, 20250315, 1, 'goods.food', 'quality', 0);
            PRAGMA user_version = 1;
            """;
        await command.ExecuteNonQueryAsync();
    }
}
