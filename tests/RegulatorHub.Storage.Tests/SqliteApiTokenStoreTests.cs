using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Access;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests;

/// <summary>The API token store contract against the embedded SQLite adapter, each test on a fresh file.</summary>
public sealed class SqliteApiTokenStoreTests : ApiTokenStoreContract
{
    protected override async Task<(IApiTokenStore Store, IAsyncDisposable Lifetime)> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-tokens-");
        var database = new SqliteDatabase(Path.Combine(directory.FullName, "test.db"));
        await database.InitializeAsync(CancellationToken.None);
        return (new SqliteApiTokenStore(database), new Cleanup(database, directory));
    }

    [Fact]
    public async Task Initialize_Version6File_AddsTheApiTokensTable()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-tokens-");
        var path = Path.Combine(directory.FullName, "v6.db");

        // A version 6 file is today's schema without the API tokens table.
        await using (var current = new SqliteDatabase(path))
        {
            await current.InitializeAsync(CancellationToken.None);
            await using var lease = await current.AcquireWriterAsync(CancellationToken.None);
            await using var command = lease.Connection.CreateCommand();
            command.CommandText = "DROP TABLE api_tokens; PRAGMA user_version = 6;";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var database = new SqliteDatabase(path);
        await using var cleanup = new Cleanup(database, directory);
        await database.InitializeAsync(CancellationToken.None);
        var store = new SqliteApiTokenStore(database);
        var token = new ApiToken(
            "aaaa0001", "analyst.li", "脚本", ApiTokenIssuer.HashOf("rhk_x"), "rhk_xxxx", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddDays(1));

        Assert.True(await store.AddAsync(token, CancellationToken.None));
        Assert.Equal(token, await store.FindByHashAsync(token.Hash, CancellationToken.None));
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
