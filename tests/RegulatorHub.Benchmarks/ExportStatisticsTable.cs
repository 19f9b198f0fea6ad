using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Exports;
using RegulatorHub.Hosting;
using RegulatorHub.Storage.Sqlite;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// The statistics half of the <c>export</c> benchmark: loads the analytics facts out of the benchmark's SQLite store the
/// way the dashboard does at start, builds statistics tables through the real <see cref="StatisticsTableBuilder"/> and
/// writes each through the real file writers into byte-counting streams.
/// </summary>
/// <remarks>
/// The services are composed by the same registrations the dashboard uses (<c>AddSqliteStorage</c>,
/// <c>AddRegulatorHubAnalytics</c>, <c>AddStatisticsExports</c>) over the benchmark's open database. The snapshot path
/// points at a file that never exists, so every run loads the facts from the store's change feed from its beginning
/// (what a first start or a refused snapshot costs) and the load time is comparable between runs.
/// </remarks>
internal static class ExportStatisticsTable
{
    /// <summary>Measures the fact load, then the tables; the figures go under <c>statisticsTable</c> in the JSON line.</summary>
    /// <param name="database">The benchmark's store, left open.</param>
    /// <param name="newSink">A fresh stream that counts the bytes written to it.</param>
    public static async Task<Dictionary<string, object?>> MeasureAsync(SqliteDatabase database, Func<Stream> newSink)
    {
        var folder = Path.GetDirectoryName(database.Path)!;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{StorageOptions.SectionName}:DataDirectory"] = folder,
                [$"{AnalyticsOptions.SectionName}:SnapshotPath"] = Path.Combine(folder, "never-saved", "complaint-facts.bin"),
            })
            .Build();
        var services = new ServiceCollection();

        // Registered as an instance so the container neither opens a second database nor disposes the benchmark's.
        services.AddSingleton(database);
        services.TryAddSingleton(RegionGazetteer.Default);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSqliteStorage();
        services.AddRegulatorHubAnalytics(configuration);
        services.AddStatisticsExports();
        await using var provider = services.BuildServiceProvider();

        using var process = Process.GetCurrentProcess();
        var loader = provider.GetRequiredService<ComplaintFactLoader>();
        var clock = Stopwatch.StartNew();
        await loader.LoadAsync(CancellationToken.None);
        var factLoadSeconds = clock.Elapsed.TotalSeconds;

        // What the loaded store keeps, not the change feed's pages it read on the way (garbage a later collection frees).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var workingSetMB = process.WorkingSet64 / 1e6;

        var analytics = provider.GetRequiredService<ComplaintAnalytics>();
        var coverage = analytics.Coverage();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {coverage.Facts:N0} facts loaded from the change feed in {factLoadSeconds:F1} s ({coverage.Facts / factLoadSeconds:N0}/s); working set after a collection {workingSetMB:F0} MB"));
        var figures = new Dictionary<string, object?>
        {
            ["factSource"] = "change feed (no snapshot)",
            ["factsLoaded"] = coverage.Facts,
            ["factLoadSeconds"] = Math.Round(factLoadSeconds, 2),
            ["workingSetMBAfterFactLoadAndCollection"] = Math.Round(workingSetMB, 1),
        };
        if (coverage.FirstDay is not { } first || coverage.LastDay is not { } last)
        {
            figures["tables"] = "not measured: the store holds no facts";
            return figures;
        }

        // The data's whole range, cut to the last ten years the builder allows.
        var from = last.AddYears(-StatisticsDefinition.MaxSpanYears) > first ? last.AddYears(-StatisticsDefinition.MaxSpanYears) : first;
        figures["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        figures["to"] = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var builder = provider.GetRequiredService<StatisticsTableBuilder>();
        var writers = provider.GetRequiredService<StatisticsFileWriters>();

        var byChannel = new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Category, StatisticsDimension.Region, StatisticsDimension.Channel],
            RegionLevel = StatisticsRegionLevel.Province,
            From = from,
            To = last,
        };
        figures["categoryProvinceChannel"] = await TableAsync(builder, writers, byChannel, newSink);

        var weekly = new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Category, StatisticsDimension.Region],
            RegionLevel = StatisticsRegionLevel.Province,
            Granularity = TimeGranularity.Week,
            From = from,
            To = last,
        };
        figures["categoryProvinceWeekly"] = await TableAsync(builder, writers, weekly, newSink);

        // The weekly layout measured on a table that fits, should the one above be refused for its size.
        figures["provinceWeekly"] = await TableAsync(builder, writers, weekly with { Dimensions = [StatisticsDimension.Region] }, newSink);
        return figures;
    }

    private static async Task<Dictionary<string, object?>> TableAsync(
        StatisticsTableBuilder builder, StatisticsFileWriters writers, StatisticsDefinition definition, Func<Stream> newSink)
    {
        var query = StatisticsDefinitionParser.ToQueryString(definition);
        // Built twice: the first includes compiling the code paths this definition takes, the second is what a running
        // server pays; both are reported.
        var clock = Stopwatch.StartNew();
        var built = await builder.BuildAsync(definition, CancellationToken.None);
        var firstBuildSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        built = await builder.BuildAsync(definition, CancellationToken.None);
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var figures = new Dictionary<string, object?>
        {
            ["query"] = query,
            ["buildSeconds"] = Math.Round(buildSeconds, 3),
            ["firstBuildSeconds"] = Math.Round(firstBuildSeconds, 3),
        };

        // A refusal (too many cells) is a real outcome of the builder, reported as such rather than as a failure.
        if (!built.Succeeded)
        {
            figures["refused"] = string.Join("; ", built.Errors.Select(e => e.Parameter + ": " + e.Message));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {query}: refused in {buildSeconds:F2} s: {figures["refused"]}"));
            return figures;
        }

        var metadata = built.Table.Metadata;
        figures["rows"] = metadata.RowCount;
        figures["columns"] = metadata.ColumnCount;
        figures["cells"] = metadata.CellCount;
        figures["suppressedCells"] = metadata.SuppressedCount;
        figures["factsCounted"] = metadata.FactsCounted;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {query}: {metadata.RowCount:N0} x {metadata.ColumnCount:N0} = {metadata.CellCount:N0} cells, {metadata.SuppressedCount:N0} suppressed, built (cube + suppression) in {buildSeconds:F2} s (first build {firstBuildSeconds:F2} s)"));

        var files = new Dictionary<string, object?>();
        foreach (var format in writers.Formats.Order())
        {
            // Written twice, like the build: the first write of a format compiles its writer (and its library's) code.
            var (_, firstMilliseconds) = await WriteAsync(writers.For(format), built.Table, newSink);
            var (bytes, milliseconds) = await WriteAsync(writers.For(format), built.Table, newSink);
            files[StatisticsExportService.FormatName(format)] = new Dictionary<string, object?>
            {
                ["bytes"] = bytes,
                ["writeMilliseconds"] = Math.Round(milliseconds, 1),
                ["firstWriteMilliseconds"] = Math.Round(firstMilliseconds, 1),
            };
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {StatisticsExportService.FormatName(format)}: {bytes:N0} bytes in {milliseconds:F0} ms (first write {firstMilliseconds:F0} ms)"));
        }

        figures["files"] = files;
        return figures;
    }

    private static async Task<(long Bytes, double Milliseconds)> WriteAsync(IStatisticsFileWriter writer, StatisticsTable table, Func<Stream> newSink)
    {
        await using var sink = newSink();
        var clock = Stopwatch.StartNew();
        await writer.WriteAsync(table, sink, CancellationToken.None);
        return (sink.Length, clock.Elapsed.TotalMilliseconds);
    }
}
