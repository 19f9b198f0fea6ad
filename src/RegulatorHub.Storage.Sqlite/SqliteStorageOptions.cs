namespace RegulatorHub.Storage.Sqlite;

/// <summary>Configuration section <c>Storage:Sqlite</c>.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Storage:Sqlite";

    /// <summary>
    /// <c>Storage:Sqlite:FileName</c>: database file inside the data directory.
    /// </summary>
    public string FileName { get; set; } = "regulatorhub.db";

    /// <summary>
    /// <c>Storage:Sqlite:Synchronous</c>: <c>Full</c> (default) makes every committed batch survive power loss before
    /// its messages are settled; <c>Normal</c> survives a crash of the process only, and is faster.
    /// </summary>
    public string Synchronous { get; set; } = "Normal";
}
