using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
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
/// most complaints out of an SQLite store of N synthetic complaints into a stream that only counts bytes, and reports
/// rows, seconds, rows/s, bytes, the peak working set and the working set after the first 1,000,000 rows (so growth over
/// the run shows in one run). The same jurisdiction is also read the way a page would (the listing, 200 full records
/// at a time) and read without writing, as baselines from the same run.
/// </summary>
/// <remarks>
/// The store is filled once per N and generator version, under the temp folder, through the real path (synthetic feed →
/// parse, validate, normalize, scrub → the store's batch insert) and reused by later runs.
/// </remarks>
internal static class ExportBenchmark
{
    // Bump when the generator or the way the file is filled changes, so an old cache is not measured.
    private const int DataVersion = 1;
    private const int BatchSize = 20_000;
    private const long WorkingSetMark = 1_000_000;

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
        var (province, provinceRows, total) = await LargestProvinceAsync(database);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Jurisdiction {province}: {provinceRows:N0} of {total:N0} complaints by consumer region ({100.0 * provinceRows / total:F1}%)"));
        var query = new ComplaintExportQuery([province]);
        var source = new SqliteComplaintExportSource(database);

        Console.WriteLine("Baseline: the listing, 200 full records per page, into nothing…");
        var listing = await ListingBaselineAsync(new SqliteComplaintStore(database), query);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {listing.Rows:N0} rows in {listing.Seconds:F1} s = {listing.Rows / listing.Seconds:N0} rows/s"));

        Console.WriteLine("Read only: the export source drained without writing…");
        var readOnly = await ReadOnlyAsync(source, query);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {readOnly.Rows:N0} rows in {readOnly.Seconds:F1} s = {readOnly.Rows / readOnly.Seconds:N0} rows/s"));

        Console.WriteLine("Export: CSV of the jurisdiction into a byte-counting stream…");
        var export = await ExportAsync(source, query);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {export.Rows:N0} rows, {export.Bytes / 1e6:F0} MB in {export.Seconds:F1} s = {export.Rows / export.Seconds:N0} rows/s; peak working set {export.PeakMB:F0} MB, at 1M rows {export.At1MMB?.ToString("F0", CultureInfo.InvariantCulture) ?? "n/a"} MB"));

        var statistics = await StatisticsTableAsync(database);
        var figures = new Dictionary<string, object?>
        {
            ["benchmark"] = "export",
            ["complaints"] = total,
            ["generationSeconds"] = generationSeconds is { } g ? Math.Round(g, 1) : null,
            ["jurisdiction"] = province,
            ["jurisdictionShare"] = Math.Round((double)export.Rows / total, 4),
            ["rows"] = export.Rows,
            ["seconds"] = Math.Round(export.Seconds, 2),
            ["rowsPerSec"] = Math.Round(export.Rows / export.Seconds),
            ["bytes"] = export.Bytes,
            ["peakWorkingSetMB"] = Math.Round(export.PeakMB, 1),
            ["workingSetMBAt1M"] = export.At1MMB is { } at ? Math.Round(at, 1) : null,
            ["workingSetMBAtEnd"] = Math.Round(export.EndMB, 1),
            ["readOnlyRowsPerSec"] = Math.Round(readOnly.Rows / readOnly.Seconds),
            ["listingRowsPerSec"] = Math.Round(listing.Rows / listing.Seconds),
            ["speedupOverListing"] = Math.Round(export.Rows / export.Seconds / (listing.Rows / listing.Seconds), 2),
            ["statisticsTable"] = statistics,
        };
        Console.WriteLine(JsonSerializer.Serialize(figures));
        return 0;
    }

    /// <summary>
    /// The second half of the benchmark: a 3-dimension statistics table built from the same store, timed like the
    /// export. Left for the statistics table types (issue 9); <see langword="null"/> until then.
    /// </summary>
    private static Task<object?> StatisticsTableAsync(SqliteDatabase database)
    {
        _ = database;
        return Task.FromResult<object?>(null);
    }

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

    private static async Task<(string Province, long Rows, long Total)> LargestProvinceAsync(SqliteDatabase database)
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
        while (token is not null);

        return (rows, clock.Elapsed.TotalSeconds);
    }

    private static async Task<(long Rows, double Seconds)> ReadOnlyAsync(SqliteComplaintExportSource source, ComplaintExportQuery query)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        await foreach (var unused in source.ReadAsync(query, CancellationToken.None))
        {
            rows++;
        }

        return (rows, clock.Elapsed.TotalSeconds);
    }

    private static async Task<(long Rows, long Bytes, double Seconds, double PeakMB, double? At1MMB, double EndMB)> ExportAsync(
        SqliteComplaintExportSource source, ComplaintExportQuery query)
    {
        using var process = Process.GetCurrentProcess();
        double? at1M = null;
        var header = new ComplaintExportHeader("bench", ComplaintCsvWriter.DescribeFilter(query), null, DateTimeOffset.UtcNow, "bench");
        await using var sink = new CountingStream();
        var clock = Stopwatch.StartNew();
        var rows = await new ComplaintCsvWriter().WriteAsync(sink, header, Observe(source.ReadAsync(query, CancellationToken.None)), CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        return (rows, sink.Length, seconds, process.PeakWorkingSet64 / 1e6, at1M, process.WorkingSet64 / 1e6);

        async IAsyncEnumerable<ComplaintExportRow> Observe(IAsyncEnumerable<ComplaintExportRow> inner)
        {
            long seen = 0;
            await foreach (var row in inner)
            {
                if (++seen == WorkingSetMark)
                {
                    process.Refresh();
                    at1M = process.WorkingSet64 / 1e6;
                }

                yield return row;
            }
        }
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
