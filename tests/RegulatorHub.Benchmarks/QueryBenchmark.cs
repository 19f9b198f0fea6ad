using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// <c>query --complaints N [--queries Q] [--merchants M]</c>: latency of analytics queries over N synthetic complaint
/// facts under random filter sets — a 3-dimension count, the weekly category × province series a hotspot ranking
/// scans, and the whole ranking (series, roll-ups, baselines, Benjamini–Hochberg) — with the two aggregations also run
/// in DuckDB over the same rows in the same run; plus memory per complaint.
/// </summary>
internal static class QueryBenchmark
{
    private const int Seed = 2315;

    public static Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var count = arguments.GetInt("complaints", 10_000_000);
        var queries = arguments.GetInt("queries", 60);
        var merchants = arguments.GetInt("merchants", 50_000);
        if (count < 1_000 || queries < 5 || merchants < 1)
        {
            throw new ArgumentException("--complaints must be ≥ 1000, --queries ≥ 5, --merchants ≥ 1.");
        }

        Console.WriteLine($"Loading {count:N0} synthetic complaint facts into the analytics store…");
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var store = new ComplaintFactStore(RegionGazetteer.Default);
        ForEachBatch(count, merchants, (batch, end) => store.Append(batch, end.ToString(CultureInfo.InvariantCulture)));
        var loadSeconds = clock.Elapsed.TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var bytesPerComplaint = (double)(after - before) / count;
        Console.WriteLine($"  {loadSeconds:F1} s; {bytesPerComplaint:F1} bytes per complaint ({(after - before) / 1_048_576.0:F0} MB)");

        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        Console.WriteLine("Loading the same facts into DuckDB…");
        clock.Restart();
        LoadDuckDb(duck, count, merchants);
        Console.WriteLine($"  {clock.Elapsed.TotalSeconds:F1} s");
        var filters = RandomFilters(new QueryFacts(Seed, merchants), queries);
        var engine = new FactQueryEngine(RegionPopulation.Default);
        var snapshot = store.Snapshot();
        long checksumOurs = 0, checksumDuck = 0;

        var ours3 = Measure(filters, f => checksumOurs += engine.Count(snapshot, new CubeQuery([FactDimension.Category, FactDimension.Province, FactDimension.Channel], null, f), default).Total);
        var duck3 = Measure(filters, f => checksumDuck += DuckCount(duck, f, "category, province, channel"));
        var oursSeries = Measure(filters, f => checksumOurs += engine.Count(snapshot, new CubeQuery([FactDimension.Category, FactDimension.Province], TimeGranularity.Week, SeriesWindow(f)), default).Total);
        var duckSeries = Measure(filters, f => checksumDuck += DuckCount(duck, SeriesWindow(f), "category, province, day // 7"));
        // The aggregation alone of a hotspot scan: five years of weeks (the detector's baseline reach) at the same filters.
        var oursHotspotCube = Measure(filters, f => engine.Count(snapshot, new CubeQuery([FactDimension.Category, FactDimension.Province], TimeGranularity.Week, f with { From = f.To!.Value.AddDays(-7 * 265) }), default));
        var scanner = new HotspotScanner(engine);
        long hotspotsFound = 0;
        var oursHotspots = Measure(filters, f => hotspotsFound += scanner.Scan(snapshot, new HotspotQuery([FactDimension.Category, FactDimension.Province], TimeGranularity.Week, f, AsOf: f.To), default).Hotspots.Count);
        if (checksumOurs != checksumDuck)
        {
            throw new InvalidOperationException($"The two engines counted differently ({checksumOurs:N0} vs {checksumDuck:N0}).");
        }

