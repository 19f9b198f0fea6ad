using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// The embedded referral store: one row per referral in the <c>referrals</c> table, written through the database's
/// single writer. Optimistic concurrency is the row's version column: a save is <c>UPDATE … WHERE id = $id AND
/// version = $expected</c>, so of two saves based on one version only the first changes a row.
/// </summary>
public sealed class SqliteReferralStore(SqliteDatabase database) : IReferralStore
{
    private const string Columns = """
        id, version, complaint_source, complaint_case_id, merchant_key, from_agency, to_agency, origin_instance, events, snapshot
        """;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<StoredReferral?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM referrals WHERE id = $id", c => c.Parameters.AddWithValue("$id", Key(id)), cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    /// <inheritdoc />
    public async Task<ReferralWriteResult> CreateAsync(StoredReferral referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO referrals (id, version, complaint_source, complaint_case_id, merchant_key, from_agency, to_agency,
                state, is_open, created_at_ms, updated_at_ms, origin_instance, events, snapshot)
            VALUES ($id, $version, $source, $case, $merchant, $from, $to, $state, $open, $created, $updated, $origin, $events, $snapshot)
            ON CONFLICT (id) DO NOTHING
            """;
        Bind(command, referral);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return new ReferralWriteResult(ReferralWriteStatus.Created, referral.Version);
        }

        var stored = await StoredVersionAsync(lease.Connection, referral.Id, cancellationToken);
        return new ReferralWriteResult(ReferralWriteStatus.AlreadyExists, stored ?? 0);
    }

    /// <inheritdoc />
    public async Task<ReferralWriteResult> SaveAsync(StoredReferral referral, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.Version <= expectedVersion)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A save must add events: version {referral.Version} is not above the expected {expectedVersion}."),
                nameof(referral));
        }

        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = """
            UPDATE referrals SET version = $version, merchant_key = $merchant, state = $state, is_open = $open,
                updated_at_ms = $updated, events = $events, snapshot = $snapshot
            WHERE id = $id AND version = $expected
              AND complaint_source = $source AND complaint_case_id = $case AND from_agency = $from AND to_agency = $to
            """;
        Bind(command, referral);
        command.Parameters.AddWithValue("$expected", expectedVersion);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return new ReferralWriteResult(ReferralWriteStatus.Saved, referral.Version);
        }

        // Nothing changed: the referral is missing, at another version, or (a programming error) another referral.
        var stored = await StoredVersionAsync(lease.Connection, referral.Id, cancellationToken);
        return stored switch
        {
            null => new ReferralWriteResult(ReferralWriteStatus.NotFound, 0),
            { } version when version != expectedVersion => new ReferralWriteResult(ReferralWriteStatus.Conflict, version),
            _ => throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Referral {referral.Id:D} is stored with other agencies or another complaint; a save cannot change them."),
                nameof(referral)),
        };
    }

    /// <inheritdoc />
    public async Task<ReferralPage> ListAsync(ReferralListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = new StringBuilder($"SELECT {Columns} FROM referrals WHERE ");
        sql.Append(query.Direction switch
        {
            ReferralDirection.Inbox => "to_agency = $agency",
            ReferralDirection.Outbox => "from_agency = $agency",
            _ => "(to_agency = $agency OR from_agency = $agency)",
        });
        if (query.OpenOnly)
        {
            sql.Append(" AND is_open = 1");
        }

        if (query.State is not null)
        {
            sql.Append(" AND state = $state");
        }

        if (query.MerchantKey is not null)
        {
            sql.Append(" AND merchant_key = $merchant");
        }

        if (query.After is not null)
        {
            sql.Append(" AND (updated_at_ms < $afterMs OR (updated_at_ms = $afterMs AND id < $afterId))");
        }

        sql.Append(" ORDER BY updated_at_ms DESC, id DESC LIMIT $limit");
        var items = await QueryAsync(sql.ToString(), command =>
        {
            command.Parameters.AddWithValue("$agency", query.AgencyId);
            command.Parameters.AddWithValue("$state", query.State?.ToString() ?? (object)DBNull.Value);
            command.Parameters.AddWithValue("$merchant", (object?)query.MerchantKey ?? DBNull.Value);
            command.Parameters.AddWithValue("$afterMs", query.After?.UpdatedAtMs ?? 0);
            command.Parameters.AddWithValue("$afterId", query.After is { } after ? Key(after.Id) : string.Empty);
            command.Parameters.AddWithValue("$limit", query.PageSize + 1);
        }, cancellationToken);

        if (items.Count <= query.PageSize)
        {
            return new ReferralPage(items, null);
        }

        items.RemoveAt(items.Count - 1);
        var last = items[^1];
        return new ReferralPage(items, new ReferralListCursor(last.Referral.UpdatedAt.ToUnixTimeMilliseconds(), last.Id).Encode());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AgencyReferralCount>> OpenByMerchantAsync(string merchantKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(merchantKey);
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT agency, SUM(received), SUM(sent) FROM (
                SELECT to_agency AS agency, 1 AS received, 0 AS sent FROM referrals WHERE merchant_key = $merchant AND is_open = 1
                UNION ALL
                SELECT from_agency, 0, 1 FROM referrals WHERE merchant_key = $merchant AND is_open = 1)
            GROUP BY agency ORDER BY agency
            """;
        command.Parameters.AddWithValue("$merchant", merchantKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new List<AgencyReferralCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(new AgencyReferralCount(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        return counts;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredReferral>> FindByComplaintAsync(ComplaintReference complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return await QueryAsync(
            $"SELECT {Columns} FROM referrals WHERE complaint_source = $source AND complaint_case_id = $case ORDER BY created_at_ms, id",
            command =>
            {
                command.Parameters.AddWithValue("$source", complaint.Source);
                command.Parameters.AddWithValue("$case", complaint.SourceCaseId);
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Referral>> ReceivedByAgencyAsync(string agencyId, DateTimeOffset activeSince, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        var found = await QueryAsync(
            $"SELECT {Columns} FROM referrals WHERE to_agency = $agency AND (is_open = 1 OR updated_at_ms >= $since)",
            command =>
            {
                command.Parameters.AddWithValue("$agency", agencyId);
                command.Parameters.AddWithValue("$since", activeSince.ToUnixTimeMilliseconds());
            },
            cancellationToken);
        return [.. found.Select(r => r.Referral)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredReferral>> ListUnpublishedAsync(int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return await QueryAsync(
            $"SELECT {Columns} FROM referrals WHERE published_version < version ORDER BY updated_at_ms LIMIT $limit",
            command => command.Parameters.AddWithValue("$limit", maxCount),
            cancellationToken);
    }

    /// <inheritdoc />
    public async Task MarkPublishedAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = "UPDATE referrals SET published_version = $version WHERE id = $id AND published_version < $version AND version >= $version";
        command.Parameters.AddWithValue("$id", Key(id));
        command.Parameters.AddWithValue("$version", version);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Key(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static void Bind(SqliteCommand command, StoredReferral stored)
    {
        var referral = stored.Referral;
        command.Parameters.AddWithValue("$id", Key(referral.Id));
        command.Parameters.AddWithValue("$version", referral.Version);
        command.Parameters.AddWithValue("$source", referral.Complaint.Source);
        command.Parameters.AddWithValue("$case", referral.Complaint.SourceCaseId);
        command.Parameters.AddWithValue("$merchant", (object?)referral.MerchantKey ?? DBNull.Value);
        command.Parameters.AddWithValue("$from", referral.FromAgencyId);
        command.Parameters.AddWithValue("$to", referral.ToAgencyId);
        command.Parameters.AddWithValue("$state", referral.State.ToString());
        command.Parameters.AddWithValue("$open", referral.IsOpen ? 1 : 0);
        command.Parameters.AddWithValue("$created", referral.CreatedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$updated", referral.UpdatedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$origin", stored.OriginInstance);
        command.Parameters.AddWithValue("$events", Json(w => ReferralJson.WriteEvents(w, referral.Events)));
        command.Parameters.AddWithValue("$snapshot", Json(w => ReferralJson.WriteSnapshot(w, stored.Snapshot)));
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async Task<int?> StoredVersionAsync(SqliteConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM referrals WHERE id = $id";
        command.Parameters.AddWithValue("$id", Key(id));
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    private async Task<List<StoredReferral>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var referrals = new List<StoredReferral>();
        while (await reader.ReadAsync(cancellationToken))
        {
            referrals.Add(Read(reader));
        }

        return referrals;
    }

    // A row that does not read back is corrupt data: Rehydrate and the JSON reader say where, and the error propagates.
    private static StoredReferral Read(SqliteDataReader reader)
    {
        var id = Guid.ParseExact(reader.GetString(0), "D");
        var complaint = new ComplaintReference(reader.GetString(2), reader.GetString(3));
        using var events = JsonDocument.Parse(reader.GetString(8));
        using var snapshot = JsonDocument.Parse(reader.GetString(9));
        var referral = Referral.Rehydrate(
            id,
            complaint,
            reader.IsDBNull(4) ? null : reader.GetString(4),
            reader.GetString(5),
            reader.GetString(6),
            ReferralJson.ReadEvents(events.RootElement, "events"));
        if (referral.Version != reader.GetInt32(1))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Referral {id:D}: the version column ({reader.GetInt32(1)}) does not match the {referral.Version} events stored."));
        }

        return new StoredReferral(referral, ReferralJson.ReadSnapshot(snapshot.RootElement, "snapshot"), reader.GetString(7));
    }
}
