using System.Runtime.CompilerServices;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// Complaint-level exports from the embedded store: one statement, one forward-only reader on its own pooled
/// connection, a row handed out as soon as it is read (see <see cref="ComplaintExportSql"/> for the plan).
/// </summary>
/// <remarks>
/// The reader sees one snapshot (WAL), so complaints stored while an export runs are not in it and the ingestion
/// worker is never blocked. Rows come newest stored first (row id descending), the
/// table's own order read backwards; the Cosmos DB source orders differently (newest day first), each deterministically.
/// </remarks>
public sealed class SqliteComplaintExportSource(SqliteDatabase database) : IComplaintExportSource
{
    /// <inheritdoc />
    public async IAsyncEnumerable<ComplaintExportRow> ReadAsync(
        ComplaintExportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenReaderAsync(cancellationToken);
        await using (var pragma = connection.CreateCommand())
        {
            // The scan reads the whole table once: through a memory map every page read would stay in the process's
            // working set up to the map's size (256 MiB), through the page cache only the cache's 64 MiB do, and the
            // operating system's file cache serves the reads either way. (Set again when the pooled connection is next
            // opened.)
            pragma.CommandText = "PRAGMA mmap_size = 0;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = ComplaintExportSql.Build(query, command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);

        // SQLite reads synchronously underneath; Read() spares a task per row, and the token is checked per row instead.
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = TimeSpan.FromMinutes(reader.GetInt32(3));
            var merchantKey = reader.IsDBNull(9) ? null : reader.GetString(9);
            yield return new ComplaintExportRow(
                Source: reader.GetString(0),
                SourceCaseId: reader.GetString(1),
                ReceivedAt: DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)).ToOffset(offset),
                ReceivedDate: ComplaintRowWriter.FromDateKey(reader.GetInt64(4)),
                Channel: (ComplaintChannel)reader.GetInt32(5),
                SubjectCode: reader.GetString(6),
                IssueCode: reader.GetString(7),
                ConsumerRegionCode: reader.IsDBNull(8) ? null : reader.GetString(8),
                MerchantKey: merchantKey,

                // As the full record reads it: a merchant missing from the merchants table is named by its key.
                MerchantName: merchantKey is null ? null : reader.IsDBNull(10) ? merchantKey : reader.GetString(10),
                MerchantRegionCode: reader.IsDBNull(11) ? null : reader.GetString(11),
                Platform: reader.IsDBNull(12) ? null : reader.GetString(12),
                Amount: reader.IsDBNull(13) ? null : new Money(reader.GetInt64(13) / 100m, reader.GetString(14)),
                Status: (ComplaintStatus)reader.GetInt32(15),
                Outcome: reader.IsDBNull(16) ? null : (ComplaintOutcome)reader.GetInt32(16),
                Narrative: reader.IsDBNull(17) ? null : reader.GetString(17),
                PersonalDataRemoved: reader.IsDBNull(18) ? null : reader.GetString(18));
        }
    }
}
