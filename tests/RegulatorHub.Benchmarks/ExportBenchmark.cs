using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Exports.Complaints;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Synthetic;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// <c>export [--complaints N]</c> (default 10,000,000): streams the complaint-level CSV of the province holding the
/// most complaints (with the complaints about its merchants, about a fifth of the store) out of an SQLite store of N
/// synthetic complaints into a stream that only counts bytes, twice: a first pass, reported apart
/// (<c>firstPassRowsPerSec</c>: it reads the file into the operating system's cache and runs code the runtime is still
/// optimizing), then the measured pass, whose rows/s is the steady state of a server that exports all day. For the
/// measured pass it reports rows/s, the working set at its start, when it passes 1,000,000 rows and at its peak, and the growth from the 1M mark to the peak. The
/// same jurisdiction is then read without writing, written without reading (rows held in memory) and read the way a
/// page would (the listing, 200 full records at a time), as splits and baselines from the same run. Last, the analytics
/// facts are loaded from the store and statistics tables built and written (under <c>statisticsTable</c>).
/// </summary>
/// <remarks>
/// <para>
/// The store is filled once per N and generator version, under the temp folder, through the real path (synthetic feed →
/// parse, validate, normalize, scrub → the store's batch insert) and reused by later runs.
/// </para>
/// <para>
/// Memory: the working set is sampled every 10,000 rows of the streaming phase, which runs after a forced, compacting
/// collection; the process-lifetime peak is reported apart (it includes the generation when this run filled
/// the store, which <c>generatedInThisProcess</c> tells — run again on the cached store for a clean one).
/// </para>
/// </remarks>
internal static class ExportBenchmark
{
    // Bump when the generator or the way the file is filled changes, so an old cache is not measured.
    private const int DataVersion = 1;
    private const int BatchSize = 20_000;
    private const long WorkingSetMark = 1_000_000;

    // The working set is sampled this often while streaming (a /proc read; negligible at this interval).
    private const long SampleEveryRows = 10_000;
    private const int WriteOnlySample = 100_000;
    private const long ListingRows = 200_000;

