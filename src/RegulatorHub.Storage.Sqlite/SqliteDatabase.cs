using Microsoft.Data.Sqlite;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// One embedded database file: a single writer connection guarded by a lock (SQLite allows one writer at a time,
/// so queuing writers in-process is cheaper than letting them collide on the file lock) and pooled readers,
/// which WAL lets run alongside the writer.
/// </summary>
public sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _synchronous;
    private readonly SemaphoreSlim _writerLock = new(1, 1);
    private SqliteConnection? _writer;

    /// <summary>Opens (creating if needed) the database file at <paramref name="path"/>.</summary>
    /// <param name="path">Database file path; its folder is created.</param>
    /// <param name="synchronous"><c>Full</c> or <c>Normal</c> (see <see cref="SqliteStorageOptions.Synchronous"/>).</param>
    public SqliteDatabase(string path, string synchronous = "Normal")
    {
        if (synchronous is not ("Full" or "Normal"))
        {
            throw new ArgumentException("Storage:Sqlite:Synchronous must be 'Full' or 'Normal'.", nameof(synchronous));
        }

        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        _synchronous = synchronous.ToUpperInvariant();
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>Full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Creates the schema if missing and checks its version.</summary>
    /// <exception cref="InvalidOperationException">The file holds a schema from a newer version of RegulatorHub.</exception>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var lease = await AcquireWriterAsync(cancellationToken);
        var connection = lease.Connection;
        var version = Convert.ToInt32(await ScalarAsync(connection, "PRAGMA user_version", cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (version > SqliteSchema.Version)
        {
            throw new InvalidOperationException($"The database '{Path}' has schema version {version}; this build knows up to {SqliteSchema.Version}. Use a newer RegulatorHub.");
        }

        // A file from an older version (user_version ≥ 1) is migrated step by step in one transaction; a new file
        // (user_version 0) gets the current schema directly.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var steps = version == 0 ? [] : Enumerable.Range(version + 1, SqliteSchema.Version - version).Select(v => SqliteSchema.Migrations[v]);
        command.CommandText = string.Join(";\n", steps.Append(SqliteSchema.Create)) + $";PRAGMA user_version = {SqliteSchema.Version};";
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Takes the single writer connection; dispose the lease to release it.</summary>
    public async Task<WriterLease> AcquireWriterAsync(CancellationToken cancellationToken)
    {
        await _writerLock.WaitAsync(cancellationToken);
        try
        {
            _writer ??= await OpenAsync(cancellationToken);
            return new WriterLease(this, _writer);
        }
        catch
        {
            _writerLock.Release();
            throw;
        }
    }

    /// <summary>Opens a new connection for reading (pooled).</summary>
    public async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writerLock.WaitAsync();
        try
        {
            if (_writer is not null)
            {
                await _writer.DisposeAsync();
                _writer = null;
            }
        }
        finally
        {
            _writerLock.Release();
        }

        _writerLock.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();

        // 8 KiB pages (set when the file is created) cut page splits for rows with narratives by a third; WAL lets
        // dashboard readers work while the ingestion worker writes; a bigger page cache and memory-held
        // temporaries speed the aggregate queries.
        pragma.CommandText = $"PRAGMA page_size = 8192; PRAGMA journal_mode = WAL; PRAGMA synchronous = {_synchronous}; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456; PRAGMA busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Exclusive use of the writer connection.</summary>
    public sealed class WriterLease : IAsyncDisposable
    {
        private readonly SqliteDatabase _owner;
        private int _released;

        internal WriterLease(SqliteDatabase owner, SqliteConnection connection)
        {
            _owner = owner;
            Connection = connection;
        }

        /// <summary>The writer connection.</summary>
        public SqliteConnection Connection { get; }

        /// <inheritdoc />
        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                _owner._writerLock.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
