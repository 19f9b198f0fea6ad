using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// Complaint-level exports from the embedded store: the row ids the export can reach are cut into chunks, a few
/// readers (one per processor, at most four, each on its own pooled connection) read alternate chunks in parallel,
/// and the rows are handed out chunk by chunk in order (see <see cref="ComplaintExportSql"/> for each chunk's plan).
/// </summary>
/// <remarks>
/// <para>
/// Why parallel: one reader spends about as long turning SQLite's values into rows as SQLite spends finding them, on
/// one processor; splitting the scan lets every processor do both. Memory stays flat: each reader holds the chunk it
/// fills and at most one finished chunk waiting its turn, and a chunk spans a fixed number of row ids
/// (<see cref="DefaultChunkIds"/>), whatever the store's size.
/// </para>
/// <para>
/// Rows come newest stored first (row id descending); the Cosmos DB source orders differently (newest day first),
/// each deterministically. The highest row id is fixed when the export starts, so complaints stored while it runs are
/// not in it; each chunk is read in its own snapshot (WAL), so the ingestion worker is never blocked, and a complaint
/// updated during the export is exported as its chunk found it.
/// </para>
/// </remarks>
public sealed class SqliteComplaintExportSource : IComplaintExportSource
{
    /// <summary>Row ids per chunk: at most this many rows (a few megabytes) are held per chunk.</summary>
    internal const long DefaultChunkIds = 2_048;

    private readonly SqliteDatabase _database;
    private readonly long _chunkIds;
    private readonly int _readers;

    /// <summary>Creates the source over a database.</summary>
    public SqliteComplaintExportSource(SqliteDatabase database)
        : this(database, DefaultChunkIds, Math.Clamp(Environment.ProcessorCount, 1, 4))
    {
    }

    /// <summary>Creates the source with a chosen chunk size and reader count (tests use tiny chunks to cross many).</summary>
    internal SqliteComplaintExportSource(SqliteDatabase database, long chunkIds, int readers)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkIds, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(readers, 1);
        _database = database;
        _chunkIds = chunkIds;
        _readers = readers;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ComplaintExportRow> ReadAsync(
        ComplaintExportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (await BoundsAsync(query, cancellationToken) is not { } bounds)
        {
            yield break;
        }

        var chunkCount = ((bounds.High - bounds.Low) / _chunkIds) + 1;
        var readers = (int)Math.Min(_readers, chunkCount);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channels = new Channel<List<ComplaintExportRow>>[readers];
        var tasks = new Task[readers];
        for (var r = 0; r < readers; r++)
        {
            channels[r] = Channel.CreateBounded<List<ComplaintExportRow>>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
            var first = r;
            var output = channels[r].Writer;
            tasks[r] = Task.Run(() => ReadChunksAsync(query, bounds.High, bounds.Low, first, readers, output, stop.Token), CancellationToken.None);
        }

        try
        {
            for (long chunk = 0; chunk < chunkCount; chunk++)
            {
                var reader = channels[chunk % readers].Reader;
                if (!await reader.WaitToReadAsync(cancellationToken) || !reader.TryRead(out var rows))
                {
                    // A reader stopped early: its task holds the reason.
                    await tasks[chunk % readers];
                    throw new InvalidOperationException("A complaint export reader stopped before its last chunk.");
                }

                foreach (var row in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return row;
                }
            }
        }
        finally
        {
            // Finished, failed, or abandoned by the consumer: the readers stop and their connections go back to the pool.
            await stop.CancelAsync();
            foreach (var channel in channels)
            {
                while (channel.Reader.TryRead(out _))
                {
                }
            }

            try
            {
                await Task.WhenAll(tasks);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The readers were told to stop; their cancellation is the expected way out.
            }
        }
    }

    private async Task<(long Low, long High)?> BoundsAsync(ComplaintExportQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ComplaintExportSql.BuildBounds(query, command.Parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0)
            ? (reader.GetInt64(0), reader.GetInt64(1))
            : null;
    }

    // Reads chunks first, first + stride, … counting down from the newest row id, each into a list handed to the consumer.
    private async Task ReadChunksAsync(
        ComplaintExportQuery query, long high, long low, int first, int stride, ChannelWriter<List<ComplaintExportRow>> output,
        CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            await using var connection = await _database.OpenReaderAsync(cancellationToken);
            await using (var pragma = connection.CreateCommand())
            {
                // The scan reads each page once, so neither a memory map (every page read would stay in the
                // process's working set, up to the map's 256 MiB) nor a large page cache (64 MiB per connection, one
                // per reader) helps it; the operating system's file cache serves the reads either way. 8 MiB keeps the
                // merchants table the join looks up. (Both are set again when the pooled connection is next opened.)
                pragma.CommandText = "PRAGMA mmap_size = 0; PRAGMA cache_size = -8192;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var command = connection.CreateCommand();
            command.CommandText = ComplaintExportSql.BuildChunk(query, command.Parameters);
            command.Prepare();
            for (var chunkHigh = high - (first * _chunkIds); chunkHigh >= low; chunkHigh -= stride * _chunkIds)
            {
                command.Parameters[ComplaintExportSql.ChunkHigh].Value = chunkHigh;
                command.Parameters[ComplaintExportSql.ChunkLow].Value = Math.Max(low, chunkHigh - _chunkIds + 1);
                var rows = ReadChunk(command, cancellationToken);
                await output.WriteAsync(rows, cancellationToken);
            }
        }
        catch (Exception exception)
        {
            failure = exception;
            throw;
        }
        finally
        {
            output.TryComplete(failure);
        }
    }

    // SQLite reads synchronously underneath; Read() spares a task per row, and the token is checked per row instead.
    private static List<ComplaintExportRow> ReadChunk(SqliteCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<ComplaintExportRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(RowOf(reader));
        }

        return rows;
    }

    private static ComplaintExportRow RowOf(SqliteDataReader reader)
    {
        var offset = TimeSpan.FromMinutes(reader.GetInt32(3));
        var merchantKey = reader.IsDBNull(9) ? null : reader.GetString(9);
        return new ComplaintExportRow(
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
