using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>Result codes of calls made through SQLite's own interface, turned into the exceptions commands throw.</summary>
internal static class SqliteResult
{
    /// <summary>Throws SQLite's error when <paramref name="result"/> is not <c>SQLITE_OK</c>.</summary>
    /// <exception cref="SqliteException">With SQLite's message (which never holds a row's content) and its error codes.</exception>
    public static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result, raw.sqlite3_extended_errcode(db));
        }
    }
}
