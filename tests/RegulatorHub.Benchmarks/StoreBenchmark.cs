using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Testing;
using RegulatorHub.Testing.Cosmos;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// <c>store --provider cosmos --count N [--concurrency C] [--batch-size B]</c>: the Cosmos DB adapter's write rate
/// (complaint + cross-channel marker + numbering, idempotent creates, retries) against bare loops of SDK upserts (the
/// issue's baseline) and of SDK creates (what the store sends) of the same documents at the same concurrency, each run
/// before and after the store, which is compared with their mean; each on a fresh local server started by the
/// benchmark, after an untimed warm-up pass of the store and both loops; the request
/// charge per complaint where the server reports one; and the cold start of the analytics store (the whole change
/// feed from the beginning into <see cref="ComplaintFact"/>s).
/// </summary>
internal static class StoreBenchmark
{
    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var provider = arguments.GetString("provider", "cosmos");
        if (provider != "cosmos")
        {
            throw new ArgumentException($"--provider must be 'cosmos' (was '{provider}'); the SQLite store is measured by 'ingest'.");
        }

        var count = arguments.GetInt("count", 100_000);
        var concurrency = arguments.GetInt("concurrency", 32);
        var batchSize = arguments.GetInt("batch-size", 1_000);
        if (count < 1 || concurrency is < 1 or > 512 || batchSize is < 1 or > 10_000)
        {
            throw new ArgumentException("--count must be ≥ 1, --concurrency between 1 and 512, --batch-size between 1 and 10000.");
        }

        await Prerequisites.EnsureAsync(Prerequisites.Cosmos);
        Console.WriteLine($"Generating {count:N0} complaints…");
        var complaints = IngestWorkload.Create(count, 0).Complaints;
        Console.WriteLine($"  {complaints.Count:N0} distinct complaints");

        // An untimed pass of each first: the process compiles its code (tiered JIT, then again with profile data) and
        // opens its connections on the first documents it writes, which would otherwise count against whichever phase
        // runs first (measured: the same bare loop ran at 4,400 docs/s first and 6,000 docs/s second).
        var warmUp = complaints.Take(Math.Min(complaints.Count, 25_000)).ToList();
        Console.WriteLine($"Warming up on {warmUp.Count:N0} complaints (untimed)…");
        await BareWritesAsync(warmUp, concurrency, upsert: true);
        await BareWritesAsync(warmUp, concurrency, upsert: false);
        await StoreAsync(warmUp, concurrency, batchSize, crossChannelCheck: true);

        // The store is timed between the bare loops, which run in mirrored order after it, and compared with the mean of
        // each loop's two runs, so a machine that speeds up or slows down steadily during the run (other work, late
        // compilation) tilts neither ratio.
        var upsertBefore = await BareWritesAsync(complaints, concurrency, upsert: true);
        Console.WriteLine($"Bare SDK upserts: {upsertBefore:N0} docs/s");
        var createBefore = await BareWritesAsync(complaints, concurrency, upsert: false);
        Console.WriteLine($"Bare SDK creates: {createBefore:N0} docs/s");
        var (storeRate, charge, coldStart, factsRead, retries) = await StoreAsync(complaints, concurrency, batchSize, crossChannelCheck: true);
        Console.WriteLine($"Store: {storeRate:N0} complaints/s, cold start {coldStart:F2} s for {factsRead:N0} facts");
        var createAfter = await BareWritesAsync(complaints, concurrency, upsert: false);
        Console.WriteLine($"Bare SDK creates again: {createAfter:N0} docs/s");
        var upsertAfter = await BareWritesAsync(complaints, concurrency, upsert: true);
        Console.WriteLine($"Bare SDK upserts again: {upsertAfter:N0} docs/s");
        var bare = (upsertBefore + upsertAfter) / 2;
        var bareCreate = (createBefore + createAfter) / 2;
        Console.WriteLine($"Store at {storeRate / bare:P0} of the bare upserts' mean, {storeRate / bareCreate:P0} of the bare creates'");

        // The same without the cross-channel markers: how much of the gap is that check, and how much the rest of the
        // adapter (numbering, ordering, idempotency, retries).
        var (uncheckedRate, _, _, _, _) = await StoreAsync(complaints, concurrency, batchSize, crossChannelCheck: false);
        Console.WriteLine($"Store without the cross-channel check: {uncheckedRate:N0} complaints/s ({uncheckedRate / bare:P0} of bare)");

        var result = new Dictionary<string, object?>
        {
            ["benchmark"] = "store",
            ["provider"] = provider,
            ["count"] = complaints.Count,
            ["concurrency"] = concurrency,
            ["batchSize"] = batchSize,
            ["docsPerSec"] = Math.Round(storeRate, 1),
            ["bareDocsPerSec"] = Math.Round(bare, 1),
            ["bareDocsPerSecRuns"] = new[] { Math.Round(upsertBefore, 1), Math.Round(upsertAfter, 1) },
            ["ratioToBare"] = Math.Round(storeRate / bare, 3),
            ["bareCreateDocsPerSec"] = Math.Round(bareCreate, 1),
            ["bareCreateDocsPerSecRuns"] = new[] { Math.Round(createBefore, 1), Math.Round(createAfter, 1) },
            ["ratioToBareCreate"] = Math.Round(storeRate / bareCreate, 3),
            ["docsPerSecWithoutCrossChannelCheck"] = Math.Round(uncheckedRate, 1),
            ["ratioToBareWithoutCrossChannelCheck"] = Math.Round(uncheckedRate / bare, 3),
            ["requestChargePerComplaint"] = charge is { } c ? Math.Round(c, 2) : null,
            ["coldStartSeconds"] = Math.Round(coldStart, 2),
            ["factsRead"] = factsRead,
            ["retries"] = retries,
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return factsRead == complaints.Count ? 0 : 1;
    }