        Console.WriteLine($"3-dimension count: ours p50 {ours3.P50:F1} ms p95 {ours3.P95:F1} ms; DuckDB p50 {duck3.P50:F1} ms p95 {duck3.P95:F1} ms");
        Console.WriteLine($"Hotspot ranking (category × province and roll-ups, weekly, Farrington-flexible + BH): p50 {oursHotspots.P50:F1} ms p95 {oursHotspots.P95:F1} ms ({hotspotsFound:N0} hotspots over {filters.Count} scans)");
        Console.WriteLine($"Weekly category × province series: ours p50 {oursSeries.P50:F1} ms p95 {oursSeries.P95:F1} ms; DuckDB p50 {duckSeries.P50:F1} ms p95 {duckSeries.P95:F1} ms");

        var figures = new Dictionary<string, object>
        {
            ["benchmark"] = "query",
            ["complaints"] = count,
            ["queries"] = queries,
            ["bytesPerComplaint"] = Math.Round(bytesPerComplaint, 1),
            ["loadSeconds"] = Math.Round(loadSeconds, 1),
            ["count3P50Ms"] = Math.Round(ours3.P50, 2),
            ["count3P95Ms"] = Math.Round(ours3.P95, 2),
            ["duckdbCount3P50Ms"] = Math.Round(duck3.P50, 2),
            ["duckdbCount3P95Ms"] = Math.Round(duck3.P95, 2),
            ["count3RatioP50"] = Math.Round(ours3.P50 / duck3.P50, 3),
            ["seriesP50Ms"] = Math.Round(oursSeries.P50, 2),
            ["seriesP95Ms"] = Math.Round(oursSeries.P95, 2),
            ["duckdbSeriesP50Ms"] = Math.Round(duckSeries.P50, 2),
            ["duckdbSeriesP95Ms"] = Math.Round(duckSeries.P95, 2),
            ["seriesRatioP50"] = Math.Round(oursSeries.P50 / duckSeries.P50, 3),
            ["seriesRatioP95"] = Math.Round(oursSeries.P95 / duckSeries.P95, 3),
            ["count3RatioP95"] = Math.Round(ours3.P95 / duck3.P95, 3),
            ["hotspotP50Ms"] = Math.Round(oursHotspots.P50, 2),
            ["hotspotP95Ms"] = Math.Round(oursHotspots.P95, 2),
            ["hotspotCubeP50Ms"] = Math.Round(oursHotspotCube.P50, 2),
            ["hotspotCubeP95Ms"] = Math.Round(oursHotspotCube.P95, 2),
        };
        Console.WriteLine(JsonSerializer.Serialize(figures));
        return Task.FromResult(0);
    }

    private static void ForEachBatch(int count, int merchants, Action<List<ComplaintFact>, int> handle)
    {
        var facts = new QueryFacts(Seed, merchants);
        for (var start = 0; start < count; start += 100_000)
        {
            var size = Math.Min(100_000, count - start);
            handle(facts.Next(size, start, count), start + size);
        }
    }

    private static void LoadDuckDb(DuckDBConnection connection, int count, int merchants)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE facts (day INTEGER, category VARCHAR, issue VARCHAR, county VARCHAR, city VARCHAR, province VARCHAR,
                    merchant VARCHAR, platform VARCHAR, channel VARCHAR, source VARCHAR)
                """;
            create.ExecuteNonQuery();
        }

        // DuckDB gets every region level as its own column, so it pays nothing for the hierarchy our store derives.
        var gazetteer = RegionGazetteer.Default;
        var levels = new Dictionary<string, (string? City, string Province)>(StringComparer.Ordinal);
        using var appender = connection.CreateAppender("facts");
        ForEachBatch(count, merchants, (batch, _) =>
        {
            foreach (var fact in batch)
            {
                if (!levels.TryGetValue(fact.RegionCode!, out var level))
                {
                    var region = gazetteer.Find(fact.RegionCode!)!;
                    levels[fact.RegionCode!] = level = (gazetteer.AncestorsOf(region).FirstOrDefault(a => a.Level == RegionLevel.City)?.Code, gazetteer.ProvinceCodeOf(region.Code));
                }

                appender.CreateRow()
                    .AppendValue((int)FactDays.Encode(fact.ReceivedDate)) // a ushort would be appended as another type
                    .AppendValue(fact.SubjectCode)
                    .AppendValue(fact.IssueCode)
                    .AppendValue(fact.RegionCode)
                    .AppendValue(level.City)
                    .AppendValue(level.Province)
                    .AppendValue(fact.MerchantKey)
                    .AppendValue(fact.Platform)
                    .AppendValue(fact.Channel.ToString())
                    .AppendValue(fact.Source)
                    .EndRow();
            }
        });
    }

    private static long DuckCount(DuckDBConnection connection, FactFilter filter, string groupBy)
    {
        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"SELECT {groupBy}, count(*) AS n FROM facts WHERE day BETWEEN {FactDays.Encode(filter.From!.Value)} AND {FactDays.Encode(filter.To!.Value)}");
        foreach (var (dimension, keys) in filter.Keys)
        {
            var column = dimension switch
            {
                FactDimension.Category => "category",
                FactDimension.Province => "province",
                FactDimension.Channel => "channel",
                FactDimension.Platform => "platform",
                _ => throw new ArgumentOutOfRangeException(nameof(filter)),
            };
            sql.Append(CultureInfo.InvariantCulture, $" AND {column} IN ({string.Join(',', keys.Select(k => "'" + k + "'"))})");
        }

        sql.Append(CultureInfo.InvariantCulture, $" GROUP BY {groupBy}");
        using var command = connection.CreateCommand();
        command.CommandText = sql.ToString();
        using var reader = command.ExecuteReader();
        long total = 0;
        var countColumn = reader.FieldCount - 1;
        while (reader.Read())
        {
            total += reader.GetInt64(countColumn);
        }

        return total;
    }

    // A hotspot ranking looks back two years from the end of the chosen range, at the same filters.
    private static FactFilter SeriesWindow(FactFilter filter) => filter with { From = filter.To!.Value.AddDays(-728) };

    private static List<FactFilter> RandomFilters(QueryFacts facts, int count)
    {
        var random = new Random(Seed + 1);
        string[] provinces = [.. RegionGazetteer.Default.Provinces.Select(p => p.Code).Where(code => RegionPopulation.Default.TryGetPopulation(code, out _))];
        var filters = new List<FactFilter>(count);
        for (var i = 0; i < count; i++)
        {
            var to = QueryFacts.FirstDay.AddDays(random.Next(400, QueryFacts.Days));
            var filter = FactFilter.All.Between(to.AddDays(-random.Next(27, 365)), to);
            if (random.Next(2) == 0)
            {
                filter = filter.Where(FactDimension.Category, facts.Categories.OrderBy(_ => random.Next()).Take(random.Next(1, 4)));
            }

            if (random.Next(2) == 0)
            {
                filter = filter.Where(FactDimension.Province, provinces.OrderBy(_ => random.Next()).Take(random.Next(1, 4)));
            }

            if (random.Next(10) < 3)
            {
                filter = filter.Where(FactDimension.Channel, facts.Channels.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(c => c.ToString()));
            }

            if (random.Next(10) < 3)
            {
                filter = filter.Where(FactDimension.Platform, facts.Platforms.OrderBy(_ => random.Next()).Take(random.Next(1, 3)));
            }

            filters.Add(filter);
        }

        return filters;
    }

    private static (double P50, double P95) Measure(List<FactFilter> filters, Action<FactFilter> run)
    {
        // One untimed pass warms the JIT and caches for both engines alike.
        foreach (var filter in filters.Take(5))
        {
            run(filter);
        }

        var times = new List<double>(filters.Count);
        foreach (var filter in filters)
        {
            var clock = Stopwatch.StartNew();
            run(filter);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (Percentile(times, 0.50), Percentile(times, 0.95));
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
