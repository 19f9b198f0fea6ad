using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// A read connection of its own for one export reader, opened through SQLite's interface in multi-thread mode
/// (<c>SQLITE_OPEN_NOMUTEX</c>) and closed when the reader is done.
/// </summary>
/// <remarks>
/// Why not a pooled <see cref="SqliteConnection"/>: those are opened in SQLite's serialized mode, where every call into
/// the connection (each step and each of a row's forty column reads) takes and releases the connection's mutex; an
/// export thread is the only user of its connection, so the lock only costs. The pragmas are the readers' own (see
/// <see cref="SqliteComplaintExportSource"/>): no memory map, a small page cache, temporaries in memory, and a step
/// waits up to 30 seconds for a lock as the pooled connections do.
/// </remarks>
internal sealed class SqliteExportConnection : IDisposable
{
    private SqliteExportConnection(sqlite3 handle) => Handle = handle;

    /// <summary>The open connection.</summary>
    public sqlite3 Handle { get; }

    /// <summary>Opens the database file at <paramref name="path"/> (which must exist) for reading.</summary>
    /// <exception cref="SqliteException">SQLite could not open it.</exception>
    public static SqliteExportConnection Open(string path)
    {
        // Read-write without create: the export only reads, but a WAL reader may need to set up the shared-memory index.
        var opened = raw.sqlite3_open_v2(path, out var handle, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_NOMUTEX | raw.SQLITE_OPEN_PRIVATECACHE, null);
        var connection = new SqliteExportConnection(handle);
        try
        {
            connection.Check(opened);
            connection.Check(raw.sqlite3_exec(handle, "PRAGMA busy_timeout = 30000; PRAGMA mmap_size = 0; PRAGMA cache_size = -8192; PRAGMA temp_store = MEMORY;"));
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Throws SQLite's error when <paramref name="result"/> is not <c>SQLITE_OK</c> (see <see cref="SqliteResult"/>).</summary>
    public void Check(int result) => SqliteResult.Check(Handle, result);

    /// <summary>Closes the connection (after its statements are finalized).</summary>
    public void Dispose() => Handle.Dispose();
}