    private static CosmosStorageOptions OptionsFor(CosmosServer server, int concurrency) => new()
    {
        Endpoint = server.Endpoint,
        Key = CosmosServer.Key,
        Database = "bench",
        AcceptLoopbackCertificate = true,
        MaxConcurrency = concurrency,
    };

    // The baseline: the same documents the store writes (minus its numbering and markers), upserted or created with the
    // SDK at the same concurrency, nothing else.
    private static async Task<double> BareWritesAsync(IReadOnlyList<Complaint> complaints, int concurrency, bool upsert)
    {
        await using var server = await CosmosServer.StartAsync();
        var options = OptionsFor(server, concurrency);
        using var database = new CosmosDatabase(options);
        await database.InitializeAsync(CancellationToken.None);
        var container = database.Container(CosmosContainers.Complaints);
        var bodies = complaints.Select((c, i) =>
        {
            var bucket = CosmosKeys.BucketOf(c.SourceCaseId, options.PartitionBuckets);
            return (Key: new PartitionKeyBuilder().Add(c.Source).Add(bucket).Build(),
                Body: StreamBytes.ToBytes(ComplaintDocument.Write(c, new ComplaintDocument.StoreFields(bucket, i + 1, null, Guid.NewGuid().ToString("N")))));
        }).ToList();

        // A fixed set of loops, each taking the next document until none are left: `concurrency` requests in flight
        // and nothing else.
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < bodies.Count)
            {
                var item = bodies[index];
                var body = new MemoryStream(item.Body, writable: false);
                using var response = upsert
                    ? await container.UpsertItemStreamAsync(body, item.Key)
                    : await container.CreateItemStreamAsync(body, item.Key);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"Bare {(upsert ? "upsert" : "create")} failed: {(int)response.StatusCode}.");
                }
            }
        }));
        return bodies.Count / clock.Elapsed.TotalSeconds;
    }

    private static async Task<(double Rate, double? ChargePerComplaint, double ColdStartSeconds, int FactsRead, long Retries)> StoreAsync(
        IReadOnlyList<Complaint> complaints, int concurrency, int batchSize, bool crossChannelCheck)
    {
        await using var server = await CosmosServer.StartAsync();
        var options = OptionsFor(server, concurrency);
        options.CrossChannelCheck = crossChannelCheck;
        ChargeCounter? charges = null;
        using var database = new CosmosDatabase(options, decorateHandler: inner => charges = new ChargeCounter(inner));
        using var store = new CosmosComplaintStore(database);
        await store.InitializeAsync(CancellationToken.None);
        charges!.Reset();

        var clock = Stopwatch.StartNew();
        var stored = 0;
        foreach (var batch in complaints.Chunk(batchSize))
        {
            var outcomes = await store.AddAsync(batch, CancellationToken.None);
            stored += outcomes.Count(o => o.Kind == StoreOutcomeKind.Stored);
            if (stored % 20_000 < batchSize)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stored:N0} stored, {stored / clock.Elapsed.TotalSeconds:N0}/s"));
            }
        }

        var rate = complaints.Count / clock.Elapsed.TotalSeconds;
        var chargePerComplaint = charges.Reported ? charges.Total / complaints.Count : (double?)null;

        // Cold start: a new process (new client, nothing cached) reads the whole change feed into facts.
        using var restarted = new CosmosDatabase(options);
        var feed = new CosmosComplaintChangeFeed(restarted);
        var facts = new List<ComplaintFact>(complaints.Count);
        clock.Restart();
        string? checkpoint = null;
        while (true)
        {
            var page = await feed.ReadAsync(checkpoint, 1_000, CancellationToken.None);
            facts.AddRange(page.Facts);
            checkpoint = page.Checkpoint;
            if (page.CaughtUp)
            {
                break;
            }
        }

        var coldStart = clock.Elapsed.TotalSeconds;
        if (stored != complaints.Count)
        {
            Console.WriteLine($"  warning: {complaints.Count - stored:N0} reported as duplicates");
        }

        return (rate, chargePerComplaint, coldStart, facts.Count, database.Retry.Retries);
    }

    /// <summary>Sums the request charges the server reports (<c>x-ms-request-charge</c>) on every response.</summary>
    private sealed class ChargeCounter(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private double _total;
        private int _reported;

        public double Total => Volatile.Read(ref _total);

        public bool Reported => Volatile.Read(ref _reported) == 1;

        public void Reset() => Interlocked.Exchange(ref _total, 0);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("x-ms-request-charge", out var values)
                && double.TryParse(values.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var charge))
            {
                Volatile.Write(ref _reported, 1);
                double seen, updated;
                do
                {
                    seen = Volatile.Read(ref _total);
                    updated = seen + charge;
                }
                while (Interlocked.CompareExchange(ref _total, updated, seen) != seen);
            }

            return response;
        }
    }
}
