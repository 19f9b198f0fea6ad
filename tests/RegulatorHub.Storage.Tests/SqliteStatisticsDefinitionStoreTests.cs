using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Exports;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests;

/// <summary>The saved statistics definition store contract against the embedded SQLite adapter, each test on a fresh file.</summary>
public sealed class SqliteStatisticsDefinitionStoreTests : StatisticsDefinitionStoreContract
{
    protected override async Task<(IStatisticsDefinitionStore Store, IAsyncDisposable Lifetime)> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-definitions-");
        var database = new SqliteDatabase(Path.Combine(directory.FullName, "test.db"));
        await database.InitializeAsync(CancellationToken.None);
        return (new SqliteStatisticsDefinitionStore(database), new Cleanup(database, directory));
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
