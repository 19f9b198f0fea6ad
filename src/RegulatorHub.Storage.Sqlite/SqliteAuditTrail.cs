using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Audit;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// The embedded audit trail: <c>audit_log</c> rows keyed by sequence and the <c>audit_head</c> checkpoint row. An
/// append reads the head and writes the entry and the new head in one <c>BEGIN IMMEDIATE</c> transaction, so appends
/// from this process (queued on the writer connection) and from others (the CLI beside the dashboard, queued on the
/// file's write lock) are serialized and never reuse a sequence or fork the chain.
/// </summary>
public sealed class SqliteAuditTrail(SqliteDatabase database, AuditChain chain) : IAuditTrail
{
    private const int SqliteConstraint = 19;
    private const string Columns = "sequence, at_ticks, actor, agency_id, role, action, target, outcome, purpose, detail, previous_hash, hash";

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        var connection = lease.Connection;

        // Immediate: the write lock is taken before the head is read, so no other process can append in between.
        using var transaction = connection.BeginTransaction(deferred: false);
        var head = await ReadHeadAsync(connection, transaction, cancellationToken);
        var entry = chain.Next(head, record);

        await using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO audit_log ({Columns}) VALUES ($seq, $at, $actor, $agency, $role, $action, $target, $outcome, $purpose, $detail, $prev, $hash)";
            insert.Parameters.AddWithValue("$seq", entry.Sequence);
            insert.Parameters.AddWithValue("$at", entry.At.UtcTicks);
            insert.Parameters.AddWithValue("$actor", entry.Actor);
            insert.Parameters.AddWithValue("$agency", (object?)entry.AgencyId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$role", (object?)entry.Role ?? DBNull.Value);
            insert.Parameters.AddWithValue("$action", AuditActionName.Of(entry.Action));
            insert.Parameters.AddWithValue("$target", entry.Target);
            insert.Parameters.AddWithValue("$outcome", entry.Outcome);
            insert.Parameters.AddWithValue("$purpose", (object?)entry.Purpose ?? DBNull.Value);
            insert.Parameters.AddWithValue("$detail", (object?)entry.Detail ?? DBNull.Value);
            insert.Parameters.AddWithValue("$prev", entry.PreviousHash);
            insert.Parameters.AddWithValue("$hash", entry.Hash);
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode == SqliteConstraint)
            {
                // The next sequence after the head is taken: the checkpoint lags the entries (rolled back or edited).
                throw new InvalidOperationException(
                    $"The audit trail's head checkpoint (entry {head?.Sequence ?? 0}) is behind its entries; run `regulatorhub audit verify`.", exception);
            }
        }

        await using (var move = connection.CreateCommand())
        {
            move.Transaction = transaction;
            move.CommandText = "INSERT INTO audit_head (id, sequence, hash) VALUES (1, $seq, $hash) ON CONFLICT (id) DO UPDATE SET sequence = excluded.sequence, hash = excluded.hash";
            move.Parameters.AddWithValue("$seq", entry.Sequence);
            move.Parameters.AddWithValue("$hash", entry.Hash);
            await move.ExecuteNonQueryAsync(cancellationToken);
        }

        transaction.Commit();
        return entry;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM audit_log WHERE sequence >= $from ORDER BY sequence";
        command.Parameters.AddWithValue("$from", fromSequence);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return Read(reader);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new StringBuilder("1 = 1");
        if (query.Actor is not null)
        {
            where.Append(" AND actor = $actor");
            command.Parameters.AddWithValue("$actor", query.Actor);
        }

        if (query.AgencyId is not null)
        {
            where.Append(" AND agency_id = $agency");
            command.Parameters.AddWithValue("$agency", query.AgencyId);
        }

        if (query.Action is { } action)
        {
            where.Append(" AND action = $action");
            command.Parameters.AddWithValue("$action", AuditActionName.Of(action));
        }

        if (query.TargetPrefix is not null)
        {
            // substr compares exactly (LIKE would fold case and treat % and _ as wildcards).
            where.Append(" AND substr(target, 1, length($prefix)) = $prefix");
            command.Parameters.AddWithValue("$prefix", query.TargetPrefix);
        }

        if (query.From is { } from)
        {
            where.Append(" AND at_ticks >= $from");
            command.Parameters.AddWithValue("$from", from.UtcTicks);
        }

        if (query.To is { } to)
        {
            where.Append(" AND at_ticks < $to");
            command.Parameters.AddWithValue("$to", to.UtcTicks);
        }

        if (query.BeforeSequence is { } before)
        {
            where.Append(" AND sequence < $before");
            command.Parameters.AddWithValue("$before", before);
        }

        command.CommandText = $"SELECT {Columns} FROM audit_log WHERE {where} ORDER BY sequence DESC LIMIT $limit";
        command.Parameters.AddWithValue("$limit", query.Limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(Read(reader));
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<AuditHead?> GetHeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        return await ReadHeadAsync(connection, null, cancellationToken);
    }

    private static async Task<AuditHead?> ReadHeadAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT sequence, hash FROM audit_head WHERE id = 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AuditHead(reader.GetInt64(0), reader.GetString(1)) : null;
    }

    private static AuditEntry Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        TicksToUtc(reader.GetInt64(1)),
        reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        AuditActionName.Parse(reader.GetString(5)),
        reader.GetString(6),
        reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetString(9),
        reader.GetString(10),
        reader.GetString(11));

    // An edited time outside the calendar still reads (as the earliest instant), so the entry fails verification
    // instead of the whole read failing.
    private static DateTimeOffset TicksToUtc(long ticks) =>
        ticks >= 0 && ticks <= DateTime.MaxValue.Ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : DateTimeOffset.MinValue;
}
