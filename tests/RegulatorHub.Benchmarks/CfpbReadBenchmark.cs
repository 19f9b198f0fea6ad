using System.Diagnostics;
using System.Text.Json;
using RegulatorHub.Ingestion.Sources.Cfpb;

namespace RegulatorHub.Benchmarks;

/// <summary>
/// <c>cfpb-read [--runs 3]</c>: rows per second reading and mapping the bundled CFPB sample (gzip), best of N runs
/// after a warm-up. Goal: ≥ 100,000 rows/s.
/// </summary>
internal static class CfpbReadBenchmark
{
    private const double Goal = 100_000;

    public static async Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var runs = arguments.GetInt("runs", 3);
        if (runs is < 1 or > 100)
        {
            throw new ArgumentException("--runs must be between 1 and 100.");
        }

        var path = SamplePath();
        await CountAsync(path);
        var best = TimeSpan.MaxValue;
        var rows = 0;
        for (var run = 0; run < runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            rows = await CountAsync(path);
            best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
            Console.WriteLine($"run {run + 1}: {rows:N0} rows in {stopwatch.Elapsed.TotalMilliseconds:N0} ms");
        }

        var perSecond = rows / best.TotalSeconds;
        Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["benchmark"] = "cfpb-read",
            ["rows"] = rows,
            ["bestMs"] = Math.Round(best.TotalMilliseconds, 1),
            ["rowsPerSec"] = Math.Round(perSecond),
            ["goalsMet"] = perSecond >= Goal,
        }));
        return 0;
    }

    private static async Task<int> CountAsync(string path)
    {
        await using var file = File.OpenRead(path);
        var count = 0;
        await foreach (var row in CfpbCsvReader.ReadAsync(file, new CfpbImportOptions { CompanyOverride = "Bank of America" }))
        {
            count += row.IsRejected ? 0 : 1;
        }

        return count;
    }

    // samples/cfpb/bofa_2017_2023.csv.gz, found by walking up to the folder that holds RegulatorHub.sln.
    private static string SamplePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RegulatorHub.sln")))
            {
                return Path.Combine(dir.FullName, "samples", "cfpb", "bofa_2017_2023.csv.gz");
            }
        }

        throw new InvalidOperationException("RegulatorHub.sln not found above " + AppContext.BaseDirectory);
    }
}
