using System.Runtime.CompilerServices;
using System.Threading.Channels;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>
/// Complaint-level exports from the embedded store: the row ids the export can reach are cut into chunks, a few
/// readers (one per processor, at most four, each on its own thread and connection) read alternate chunks in parallel
/// into <see cref="ComplaintExportBatch"/>es, and the batches are handed out in chunk order (see
/// <see cref="ComplaintExportSql"/> for each chunk's plan and <see cref="ComplaintExportChunkReader"/> for how a row is
/// read).
/// </summary>
/// <remarks>
/// <para>
/// Why parallel: after SQLite's own scan, copying a row's values out costs a reader a good part again, and the
/// consumer still has to write the file; splitting the scan lets every processor work. Memory stays flat: each reader
/// holds the chunk it fills and at most one finished chunk waiting its turn, a chunk spans a fixed number of row ids
/// (<see cref="DefaultChunkIds"/>) whatever the store's size, and a batch's buffers go back to the pool once written.
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
    public async IAsyncEnumerable<ComplaintExportBatch> ReadAsync(
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
        var channels = new Channel<ComplaintExportBatch>[readers];
        var tasks = new Task[readers];
        for (var r = 0; r < readers; r++)
        {
            channels[r] = Channel.CreateBounded<ComplaintExportBatch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
            var first = r;
            var output = channels[r].Writer;
            // A thread of its own per reader: a reader works without pause between hand-offs, and on the thread pool
            // the readers would hold every pool thread of a small machine while the consumer, writing the file, waits
            // for one (measured: the export then ran on about one processor of two).
            tasks[r] = Task.Factory.StartNew(
                () => ReadChunks(query, bounds.High, bounds.Low, first, readers, output, stop.Token),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            for (long chunk = 0; chunk < chunkCount; chunk++)
            {
                var reader = channels[chunk % readers].Reader;
                if (!await reader.WaitToReadAsync(cancellationToken) || !reader.TryRead(out var batch))
                {
                    // A reader stopped early: its task holds the reason.
                    await tasks[chunk % readers];
                    throw new InvalidOperationException("A complaint export reader stopped before its last chunk.");
                }

                if (batch.Count == 0)
                {
                    batch.Dispose();
                    continue;
                }

                cancellationToken.ThrowIfCancellationRequested();
                yield return batch;
            }
        }
        finally
        {
            // Finished, failed, or abandoned by the consumer: the readers stop and close their connections.
            await stop.CancelAsync();
            foreach (var channel in channels)
            {
                while (channel.Reader.TryRead(out var unread))
                {
                    unread.Dispose();
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

            // A reader may have finished a chunk while the channels were drained.
            foreach (var channel in channels)
            {
                while (channel.Reader.TryRead(out var unread))
                {
                    unread.Dispose();
                }
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

    // Reads chunks first, first + stride, … counting down from the newest row id, each into a batch handed to the consumer.
    private void ReadChunks(
        ComplaintExportQuery query, long high, long low, int first, int stride, ChannelWriter<ComplaintExportBatch> output,
        CancellationToken cancellationToken)
    {
        Exception? failure = null;
        try
        {
            // A connection of the reader's own (see SqliteExportConnection for why it is not a pooled one). The scan
            // reads each page once, so neither a memory map (every page read would stay in the process's working set)
            // nor a large page cache helps it; the operating system's file cache serves the reads either way.
            using var connection = SqliteExportConnection.Open(_database.Path);
            using var chunks = new ComplaintExportChunkReader(connection, query);
            for (var chunkHigh = high - (first * _chunkIds); chunkHigh >= low; chunkHigh -= stride * _chunkIds)
            {
                var batch = chunks.Read(Math.Max(low, chunkHigh - _chunkIds + 1), chunkHigh, cancellationToken);
                try
                {
                    // Blocks this reader's own thread while the consumer is a chunk behind.
                    while (!output.TryWrite(batch))
                    {
                        if (!output.WaitToWriteAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
                        {
                            throw new InvalidOperationException("The complaint export's consumer stopped taking chunks.");
                        }
                    }
                }
                catch
                {
                    batch.Dispose();
                    throw;
                }
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
}
