using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Amqp;
using Amqp.Framing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Hosting;
using RegulatorHub.Hosting.Publishing;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Testing;
using RegulatorHub.Testing.Brokers;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// <c>ingest --broker rabbitmq --count N [--batch-size B] [--link-credit C]</c>: the ingestion worker draining a
/// queue of N feed messages on a real RabbitMQ node into a fresh SQLite store, against a bare AMQP receive-and-accept
/// loop draining the same N messages from the same broker in the same run. Starts and stops its own broker.
/// </summary>
internal static class BrokerIngestBenchmark
{
    private const string Queue = "complaints";

    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var count = arguments.GetInt("count", 200_000);
        var batchSize = arguments.GetInt("batch-size", 2_000);
        var linkCredit = arguments.GetInt("link-credit", 5_000);
        if (count < 1 || batchSize is < 1 or > 10_000 || linkCredit is < 1 or > 10_000)
        {
            throw new ArgumentException("--count must be ≥ 1, --batch-size and --link-credit between 1 and 10000.");
        }

        await Prerequisites.EnsureAsync(Prerequisites.RabbitMq);
        var root = Directory.CreateTempSubdirectory("regulatorhub-bench-broker-");
        await using var broker = new RabbitMqBroker();
        try
        {
            Console.WriteLine("Starting RabbitMQ…");
            await broker.StartAsync();
            await broker.DeclareQueueAsync(Queue);

            Console.WriteLine($"Generating {count:N0} feed messages…");
            var workload = IngestWorkload.Create(count, malformedShare: 0);
            var settings = Settings(broker, root.FullName, batchSize, linkCredit);

            var publishRate = await FillQueueAsync(settings, workload);
            Console.WriteLine($"Published {count:N0} ({publishRate:N0}/s); bare receive-and-accept…");
            var raw = await RawReceiveAsync(broker, count, linkCredit);
            Console.WriteLine($"Bare receive-and-accept: {raw:N0} messages/s");

            await FillQueueAsync(settings, workload);
            Console.WriteLine("Queue filled again; worker draining it…");
            var pipeline = await RunWorkerAsync(settings, count, workload.UniqueValid);
            Console.WriteLine($"Worker: {pipeline.PerSecond:N0} complaints/s ({pipeline.Elapsed.TotalSeconds:F2} s)");

            var (rows, distinct) = await CountStoredAsync(Path.Combine(root.FullName, "regulatorhub.db"));
            var figures = new Dictionary<string, object>
            {
                ["benchmark"] = "ingest",
                ["broker"] = "rabbitmq",
                ["count"] = count,
                ["batchSize"] = batchSize,
                ["linkCredit"] = linkCredit,
                ["complaintsPerSec"] = Math.Round(pipeline.PerSecond),
                ["elapsedSec"] = Math.Round(pipeline.Elapsed.TotalSeconds, 3),
                ["rawBrokerReceivePerSec"] = Math.Round(raw),
                ["ratio"] = Math.Round(pipeline.PerSecond / raw, 3),
                ["publishPerSec"] = Math.Round(publishRate),
                ["stored"] = rows,
                ["expectedStored"] = workload.UniqueValid,
                ["resendsRecognized"] = pipeline.Snapshot.Duplicates,
                ["deadLettered"] = pipeline.Snapshot.DeadLettered,
                ["lost"] = workload.UniqueValid - distinct,
                ["duplicates"] = rows - distinct,
            };
            Console.WriteLine(JsonSerializer.Serialize(figures));
            return rows == workload.UniqueValid && distinct == rows ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            await broker.DisposeAsync();
            root.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string?> Settings(RabbitMqBroker broker, string dataDirectory, int batchSize, int linkCredit) => new()
    {
        ["Messaging:Provider"] = "Amqp",
        ["Messaging:Amqp:Profile"] = "RabbitMq",
        ["Messaging:Amqp:ConnectionString"] = broker.AmqpUri,
        ["Messaging:Amqp:QueueName"] = Queue,
        ["Messaging:Amqp:LinkCredit"] = linkCredit.ToString(CultureInfo.InvariantCulture),
        ["Storage:DataDirectory"] = dataDirectory,
        ["Ingestion:BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
        ["Seed:OnFirstStart"] = "false",
    };

    private static IHost BuildHost(Dictionary<string, string?> settings, bool runWorker)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration["Ingestion:RunWorker"] = runWorker ? "true" : "false";
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRegulatorHubCore(builder.Configuration);
        builder.Services.AddRegulatorHubIngestion(builder.Configuration);
        return builder.Build();
    }

    private static async Task<double> FillQueueAsync(Dictionary<string, string?> settings, IngestWorkload workload)
    {
        using var host = BuildHost(settings, runWorker: false);
        var sender = new FeedSender(host.Services.GetRequiredService<IFeedPublisher>());
        var stopwatch = Stopwatch.StartNew();
        await sender.SendAsync(workload.Messages.ToAsyncEnumerable(), ratePerSecond: null, progress: null, CancellationToken.None);
        return workload.Messages.Count / stopwatch.Elapsed.TotalSeconds;
    }

    // The limit the worker is measured against: AMQPNetLite with the same credit, accepting each message as it
    // arrives and doing nothing else.
    private static async Task<double> RawReceiveAsync(RabbitMqBroker broker, int count, int linkCredit)
    {
        var connection = await Connection.Factory.CreateAsync(new Address(broker.AmqpUri));
        try
        {
            var session = new Session(connection);
            var receiver = new ReceiverLink(session, "bare-receiver", new Source { Address = "/amq/queue/" + Queue }, null);
            receiver.SetCredit(linkCredit, autoRestore: true);
            var stopwatch = Stopwatch.StartNew();
            for (var received = 0; received < count; received++)
            {
                var message = await receiver.ReceiveAsync(TimeSpan.FromSeconds(30))
                    ?? throw new TimeoutException($"Only {received:N0} of {count:N0} messages arrived.");
                receiver.Accept(message);
            }

            var perSecond = count / stopwatch.Elapsed.TotalSeconds;
            await receiver.CloseAsync();
            await session.CloseAsync();
            return perSecond;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    // Done when every distinct complaint is newly stored and every message settled; "settled" alone also counts
    // redeliveries recognized as already stored, so it can reach the count before the last complaint is in.
    private static async Task<(TimeSpan Elapsed, double PerSecond, IngestionSnapshot Snapshot)> RunWorkerAsync(Dictionary<string, string?> settings, int count, long expectedStored)
    {
        using var host = BuildHost(settings, runWorker: true);
        var counters = host.Services.GetRequiredService<IngestionCounters>();
        var stopwatch = Stopwatch.StartNew();
        await host.StartAsync();
        var timeout = Stopwatch.StartNew();
        while (counters.Snapshot() is var progress && (progress.Stored < expectedStored || progress.Settled < count))
        {
            if (timeout.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"The worker settled {counters.Snapshot().Settled:N0} of {count:N0} messages in 10 minutes.");
            }

            await Task.Delay(5);
        }

        stopwatch.Stop();
        await host.StopAsync();
        return (stopwatch.Elapsed, count / stopwatch.Elapsed.TotalSeconds, counters.Snapshot());
    }

    private static async Task<(long Rows, long Distinct)> CountStoredAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT source || ':' || source_case_id) FROM complaints";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }
}
