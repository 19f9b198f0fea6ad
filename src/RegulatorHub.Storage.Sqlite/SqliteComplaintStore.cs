using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>The embedded complaint store: one SQLite file, idempotent on source + case id.</summary>
public sealed class SqliteComplaintStore(SqliteDatabase database) : IComplaintStore, IDisposable
{
    private ComplaintRowWriter? _rowWriter;

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoreOutcome>> AddAsync(IReadOnlyList<Complaint> complaints, CancellationToken cancellationToken)
    {
        var outcomes = new StoreOutcome[complaints.Count];
        if (complaints.Count == 0)
        {
            return outcomes;
        }

        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        if (_rowWriter is null || !ReferenceEquals(_rowWriter.Connection, lease.Connection))
        {
            _rowWriter?.Dispose();
            _rowWriter = new ComplaintRowWriter(lease.Connection);
        }

        // One transaction per batch: a single commit (and fsync) for thousands of rows, and all-or-nothing so
        // the caller can settle or hand back the whole batch.
        using var transaction = lease.Connection.BeginTransaction();
        try
        {
            for (var i = 0; i < complaints.Count; i++)
            {
                outcomes[i] = _rowWriter.Write(complaints[i], transaction);
            }

            transaction.Commit();
        }
        catch
        {
            _rowWriter.RolledBack();
            throw;
        }

        _rowWriter.Committed();

        return outcomes;
    }

    /// <inheritdoc />
    public async Task<Complaint?> FindAsync(string source, string sourceCaseId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {ComplaintColumns}
            FROM complaints c LEFT JOIN merchants m ON m.key = c.merchant_key
            WHERE c.source = $source AND c.source_case_id = $case
            """;
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$case", sourceCaseId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadComplaint(reader) : null;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Region codes become text ranges (<see cref="RegionCodePrefix"/>) tested on a covering index read newest day first,
    /// so a page costs about page size ÷ the jurisdiction's share of the complaints in index entries, and only the
    /// page's rows are read from the table (see <see cref="ComplaintListSql"/>).
    /// </remarks>
    public async Task<ComplaintPage> ListAsync(ComplaintListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ComplaintListSql.Build(query, command.Parameters);
        var items = new List<Complaint>(query.PageSize);
        ComplaintListCursor? last = null;
        string? continuation = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (items.Count == query.PageSize)
            {
                // One row more than the page was asked for: something follows the last item.
                continuation = last!.Value.Encode();
                break;
            }

            items.Add(ReadComplaint(reader));
            last = new ComplaintListCursor(ComplaintRowWriter.FromDateKey(reader.GetInt64(ComplaintListSql.DateOrdinal)), reader.GetInt64(ComplaintListSql.IdOrdinal));
        }

        return new ComplaintPage(items, continuation);
    }

    /// <inheritdoc />
    public async Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT (SELECT COUNT(*) FROM complaints), (SELECT COUNT(*) FROM quarantine),
                   (SELECT MIN(received_date) FROM complaints), (SELECT MAX(received_date) FROM complaints),
                   (SELECT COALESCE(MAX(id), 0) FROM complaints)
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreSummary(
            reader.GetInt64(0),
            reader.GetInt64(1),
            reader.IsDBNull(2) ? null : ComplaintRowWriter.FromDateKey(reader.GetInt64(2)),
            reader.IsDBNull(3) ? null : ComplaintRowWriter.FromDateKey(reader.GetInt64(3)),
            reader.GetInt64(4));
    }

    /// <inheritdoc />
    public async Task<string?> GetMetadataAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM metadata WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <inheritdoc />
    public async Task SetMetadataAsync(string key, string value, CancellationToken cancellationToken)
    {
        await using var lease = await database.AcquireWriterAsync(cancellationToken);
        await using var command = lease.Connection.CreateCommand();
        command.CommandText = "INSERT INTO metadata (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _rowWriter?.Dispose();

    /// <summary>What <see cref="ReadComplaint"/> reads, in its order, from <c>complaints c LEFT JOIN merchants m</c>.</summary>
    internal const string ComplaintColumns = """
        c.source, c.source_case_id, c.source_kind, c.received_at_ms, c.received_offset_min, c.channel, c.subject,
                   c.issue, c.source_category, c.source_issue, c.consumer_region, c.merchant_key, m.name, m.region,
                   c.platform, c.order_ref, c.amount_minor, c.currency, c.narrative, c.complainant, c.status, c.outcome,
                   c.personal_data_removed
        """;

    private static Complaint ReadComplaint(SqliteDataReader r)
    {
        var offset = TimeSpan.FromMinutes(r.GetInt32(4));
        MerchantRef? merchant = r.IsDBNull(11)
            ? null
            : new MerchantRef(MerchantKey.Parse(r.GetString(11)), r.IsDBNull(12) ? r.GetString(11) : r.GetString(12), NullableString(r, 13));
        return new Complaint
        {
            Source = r.GetString(0),
            SourceCaseId = r.GetString(1),
            SourceKind = (SourceKind)r.GetInt32(2),
            ReceivedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)).ToOffset(offset),
            Channel = (ComplaintChannel)r.GetInt32(5),
            SubjectCode = r.GetString(6),
            IssueCode = r.GetString(7),
            SourceCategory = NullableString(r, 8),
            SourceIssue = NullableString(r, 9),
            ConsumerRegionCode = NullableString(r, 10),
            Merchant = merchant,
            Platform = NullableString(r, 14),
            OrderReference = NullableString(r, 15),
            Amount = r.IsDBNull(16) ? null : new Money(r.GetInt64(16) / 100m, r.GetString(17)),
            Narrative = NullableString(r, 18),
            ComplainantPseudonym = NullableString(r, 19),
            Status = (ComplaintStatus)r.GetInt32(20),
            Outcome = r.IsDBNull(21) ? null : (ComplaintOutcome)r.GetInt32(21),
            PersonalDataRemoved = PersonalDataCounts.Parse(NullableString(r, 22)),
        };
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
