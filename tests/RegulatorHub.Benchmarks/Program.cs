using RegulatorHub.Benchmarks;

// Every benchmark prints progress lines and ends with one line holding one JSON object of its figures.
var benchmarks = new Dictionary<string, Func<BenchmarkArguments, Task<int>>>(StringComparer.Ordinal)
{
    ["ingest"] = IngestBenchmark.RunAsync,
    ["stages"] = StageProfile.RunAsync,
    ["pii-eval"] = PiiEvalBenchmark.RunAsync,
    ["cfpb-read"] = CfpbReadBenchmark.RunAsync,
    ["query"] = QueryBenchmark.RunAsync,
    ["forecast-eval"] = ForecastEvalBenchmark.RunAsync,
    ["store"] = StoreBenchmark.RunAsync,
    ["hotspot-eval"] = HotspotEvalBenchmark.RunAsync,
    ["ui"] = UiBenchmark.RunAsync,
    ["export"] = ExportBenchmark.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    await Console.Error.WriteLineAsync($"usage: RegulatorHub.Benchmarks <{string.Join('|', benchmarks.Keys)}> [--option value ...]");
    return 2;
}

try
{
    return await run(BenchmarkArguments.Parse(args.AsSpan(1)));
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}
