using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Exports;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>The embedded store's export history (table <c>export_history</c>).</summary>
public sealed class SqliteExportHistory(SqliteDatabase database) : IExportHistory
{
    private const string Columns = """
        id, owner, kind, format, file_name, definition, watermark, data_from, data_to, generated_ticks, row_count, cell_count,
        suppressed_cells, suppression_rule, software_version, sha256, agency
        """;

    /// <inheritdoc />
    public async Task<bool> RecordAsync(ExportRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using (var lease = await database.AcquireWriterAsync(cancellationToken))
        {
            await using var command = lease.Connection.CreateCommand();
            command.CommandText = $"""
                INSERT INTO export_history ({Columns})
                VALUES ($id, $owner, $kind, $format, $file, $definition, $watermark, $from, $to, $generated, $rows, $cells,
                    $suppressed, $rule, $version, $sha, $agency)
                ON CONFLICT (owner, id) DO NOTHING
                """;
            command.Parameters.AddWithValue("$id", record.Id);
            command.Parameters.AddWithValue("$owner", record.Owner);
            command.Parameters.AddWithValue("$kind", record.Kind.ToString());
            command.Parameters.AddWithValue("$format", record.Format);
            command.Parameters.AddWithValue("$file", record.FileName);
            command.Parameters.AddWithValue("$definition", record.DefinitionJson);
            command.Parameters.AddWithValue("$watermark", (object?)record.Watermark ?? DBNull.Value);
            command.Parameters.AddWithValue("$from", (object?)record.DataFrom?.DayNumber ?? DBNull.Value);
            command.Parameters.AddWithValue("$to", (object?)record.DataTo?.DayNumber ?? DBNull.Value);
            command.Parameters.AddWithValue("$generated", record.GeneratedAt.UtcTicks);
            command.Parameters.AddWithValue("$rows", record.RowCount);
            command.Parameters.AddWithValue("$cells", (object?)record.CellCount ?? DBNull.Value);
            command.Parameters.AddWithValue("$suppressed", (object?)record.SuppressedCells ?? DBNull.Value);
            command.Parameters.AddWithValue("$rule", (object?)record.SuppressionRule ?? DBNull.Value);
            command.Parameters.AddWithValue("$version", record.SoftwareVersion);
            command.Parameters.AddWithValue("$sha", (object?)record.Sha256 ?? DBNull.Value);
            command.Parameters.AddWithValue("$agency", (object?)record.Agency ?? DBNull.Value);
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                return true;
            }
        }

        // The id is taken: a retry of this very record is fine, anything else is refused.
        return await FindAsync(record.Owner, record.Id, cancellationToken) == record;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ExportRecord>> ListAsync(string owner, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, IExportHistory.MaxListLimit);
        return QueryAsync(
            $"SELECT {Columns} FROM export_history WHERE owner = $owner ORDER BY generated_ticks DESC, id DESC LIMIT $limit",
            c =>
            {
                c.Parameters.AddWithValue("$owner", owner);
                c.Parameters.AddWithValue("$limit", limit);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ExportRecord?> FindAsync(string owner, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(id);
        var found = await QueryAsync(
            $"SELECT {Columns} FROM export_history WHERE owner = $owner AND id = $id",
            c =>
            {
                c.Parameters.AddWithValue("$owner", owner);
                c.Parameters.AddWithValue("$id", id);
            },
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    private async Task<IReadOnlyList<ExportRecord>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<ExportRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new ExportRecord(
                reader.GetString(0), reader.GetString(1), Enum.Parse<ExportKind>(reader.GetString(2)), reader.GetString(3),
                reader.GetString(4), reader.GetString(5), NullableString(reader, 6),
                reader.IsDBNull(7) ? null : DateOnly.FromDayNumber(reader.GetInt32(7)),
                reader.IsDBNull(8) ? null : DateOnly.FromDayNumber(reader.GetInt32(8)),
                new DateTimeOffset(reader.GetInt64(9), TimeSpan.Zero), reader.GetInt64(10),
                reader.IsDBNull(11) ? null : reader.GetInt64(11), reader.IsDBNull(12) ? null : reader.GetInt64(12),
                NullableString(reader, 13), reader.GetString(14), NullableString(reader, 15), NullableString(reader, 16)));
        }

        return records;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