    private static readonly ComplaintExportText[] s_textFields = Enum.GetValues<ComplaintExportText>();

    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var count = arguments.GetInt("complaints", 10_000_000);
        if (count is < 1 or > SyntheticFeedOptions.MaxComplaints)
        {
            throw new ArgumentException($"--complaints must be between 1 and {SyntheticFeedOptions.MaxComplaints:N0}.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "regulatorhub-bench-export", string.Create(CultureInfo.InvariantCulture, $"n{count}-v{DataVersion}"));
        var path = Path.Combine(folder, "complaints.db");
        var generationSeconds = await FillOnceAsync(path, count);

        await using var database = new SqliteDatabase(path);
        var (province, provinceRows, total) = await LargestProvinceAsync(database, path + ".province");
        var query = new ComplaintExportQuery([province]);
        var source = new SqliteComplaintExportSource(database);

        // When this process just filled the store (or counted the provinces: a sort of every row, whose native memory
        // the allocator keeps), its heap holds the leftovers, and the pooled connection keeps its memory map of the file:
        // close the pool, collect and compact, and measure the streaming phase from its own start (sampled working set),
        // not by the process's lifetime peak. The province is cached beside the store, so later runs start clean.
        Console.WriteLine("First pass: the same export, untimed for rowsPerSec (file cache and compiled code warm up)…");
        var firstPass = await ExportAsync(source, query);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {firstPass.Rows:N0} rows in {firstPass.Seconds:F1} s = {firstPass.Rows / firstPass.Seconds:N0} rows/s ({firstPass.Rows / firstPass.CpuSeconds:N0} per processor-second)"));
        SqliteConnection.ClearAllPools();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Jurisdiction {province}: {provinceRows:N0} of {total:N0} complaints by consumer region ({100.0 * provinceRows / total:F1}%), plus those about its merchants"));

        Console.WriteLine("Export: CSV of the jurisdiction into a byte-counting stream…");
        var export = await ExportAsync(source, query);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {export.Rows:N0} rows, {export.Bytes / 1e6:F0} MB in {export.Seconds:F1} s = {export.Rows / export.Seconds:N0} rows/s ({export.Rows / export.CpuSeconds:N0} per processor-second); working set at start {export.StartMB:F0} MB, at 1M rows {Show(export.At1MMB)} MB, peak while streaming {export.PeakMB:F0} MB"));

        Console.WriteLine("Read only: the export source drained without writing…");
        var readOnly = await ReadOnlyAsync(source, query);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {readOnly.Rows:N0} rows in {readOnly.Seconds:F1} s = {readOnly.Rows / readOnly.Seconds:N0} rows/s ({readOnly.Rows / readOnly.CpuSeconds:N0} per processor-second)"));

        Console.WriteLine("Engine only: the export statement stepped through without reading a column…");
        var engine = await EngineOnlyAsync(database, query, previousPlan: false, mmap: false);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {engine.Rows:N0} rows in {engine.Seconds:F1} s = {engine.Rows / engine.Seconds:N0} rows/s ({engine.Rows / engine.CpuSeconds:N0} per processor-second)"));
        var engineMapped = await EngineOnlyAsync(database, query, previousPlan: false, mmap: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  with the 256 MiB memory map: {engineMapped.Rows / engineMapped.Seconds:N0} rows/s ({engineMapped.Rows / engineMapped.CpuSeconds:N0} per processor-second)"));
        var enginePrevious = await EngineOnlyAsync(database, query, previousPlan: true, mmap: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  the previous plan (listing index walked backwards, memory map): {enginePrevious.Rows:N0} rows, {enginePrevious.Rows / enginePrevious.Seconds:N0} rows/s ({enginePrevious.Rows / enginePrevious.CpuSeconds:N0} per processor-second)"));

        Console.WriteLine($"Write only: the first {WriteOnlySample:N0} rows held in memory, written over and over to the same row count…");
        var writeOnly = await WriteOnlyAsync(source, query, export.Rows);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {writeOnly.Rows:N0} rows in {writeOnly.Seconds:F1} s = {writeOnly.Rows / writeOnly.Seconds:N0} rows/s ({writeOnly.Rows / writeOnly.CpuSeconds:N0} per processor-second)"));

        Console.WriteLine($"Baseline: the listing, 200 full records per page, for the first {ListingRows:N0} rows, into nothing…");
        var listing = await ListingBaselineAsync(new SqliteComplaintStore(database), query);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {listing.Rows:N0} rows in {listing.Seconds:F1} s = {listing.Rows / listing.Seconds:N0} rows/s"));

        // The statistics half runs last: rowsPerSec and the working-set figures above describe the streaming phase only,
        // measured before any fact is loaded, because the analytics facts are an in-memory store whose size grows with N
        // by design and would otherwise be counted against the export.
        Console.WriteLine("Statistics table: analytics facts loaded from the store, tables built and written as CSV, XLSX and Parquet…");
        using var process = Process.GetCurrentProcess();
        var peakBeforeStatistics = process.PeakWorkingSet64;
        var statistics = await StatisticsTableAsync(database);
        process.Refresh();
        statistics["processPeakWorkingSetMB"] = Math.Round(process.PeakWorkingSet64 / 1e6, 1);
        var figures = new Dictionary<string, object?>
        {
            ["benchmark"] = "export",
            ["complaints"] = total,
            ["generationSeconds"] = generationSeconds is { } g ? Math.Round(g, 1) : null,
            ["generatedInThisProcess"] = generationSeconds is not null,
            ["jurisdiction"] = province,
            ["jurisdictionShare"] = Math.Round((double)export.Rows / total, 4),
            ["rows"] = export.Rows,
            ["seconds"] = Math.Round(export.Seconds, 2),
            ["rowsPerSec"] = Math.Round(export.Rows / export.Seconds),
            ["rowsPerCpuSec"] = Math.Round(export.Rows / export.CpuSeconds),
            ["firstPassRowsPerSec"] = Math.Round(firstPass.Rows / firstPass.Seconds),
            ["firstPassRowsPerCpuSec"] = Math.Round(firstPass.Rows / firstPass.CpuSeconds),
            ["loadAverage1m"] = LoadAverage(),
            ["bytes"] = export.Bytes,
            ["workingSetMBAtStart"] = Math.Round(export.StartMB, 1),
            ["workingSetMBAt1M"] = export.At1MMB is { } at ? Math.Round(at, 1) : null,
            ["peakWorkingSetMB"] = Math.Round(export.PeakMB, 1),
            ["workingSetGrowthMB"] = export.PeakAfter1MMB is { } after && export.At1MMB is { } mark ? Math.Round(after - mark, 1) : null,
            // Before the statistics half, so it stays comparable with earlier runs; the whole run's peak is under statisticsTable.
            ["processPeakWorkingSetMB"] = Math.Round(peakBeforeStatistics / 1e6, 1),
            ["readOnlyRowsPerSec"] = Math.Round(readOnly.Rows / readOnly.Seconds),
            ["readOnlyRowsPerCpuSec"] = Math.Round(readOnly.Rows / readOnly.CpuSeconds),
            ["engineOnlyRowsPerSec"] = Math.Round(engine.Rows / engine.Seconds),
            ["engineOnlyRowsPerCpuSec"] = Math.Round(engine.Rows / engine.CpuSeconds),
            ["engineOnlyMmapRowsPerCpuSec"] = Math.Round(engineMapped.Rows / engineMapped.CpuSeconds),
            ["engineOnlyPreviousPlanRowsPerSec"] = Math.Round(enginePrevious.Rows / enginePrevious.Seconds),
            ["engineOnlyPreviousPlanRowsPerCpuSec"] = Math.Round(enginePrevious.Rows / enginePrevious.CpuSeconds),
            ["writeOnlyRowsPerSec"] = Math.Round(writeOnly.Rows / writeOnly.Seconds),
            ["writeOnlyRowsPerCpuSec"] = Math.Round(writeOnly.Rows / writeOnly.CpuSeconds),
            ["listingRowsPerSec"] = Math.Round(listing.Rows / listing.Seconds),
            ["speedupOverListing"] = Math.Round(export.Rows / export.Seconds / (listing.Rows / listing.Seconds), 2),
            ["statisticsTable"] = statistics,
        };
        Console.WriteLine(JsonSerializer.Serialize(figures));
        return 0;
    }

    // How busy the shared machine was (Linux only): wall-clock rates are only comparable at similar loads.
    private static double? LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;

    private static string Show(double? megabytes) => megabytes?.ToString("F0", CultureInfo.InvariantCulture) ?? "n/a";

    /// <summary>
    /// The second half of the benchmark (issue 9): the analytics facts loaded from the same store, a 3-dimension
    /// statistics table and a weekly one built and written in every format (see <see cref="ExportStatisticsTable"/>).
    /// </summary>
    private static Task<Dictionary<string, object?>> StatisticsTableAsync(SqliteDatabase database) =>
        ExportStatisticsTable.MeasureAsync(database, () => new CountingStream());

    private static async Task<double?> FillOnceAsync(string path, int count)
    {
        var done = path + ".done";
        if (File.Exists(done))
        {
            Console.WriteLine($"Store {path}: already filled (cached)");
            return null;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var stale in Directory.GetFiles(Path.GetDirectoryName(path)!))
        {
            File.Delete(stale);
        }

        Console.WriteLine($"Store {path}: filling with {count:N0} synthetic complaints…");
        var clock = Stopwatch.StartNew();
        await using (var database = new SqliteDatabase(path))
        {
            using var store = new SqliteComplaintStore(database);
            await store.InitializeAsync(CancellationToken.None);
            var generator = new SyntheticFeedGenerator(SyntheticFeedOptions.Default with { Complaints = count });
            var processor = FeedMessageProcessor.CreateDefault(RandomNumberGenerator.GetBytes(32), TimeProvider.System);
            var batch = new List<Complaint>(BatchSize);
            long stored = 0;
            foreach (var item in generator.Generate())
            {
                var message = item.Message;
                var processed = processor.Process(FeedMessageSerializer.MessageIdFor(message.Source!, message.CaseId!), FeedMessageSerializer.Serialize(message));
                if (processed.Complaint is { } complaint)
                {
                    batch.Add(complaint);
                }

                if (batch.Count == BatchSize)
                {
                    stored += await StoreAsync(store, batch);
                    if (stored % 500_000 < BatchSize)
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stored:N0} stored, {stored / clock.Elapsed.TotalSeconds:N0}/s"));
                    }
                }
            }

            stored += await StoreAsync(store, batch);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stored:N0} stored in {clock.Elapsed.TotalSeconds:F0} s"));
        }

        await File.WriteAllTextAsync(done, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<long> StoreAsync(SqliteComplaintStore store, List<Complaint> batch)
    {
        var outcomes = await store.AddAsync(batch, CancellationToken.None);
        batch.Clear();
        return outcomes.Count(o => o.Kind == StoreOutcomeKind.Stored);
    }

    private static async Task<(string Province, long Rows, long Total)> LargestProvinceAsync(SqliteDatabase database, string cache)
    {
        if (File.Exists(cache) && (await File.ReadAllTextAsync(cache)).Split(',') is [var cachedProvince, var cachedRows, var cachedTotal])
        {
            return (cachedProvince, long.Parse(cachedRows, CultureInfo.InvariantCulture), long.Parse(cachedTotal, CultureInfo.InvariantCulture));
        }

        var found = await CountLargestProvinceAsync(database);
        await File.WriteAllTextAsync(cache, string.Create(CultureInfo.InvariantCulture, $"{found.Province},{found.Rows},{found.Total}"));
        return found;
    }

    private static async Task<(string Province, long Rows, long Total)> CountLargestProvinceAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenReaderAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT consumer_province, COUNT(*), (SELECT COUNT(*) FROM complaints) FROM complaints
            WHERE consumer_province IS NOT NULL AND consumer_province NOT LIKE 'US-%'
            GROUP BY consumer_province ORDER BY COUNT(*) DESC LIMIT 1
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task<(long Rows, double Seconds)> ListingBaselineAsync(SqliteComplaintStore store, ComplaintExportQuery query)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        string? token = null;
        do
        {
            var page = await store.ListAsync(
                new ComplaintListQuery(query.RegionCodes, query.From, query.To, query.SubjectCode, query.MerchantKey, ComplaintListQuery.MaxPageSize, token),
                CancellationToken.None);
            rows += page.Items.Count;
            token = page.ContinuationToken;
        }
        while (token is not null && rows < ListingRows);

        return (rows, clock.Elapsed.TotalSeconds);
    }

    private static async Task<(long Rows, double Seconds, double CpuSeconds)> ReadOnlyAsync(SqliteComplaintExportSource source, ComplaintExportQuery query)
    {
        var cpu = Cpu();
        var clock = Stopwatch.StartNew();
        long rows = 0;
        await foreach (var batch in source.ReadAsync(query, CancellationToken.None))
        {
            rows += batch.Count;
            batch.Dispose();
        }

        return (rows, clock.Elapsed.TotalSeconds, (Cpu() - cpu).TotalSeconds);
    }

    // Batches until at least `rows` rows have come; the rest are not read.
    private static async IAsyncEnumerable<ComplaintExportBatch> FirstRows(IAsyncEnumerable<ComplaintExportBatch> batches, long rows)
    {
        long seen = 0;
        await foreach (var batch in batches)
        {
            seen += batch.Count;
            yield return batch;
            if (seen >= rows)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// The export statement stepped through with no column read: what SQLite itself costs. <paramref name="previousPlan"/>
    /// rewrites it to the plan this export had before (the listing index walked backwards, a table fetch per kept entry)
    /// so both are compared in one run; <paramref name="mmap"/> keeps the connection's 256 MiB memory map.
    /// </summary>
    private static async Task<(long Rows, double Seconds, double CpuSeconds)> EngineOnlyAsync(
        SqliteDatabase database, ComplaintExportQuery query, bool previousPlan, bool mmap)
    {
        await using var connection = await database.OpenReaderAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        if (!mmap)
        {
            command.CommandText = "PRAGMA mmap_size = 0;";
            await command.ExecuteNonQueryAsync();
        }

        command.CommandText = ComplaintExportSql.Build(query, command.Parameters);
        if (previousPlan)
        {
            command.CommandText = command.CommandText
                .Replace("complaints c NOT INDEXED", "complaints c INDEXED BY ix_complaints_listing", StringComparison.Ordinal)
                .Replace("ORDER BY c.id DESC", "ORDER BY c.received_date DESC, c.consumer_region DESC, c.merchant_key DESC, c.subject DESC, c.id DESC", StringComparison.Ordinal);
        }

        var cpu = Cpu();
        var clock = Stopwatch.StartNew();
        long rows = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (reader.Read())
        {
            rows++;
        }

        return (rows, clock.Elapsed.TotalSeconds, (Cpu() - cpu).TotalSeconds);
    }

    // The machine is shared: processor time says what a phase costs whatever else runs; wall time says what a user waits.
    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static async Task<(long Rows, long Bytes, double Seconds, double CpuSeconds, double StartMB, double? At1MMB, double PeakMB, double? PeakAfter1MMB)> ExportAsync(
        SqliteComplaintExportSource source, ComplaintExportQuery query)
    {
        using var process = Process.GetCurrentProcess();
        var startMB = process.WorkingSet64 / 1e6;
        var peakMB = startMB;
        double? at1M = null;
        double? peakAfter1M = null;
        var header = new ComplaintExportHeader("bench", ComplaintCsvWriter.DescribeFilter(query), null, DateTimeOffset.UtcNow, "bench");
        await using var sink = new CountingStream();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var rows = await new ComplaintCsvWriter().WriteAsync(sink, header, Observe(source.ReadAsync(query, CancellationToken.None)), CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        Sample(rows);
        return (rows, sink.Length, seconds, (process.TotalProcessorTime - cpu).TotalSeconds, startMB, at1M, peakMB, peakAfter1M);

        void Sample(long seen)
        {
            process.Refresh();
            var megabytes = process.WorkingSet64 / 1e6;
            peakMB = Math.Max(peakMB, megabytes);
            if (seen >= WorkingSetMark && at1M is null)
            {
                at1M = megabytes;
            }

            if (seen >= WorkingSetMark)
            {
                peakAfter1M = Math.Max(peakAfter1M ?? 0, megabytes);
            }
        }

        // Rows arrive in batches of a few hundred: a sample is taken at the first batch past each 10,000-row mark.
        async IAsyncEnumerable<ComplaintExportBatch> Observe(IAsyncEnumerable<ComplaintExportBatch> inner)
        {
            long seen = 0;
            await foreach (var batch in inner)
            {
                var before = seen;
                seen += batch.Count;
                if (seen / SampleEveryRows != before / SampleEveryRows)
                {
                    Sample(seen);
                }

                yield return batch;
            }
        }
    }

    private static async Task<(long Rows, double Seconds, double CpuSeconds)> WriteOnlyAsync(SqliteComplaintExportSource source, ComplaintExportQuery query, long rows)
    {
        var sample = new List<ComplaintExportBatch>();
        long sampled = 0;
        await foreach (var batch in FirstRows(source.ReadAsync(query, CancellationToken.None), WriteOnlySample))
        {
            sample.Add(batch);
            sampled += batch.Count;
        }

        var header = new ComplaintExportHeader("bench", ComplaintCsvWriter.DescribeFilter(query), null, DateTimeOffset.UtcNow, "bench");
        await using var sink = new CountingStream();
        var cpu = Cpu();
        var clock = Stopwatch.StartNew();
        var written = await new ComplaintCsvWriter().WriteAsync(sink, header, Repeat(), CancellationToken.None);
        var measured = (written, clock.Elapsed.TotalSeconds, (Cpu() - cpu).TotalSeconds);
        sample.ForEach(batch => batch.Dispose());
        return measured;

        // The writer disposes what it writes, so each round writes copies of the sampled batches (a copy is what a
        // reader does too: bytes from one buffer into another).
        async IAsyncEnumerable<ComplaintExportBatch> Repeat()
        {
            await Task.CompletedTask;
            for (long given = 0; given < rows && sampled > 0;)
            {
                foreach (var batch in sample)
                {
                    var copy = Copy(batch);
                    given += copy.Count;
                    yield return copy;
                    if (given >= rows)
                    {
                        break;
                    }
                }
            }
        }
    }

    private static ComplaintExportBatch Copy(ComplaintExportBatch batch)
    {
        var copy = new ComplaintExportBatch();
        for (var row = 0; row < batch.Count; row++)
        {
            copy.StartRow(batch.Values(row));
            foreach (var field in s_textFields)
            {
                if (batch.IsNull(row, field))
                {
                    copy.AddNull();
                }
                else
                {
                    copy.AddText(batch.Text(row, field));
                }
            }
        }

        return copy;
    }

    /// <summary>A write-only stream that keeps nothing and counts the bytes written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
