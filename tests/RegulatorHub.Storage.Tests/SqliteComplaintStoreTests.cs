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
        return new StorageFixture(store, new SqliteQuarantineStore(database), new SqliteComplaintStatistics(database), new Cleanup(database, store, directory));
    }

    [Fact]
    public async Task Initialize_Twice_KeepsData()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-store-");
        var path = Path.Combine(directory.FullName, "test.db");
        await using (var database = new SqliteDatabase(path))
        {
            using var store = new SqliteComplaintStore(database);
            await store.InitializeAsync(CancellationToken.None);
            await store.AddAsync([Complaints.Make("A")], CancellationToken.None);
        }

        await using (var database = new SqliteDatabase(path))
        {
            using var store = new SqliteComplaintStore(database);
            await store.InitializeAsync(CancellationToken.None);
            Assert.Equal(1, (await store.GetSummaryAsync(CancellationToken.None)).Complaints);
        }

        SqliteConnection.ClearAllPools();
        directory.Delete(recursive: true);
    }

    [Fact]
    public void Constructor_UnknownSynchronousMode_NamesTheSetting()
    {
        var error = Assert.Throws<ArgumentException>(() => new SqliteDatabase(Path.Combine(Path.GetTempPath(), "x.db"), "Off"));

        Assert.Contains("Storage:Sqlite:Synchronous", error.Message, StringComparison.Ordinal);
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
}
