using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// A statement prepared once on an open connection and run many times with parameters bound by position through
/// SQLite's own interface: the ingestion writer's per-row statements.
/// </summary>
/// <remarks>
/// <para>
/// Why not a prepared <see cref="SqliteCommand"/>: on every execution it looks each parameter up by name (the name
/// converted to UTF-8 and searched in the statement's list), boxes numbers, and converts each text into a new UTF-8
/// array before binding; for a complaint's two dozen parameters that was a good part of the store's time per row. Here
/// positions are looked up once, numbers are bound as they are, and texts are encoded into one reused buffer (SQLite
/// copies a bound text, so the buffer is free again at once).
/// </para>
/// <para>
/// The statement runs in whatever transaction the connection has open (transactions belong to the connection), waits
/// for locks by the connection's <c>busy_timeout</c>, and must be disposed before the connection is closed. One thread
/// at a time, as the connection itself.
/// </para>
/// </remarks>
internal sealed class SqliteRawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _positions;
    private byte[] _utf8 = new byte[1024];

    /// <summary>Prepares <paramref name="sql"/> on <paramref name="connection"/> (open), whose parameters are <paramref name="names"/>.</summary>
    /// <exception cref="SqliteException">SQLite refused the statement.</exception>
    /// <exception cref="ArgumentException">A name is not a parameter of the statement.</exception>
    public SqliteRawStatement(SqliteConnection connection, string sql, params string[] names)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _positions = new int[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            _positions[i] = raw.sqlite3_bind_parameter_index(_statement, names[i]);
            if (_positions[i] == 0)
            {
                _statement.Dispose();
                throw new ArgumentException($"'{names[i]}' is not a parameter of the statement.", nameof(names));
            }
        }
    }

    /// <summary>Binds parameter <paramref name="parameter"/> (its place in the constructor's names) to a text, or NULL.</summary>
    public void Bind(int parameter, string? value)
    {
        if (value is null)
        {
            BindNull(parameter);
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
        }

        var written = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, _positions[parameter], _utf8.AsSpan(0, written)));
    }

    /// <summary>Binds parameter <paramref name="parameter"/> to an integer.</summary>
    public void Bind(int parameter, long value) => Check(raw.sqlite3_bind_int64(_statement, _positions[parameter], value));

    /// <summary>Binds parameter <paramref name="parameter"/> to an integer, or NULL.</summary>
    public void Bind(int parameter, long? value)
    {
        if (value is { } number)
        {
            Bind(parameter, number);
        }
        else
        {
            BindNull(parameter);
        }
    }

    /// <summary>Binds parameter <paramref name="parameter"/> to NULL.</summary>
    public void BindNull(int parameter) => Check(raw.sqlite3_bind_null(_statement, _positions[parameter]));

    /// <summary>Runs the statement to its end and returns the rows it changed; the bindings stay for the next run.</summary>
    /// <exception cref="SqliteException">SQLite failed the statement (a constraint, a full disk, a lock held too long).</exception>
    public int Execute()
    {
        try
        {
            int result;
            while ((result = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
            {
            }

            if (result != raw.SQLITE_DONE)
            {
                Check(result);
            }

            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Runs the statement and returns the first column of its first row as an integer, or <see langword="null"/> without a row.</summary>
    /// <exception cref="SqliteException">SQLite failed the statement.</exception>
    public long? ExecuteScalarInt64()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result == raw.SQLITE_ROW)
            {
                return raw.sqlite3_column_type(_statement, 0) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int64(_statement, 0);
            }

            if (result != raw.SQLITE_DONE)
            {
                Check(result);
            }

            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    /// <summary>Finalizes the statement.</summary>
    public void Dispose() => _statement.Dispose();

    private void Check(int result) => SqliteResult.Check(_db, result);
}
