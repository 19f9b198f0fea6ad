using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Exports;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests;

/// <summary>The export history contract against the embedded SQLite adapter, each test on a fresh file.</summary>
public sealed class SqliteExportHistoryTests : ExportHistoryContract
{
    protected override async Task<(IExportHistory History, IAsyncDisposable Lifetime)> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("regulatorhub-exports-");
        var database = new SqliteDatabase(Path.Combine(directory.FullName, "test.db"));
        await database.InitializeAsync(CancellationToken.None);
        return (new SqliteExportHistory(database), new Cleanup(database, directory));
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
