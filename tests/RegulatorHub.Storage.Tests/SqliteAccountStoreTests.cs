using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Access;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests;

/// <summary>The account store contract against the embedded SQLite adapter, each test on a fresh file.</summary>
public sealed class SqliteAccountStoreTests : AccountStoreContract
{
    protected override async Task<(IAccountStore Store, IAsyncDisposable Lifetime)> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-accounts-");
        var database = new SqliteDatabase(Path.Combine(directory.FullName, "test.db"));
        await database.InitializeAsync(CancellationToken.None);
        return (new SqliteAccountStore(database), new Cleanup(database, directory));
    }

    [Fact]
    public async Task Initialize_Version3File_AddsTheAccountsTable()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-accounts-");
        var path = Path.Combine(directory.FullName, "v3.db");

        // A version 3 file is today's schema without the accounts table.
        await using (var current = new SqliteDatabase(path))
        {
            await current.InitializeAsync(CancellationToken.None);
            await using var lease = await current.AcquireWriterAsync(CancellationToken.None);
            await using var command = lease.Connection.CreateCommand();
            command.CommandText = "DROP TABLE accounts; PRAGMA user_version = 3;";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var database = new SqliteDatabase(path);
        await using var cleanup = new Cleanup(database, directory);
        await database.InitializeAsync(CancellationToken.None);
        var store = new SqliteAccountStore(database);

        Assert.True(await store.AddAsync(DemoAccounts.All[0].ToAccount("hash"), CancellationToken.None));
        Assert.NotNull(await store.FindByUserNameAsync(DemoAccounts.All[0].UserName, CancellationToken.None));
        await using var connection = await database.OpenReaderAsync(CancellationToken.None);
        await using var version = connection.CreateCommand();
        version.CommandText = "PRAGMA user_version";
        Assert.Equal((long)SqliteSchema.Version, await version.ExecuteScalarAsync());
    }

    private sealed class Cleanup(SqliteDatabase database, DirectoryInfo directory) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await database.DisposeAsync();
            SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
