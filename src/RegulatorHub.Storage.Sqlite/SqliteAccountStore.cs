using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>The embedded store's local accounts (table <c>accounts</c>).</summary>
public sealed class SqliteAccountStore(SqliteDatabase database) : IAccountStore
{
    private const string Columns = "id, user_name, display_name, role, agency_id, password_hash, disabled";

    /// <inheritdoc />
    public Task<LocalAccount?> FindByUserNameAsync(string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return FindAsync($"SELECT {Columns} FROM accounts WHERE normalized_name = $key", LocalAccount.NormalizeUserName(userName), cancellationToken);
    }

    /// <inheritdoc />
    public Task<LocalAccount?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return FindAsync($"SELECT {Columns} FROM accounts WHERE id = $key", id, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> AddAsync(LocalAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();

        // Either uniqueness (id or normalized user name) makes the insert a no-op: the account is already there.
        command.CommandText = """
            INSERT INTO accounts (id, user_name, normalized_name, display_name, role, agency_id, password_hash, disabled)
            VALUES ($id, $user, $normalized, $display, $role, $agency, $hash, $disabled)
            ON CONFLICT DO NOTHING
            """;
        command.Parameters.AddWithValue("$id", account.Id);
        command.Parameters.AddWithValue("$user", account.UserName);
        command.Parameters.AddWithValue("$normalized", account.NormalizedUserName);
        command.Parameters.AddWithValue("$display", account.DisplayName);
        command.Parameters.AddWithValue("$role", account.Role);
        command.Parameters.AddWithValue("$agency", account.AgencyId);
        command.Parameters.AddWithValue("$hash", account.PasswordHash);
        command.Parameters.AddWithValue("$disabled", account.Disabled ? 1 : 0);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LocalAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM accounts ORDER BY normalized_name";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<LocalAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(Read(reader));
        }

        return accounts;
    }

    private async Task<LocalAccount?> FindAsync(string sql, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    private static LocalAccount Read(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        disabled: reader.GetInt64(6) != 0);
}
