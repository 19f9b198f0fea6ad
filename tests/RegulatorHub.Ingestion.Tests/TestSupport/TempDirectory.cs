using Microsoft.Data.Sqlite;

namespace RegulatorHub.Ingestion.Tests.TestSupport;

/// <summary>A fresh folder deleted after the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("regulatorhub-test-").FullName;

    public string Path { get; }

    public void Dispose()
    {
        // Pooled SQLite connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
