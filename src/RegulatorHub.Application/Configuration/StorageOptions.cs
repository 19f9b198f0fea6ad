namespace RegulatorHub.Application.Configuration;

/// <summary>Configuration section <c>Storage</c>: which store adapter to use and where the embedded one keeps data.</summary>
public sealed class StorageOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>The SQLite adapter (embedded default).</summary>
    public const string SqliteProvider = "Sqlite";

    /// <summary>The Azure Cosmos DB adapter (settings in <c>Storage:Cosmos</c>).</summary>
    public const string CosmosProvider = "Cosmos";

    /// <summary><c>Storage:Provider</c>: <c>Sqlite</c> (default) or <c>Cosmos</c>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>
    /// <c>Storage:DataDirectory</c>: folder for the embedded database and key file. Default: the user's local
    /// application data folder + <c>RegulatorHub</c>.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>The data directory with the default applied.</summary>
    public string ResolveDataDirectory() =>
        string.IsNullOrWhiteSpace(DataDirectory)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "RegulatorHub")
            : Path.GetFullPath(DataDirectory);
}
