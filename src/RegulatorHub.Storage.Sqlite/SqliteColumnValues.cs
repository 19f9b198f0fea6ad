using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// A stepped row's column values read straight from the SQLite library that Microsoft.Data.Sqlite loads (the
/// <c>e_sqlite3</c> build of its bundle), by the statement's raw handle.
/// </summary>
/// <remarks>
/// Why not SQLitePCLRaw's <c>raw.sqlite3_column_*</c>: each of those calls passes the statement as a
/// <see cref="SafeHandle"/> (reference count taken and released around the call) and makes a full managed-to-native
/// transition; an export reads about forty column values per row, and those two costs were most of its time outside
/// SQLite. These functions only read the current row's memory, never block and never call back into .NET, which is what
/// <see cref="SuppressGCTransitionAttribute"/> requires. The caller holds a reference on the statement's handle for as
/// long as it uses the raw handle, and reads a text's bytes before the next step (when SQLite may reuse them).
/// </remarks>
internal static unsafe partial class SqliteColumnValues
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLite's type code for NULL (<c>SQLITE_NULL</c>).</summary>
    private const int Null = 5;

    /// <summary>Whether column <paramref name="column"/> of the current row is NULL.</summary>
    public static bool IsNull(IntPtr statement, int column) => sqlite3_column_type(statement, column) == Null;

    /// <summary>Column <paramref name="column"/> of the current row as a 64-bit integer.</summary>
    public static long Int64(IntPtr statement, int column) => sqlite3_column_int64(statement, column);

    /// <summary>Column <paramref name="column"/> of the current row as a 32-bit integer.</summary>
    public static int Int32(IntPtr statement, int column) => sqlite3_column_int(statement, column);

    /// <summary>
    /// Column <paramref name="column"/> of the current row as text: its UTF-8 as stored (the database encoding is
    /// UTF-8), without the terminator; <see langword="false"/> when it is NULL. The bytes are valid until the statement
    /// is stepped or reset.
    /// </summary>
    public static bool TryText(IntPtr statement, int column, out ReadOnlySpan<byte> utf8)
    {
        // sqlite3_column_text returns NULL only for a NULL value (an empty text is a pointer to its terminator), so the
        // type need not be asked; SQLite's documented order is the pointer first, then its length.
        var text = sqlite3_column_text(statement, column);
        utf8 = text is null ? default : new ReadOnlySpan<byte>(text, sqlite3_column_bytes(statement, column));
        return text is not null;
    }

    [LibraryImport(Library)]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_column_type(IntPtr statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial long sqlite3_column_int64(IntPtr statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_column_int(IntPtr statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial byte* sqlite3_column_text(IntPtr statement, int column);

    [LibraryImport(Library)]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_column_bytes(IntPtr statement, int column);
}
