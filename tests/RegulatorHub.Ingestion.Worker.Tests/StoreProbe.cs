using Microsoft.Data.Sqlite;

namespace RegulatorHub.Ingestion.Worker.Tests;

/// <summary>Reads the worker's SQLite store from outside the worker, as an auditor would: what is really there.</summary>
internal sealed class StoreProbe(string dataDirectory)
{
    private string DatabasePath => Path.Combine(dataDirectory, "regulatorhub.db");

    /// <summary>Rows in the complaints table and distinct source + case id pairs among them.</summary>
    public async Task<(long Rows, long Distinct)> CountComplaintsAsync()
    {
        if (!File.Exists(DatabasePath))
        {
            return (0, 0);
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        if (!await TableExistsAsync(connection))
        {
            return (0, 0); // the worker has not created its schema yet
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT source || ':' || source_case_id) FROM complaints";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Waits until at least <paramref name="rows"/> complaints are stored.</summary>
    public async Task WaitForAtLeastAsync(long rows, TimeSpan timeout, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + timeout;
        while ((await CountComplaintsAsync()).Rows < rows)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Fewer than {rows} complaints stored after {timeout}: {(await CountComplaintsAsync()).Rows}.\n{diagnostics()}");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<bool> TableExistsAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'complaints'";
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }
}
