using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>The embedded store's personal API tokens (table <c>api_tokens</c>, found by the hash of their secret).</summary>
public sealed class SqliteApiTokenStore(SqliteDatabase database) : IApiTokenStore
{
    private const string Columns = "id, owner, name, hash, prefix, created_ticks, expires_ticks, revoked_ticks, last_used_ticks";

    /// <inheritdoc />
    public async Task<bool> AddAsync(ApiToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO api_tokens ({Columns})
            VALUES ($id, $owner, $name, $hash, $prefix, $created, $expires, $revoked, $used)
            ON CONFLICT DO NOTHING
            """;
        command.Parameters.AddWithValue("$id", token.Id);
        command.Parameters.AddWithValue("$owner", token.Owner);
        command.Parameters.AddWithValue("$name", token.Name);
        command.Parameters.AddWithValue("$hash", token.Hash);
        command.Parameters.AddWithValue("$prefix", token.Prefix);
        command.Parameters.AddWithValue("$created", token.CreatedAt.UtcTicks);
        command.Parameters.AddWithValue("$expires", token.ExpiresAt.UtcTicks);
        command.Parameters.AddWithValue("$revoked", (object?)token.RevokedAt?.UtcTicks ?? DBNull.Value);
        command.Parameters.AddWithValue("$used", (object?)token.LastUsedAt?.UtcTicks ?? DBNull.Value);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<ApiToken?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var found = await QueryAsync($"SELECT {Columns} FROM api_tokens WHERE hash = $key", hash, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ApiToken>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return QueryAsync($"SELECT {Columns} FROM api_tokens WHERE owner = $key ORDER BY created_ticks DESC, id DESC", owner, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(string owner, string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(id);
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = "UPDATE api_tokens SET revoked_ticks = $at WHERE id = $id AND owner = $owner AND revoked_ticks IS NULL";
        command.Parameters.AddWithValue("$at", at.UtcTicks);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$owner", owner);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task TouchAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();

        // Only forwards, and only when the last recorded use is a minute old: most calls change nothing and write no page.
        command.CommandText = """
            UPDATE api_tokens SET last_used_ticks = $at
            WHERE id = $id AND (last_used_ticks IS NULL OR last_used_ticks <= $at - $interval)
            """;
        command.Parameters.AddWithValue("$at", at.UtcTicks);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$interval", ApiTokenValidator.TouchInterval.Ticks);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<ApiToken>> QueryAsync(string sql, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tokens = new List<ApiToken>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens.Add(Read(reader));
        }

        return tokens;
    }

    private static ApiToken Read(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
        Utc(reader.GetInt64(5)), Utc(reader.GetInt64(6)),
        reader.IsDBNull(7) ? null : Utc(reader.GetInt64(7)),
        reader.IsDBNull(8) ? null : Utc(reader.GetInt64(8)));

    private static DateTimeOffset Utc(long ticks) => new(ticks, TimeSpan.Zero);
}
