using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Exports;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>The embedded store's saved statistics definitions (table <c>statistics_definitions</c>).</summary>
public sealed class SqliteStatisticsDefinitionStore(SqliteDatabase database) : IStatisticsDefinitionStore
{
    private const string Columns = "id, owner, name, definition, created_ticks, updated_ticks";

    /// <inheritdoc />
    public async Task<string?> SaveAsync(SavedStatisticsDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await lease.Connection.BeginTransactionAsync(cancellationToken);

        // The name is unique per owner: another definition holding it is replaced, in the same transaction as the save.
        string? replaced = null;
        await using (var delete = lease.Connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM statistics_definitions WHERE owner = $owner AND normalized_name = $normalized AND id <> $id RETURNING id";
            delete.Parameters.AddWithValue("$owner", definition.Owner);
            delete.Parameters.AddWithValue("$normalized", definition.NormalizedName);
            delete.Parameters.AddWithValue("$id", definition.Id);
            replaced = await delete.ExecuteScalarAsync(cancellationToken) as string;
        }

        await using (var upsert = lease.Connection.CreateCommand())
        {
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO statistics_definitions (owner, id, name, normalized_name, definition, created_ticks, updated_ticks)
                VALUES ($owner, $id, $name, $normalized, $definition, $created, $updated)
                ON CONFLICT (owner, id) DO UPDATE SET name = excluded.name, normalized_name = excluded.normalized_name,
                    definition = excluded.definition, created_ticks = excluded.created_ticks, updated_ticks = excluded.updated_ticks
                """;
            upsert.Parameters.AddWithValue("$owner", definition.Owner);
            upsert.Parameters.AddWithValue("$id", definition.Id);
            upsert.Parameters.AddWithValue("$name", definition.Name);
            upsert.Parameters.AddWithValue("$normalized", definition.NormalizedName);
            upsert.Parameters.AddWithValue("$definition", definition.DefinitionJson);
            upsert.Parameters.AddWithValue("$created", definition.CreatedAt.UtcTicks);
            upsert.Parameters.AddWithValue("$updated", definition.UpdatedAt.UtcTicks);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return replaced;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SavedStatisticsDefinition>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return QueryAsync(
            $"SELECT {Columns} FROM statistics_definitions WHERE owner = $owner ORDER BY updated_ticks DESC, id DESC", owner, null, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<SavedStatisticsDefinition?> FindAsync(string owner, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(id);
        var found = await QueryAsync($"SELECT {Columns} FROM statistics_definitions WHERE owner = $owner AND id = $id", owner, id, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(id);
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = "DELETE FROM statistics_definitions WHERE owner = $owner AND id = $id";
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task<IReadOnlyList<SavedStatisticsDefinition>> QueryAsync(string sql, string owner, string? id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$owner", owner);
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var definitions = new List<SavedStatisticsDefinition>();
        while (await reader.ReadAsync(cancellationToken))
        {
            definitions.Add(new SavedStatisticsDefinition(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero), new DateTimeOffset(reader.GetInt64(5), TimeSpan.Zero)));
        }

        return definitions;
    }
}
