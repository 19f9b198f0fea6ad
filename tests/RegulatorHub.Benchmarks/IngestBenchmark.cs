using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Hosting;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Storage.Sqlite;
using RegulatorHub.Synthetic;
using RegulatorHub.Synthetic.Malformed;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// <c>ingest --broker embedded --count N [--malformed F] [--batch-size B]</c>: end-to-end ingestion throughput
/// (publish → parse → validate → normalize → de-duplicate → store) against a bare prepared-statement insert of the
/// same rows into a fresh SQLite file with the same schema, measured in the same run.
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var broker = arguments.GetString("broker", "embedded");
        if (broker == "rabbitmq")
        {
            return await BrokerIngestBenchmark.RunAsync(arguments);
        }

        if (broker != "embedded")
        {
            throw new ArgumentException($"--broker must be 'embedded' or 'rabbitmq' (was '{broker}').");
        }

        var count = arguments.GetInt("count", 1_000_000);
        var malformedShare = arguments.GetDouble("malformed", 0);
        var batchSize = arguments.GetInt("batch-size", 2_000);
        if (count < 1 || malformedShare > 1 || batchSize is < 1 or > 10_000)
        {
            throw new ArgumentException("--count must be ≥ 1, --malformed between 0 and 1, --batch-size between 1 and 10000.");
        }

        var root = Directory.CreateTempSubdirectory("regulatorhub-bench-");
        try
        {
            Console.WriteLine($"Generating {count:N0} feed messages ({malformedShare:P0} malformed)…");
            var workload = IngestWorkload.Create(count, malformedShare);
            Console.WriteLine($"  {workload.Messages.Count:N0} messages, {workload.UniqueValid:N0} distinct valid complaints, {workload.Malformed:N0} malformed, {workload.TotalBytes / 1_048_576.0:F0} MB");

            var pipeline = await RunPipelineAsync(Path.Combine(root.FullName, "pipeline"), workload, batchSize);
            Console.WriteLine($"Pipeline: {pipeline.PerSecond:N0} complaints/s ({pipeline.Elapsed.TotalSeconds:F2} s)");

            var storeOnly = await StoreOnlyAsync(Path.Combine(root.FullName, "store", "store.db"), workload.Complaints, batchSize);
            Console.WriteLine($"Store alone (de-duplicate + store, no parsing): {storeOnly:N0} rows/s");

            var bare = BareInsert(Path.Combine(root.FullName, "bare", "bare.db"), workload.Complaints, batchSize);
            Console.WriteLine($"Bare insert: {bare.PerSecond:N0} rows/s ({bare.Elapsed.TotalSeconds:F2} s)");

            var figures = new Dictionary<string, object>
            {
                ["benchmark"] = "ingest",
                ["broker"] = broker,
                ["count"] = count,
                ["batchSize"] = batchSize,
                ["complaintsPerSec"] = Math.Round(pipeline.PerSecond),
                ["elapsedSec"] = Math.Round(pipeline.Elapsed.TotalSeconds, 3),
                ["stored"] = pipeline.StoredRows,
                ["duplicates"] = pipeline.Duplicates,
                ["quarantined"] = pipeline.QuarantinedRows,
                ["expectedStored"] = workload.UniqueValid,
                ["expectedQuarantined"] = workload.Malformed,
                ["lost"] = pipeline.Lost,
                ["bareInsertPerSec"] = Math.Round(bare.PerSecond),
                ["processOnlyPerSec"] = Math.Round(workload.ProcessPerSecond),
                ["storeOnlyPerSec"] = Math.Round(storeOnly),
                ["ratio"] = Math.Round(pipeline.PerSecond / bare.PerSecond, 3),
            };
            Console.WriteLine(JsonSerializer.Serialize(figures));
            return pipeline.Lost == 0 && pipeline.StoredRows == workload.UniqueValid && pipeline.QuarantinedRows == workload.Malformed ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            root.Delete(recursive: true);
        }
    }

    private static async Task<PipelineFigures> RunPipelineAsync(string dataDirectory, IngestWorkload workload, int batchSize)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Ingestion:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
            ["Seed:OnFirstStart"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRegulatorHubCore(builder.Configuration);
        builder.Services.AddRegulatorHubIngestion(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();

        var publisher = host.Services.GetRequiredService<IFeedPublisher>();
        var counters = host.Services.GetRequiredService<IngestionCounters>();
        var stopwatch = Stopwatch.StartNew();
        foreach (var message in workload.Messages)
        {
            await publisher.PublishAsync(message, CancellationToken.None);
        }

        while (counters.Snapshot().Settled < workload.Messages.Count)
        {
            await Task.Delay(5);
        }

        stopwatch.Stop();
        var snapshot = counters.Snapshot();
        var summary = await host.Services.GetRequiredService<IComplaintStore>().GetSummaryAsync(CancellationToken.None);
        await host.StopAsync();

        // Lost = published messages that are in neither the store nor the quarantine nor recognized as re-sends.
        var lost = workload.Messages.Count - summary.Complaints - summary.Quarantined - snapshot.Duplicates;
        return new PipelineFigures(stopwatch.Elapsed, workload.Messages.Count / stopwatch.Elapsed.TotalSeconds, summary.Complaints, snapshot.Duplicates, summary.Quarantined, lost);
    }

    // Stage 4–5 alone: the store's de-duplicating writer fed already-normalized complaints.
    private static async Task<double> StoreOnlyAsync(string path, IReadOnlyList<Complaint> complaints, int batchSize)
    {
        await using var database = new SqliteDatabase(path);
        using var store = new SqliteComplaintStore(database);
        await store.InitializeAsync(CancellationToken.None);
        var stopwatch = Stopwatch.StartNew();
        for (var start = 0; start < complaints.Count; start += batchSize)
        {
            var batch = new List<Complaint>(batchSize);
            for (var i = start; i < Math.Min(complaints.Count, start + batchSize); i++)
            {
                batch.Add(complaints[i]);
            }

            await store.AddAsync(batch, CancellationToken.None);
        }

        return complaints.Count / stopwatch.Elapsed.TotalSeconds;
    }

    // The limit the pipeline is measured against: the same rows, same schema and pragmas, same batch size, written
    // by a bare loop of one prepared INSERT with nothing else around it.
    private static (TimeSpan Elapsed, double PerSecond) BareInsert(string path, IReadOnlyList<Complaint> complaints, int batchSize)
    {
        var database = new SqliteDatabase(path);
        database.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var connection = database.OpenReaderAsync(CancellationToken.None).GetAwaiter().GetResult();
        using var insert = connection.CreateCommand();
        insert.CommandText = SqliteSchema.InsertComplaint;
        var names = new[]
        {
            "$source", "$case", "$kind", "$at", "$offset", "$date", "$channel", "$subject", "$issue", "$scat", "$sissue",
            "$region", "$province", "$merchant", "$platform", "$order", "$amount", "$currency", "$narrative",
            "$removed", "$complainant", "$status", "$outcome", "$dup",
        };
        var p = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
        insert.Prepare();

        var stopwatch = Stopwatch.StartNew();
        for (var start = 0; start < complaints.Count; start += batchSize)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            var end = Math.Min(complaints.Count, start + batchSize);
            for (var i = start; i < end; i++)
            {
                var c = complaints[i];
                p[0].Value = c.Source;
                p[1].Value = c.SourceCaseId;
                p[2].Value = (int)c.SourceKind;
                p[3].Value = c.ReceivedAt.ToUnixTimeMilliseconds();
                p[4].Value = (int)c.ReceivedAt.Offset.TotalMinutes;
                p[5].Value = ComplaintRowWriter.ToDateKey(c.ReceivedDate);
                p[6].Value = (int)c.Channel;
                p[7].Value = c.SubjectCode;
                p[8].Value = c.IssueCode;
                p[9].Value = (object?)c.SourceCategory ?? DBNull.Value;
                p[10].Value = (object?)c.SourceIssue ?? DBNull.Value;
                p[11].Value = (object?)c.ConsumerRegionCode ?? DBNull.Value;
                p[12].Value = (object?)RegionCodes.ProvinceOf(c.ConsumerRegionCode) ?? DBNull.Value;
                p[13].Value = (object?)c.Merchant?.Key.Value ?? DBNull.Value;
                p[14].Value = (object?)c.Platform ?? DBNull.Value;
                p[15].Value = (object?)c.OrderReference ?? DBNull.Value;
                p[16].Value = c.Amount is { } amount ? decimal.ToInt64(amount.Amount * 100m) : DBNull.Value;
                p[17].Value = (object?)c.Amount?.Currency ?? DBNull.Value;
                p[18].Value = (object?)c.Narrative ?? DBNull.Value;
                p[19].Value = c.PersonalDataRemoved.Total == 0 ? DBNull.Value : c.PersonalDataRemoved.ToString();
                p[20].Value = (object?)c.ComplainantPseudonym ?? DBNull.Value;
                p[21].Value = (int)c.Status;
                p[22].Value = c.Outcome is { } outcome ? (int)outcome : DBNull.Value;
                p[23].Value = DBNull.Value;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        stopwatch.Stop();
        database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return (stopwatch.Elapsed, complaints.Count / stopwatch.Elapsed.TotalSeconds);
    }

    private sealed record PipelineFigures(TimeSpan Elapsed, double PerSecond, long StoredRows, long Duplicates, long QuarantinedRows, long Lost);
}
