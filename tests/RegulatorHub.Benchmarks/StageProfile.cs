using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Parsing;
using RegulatorHub.Ingestion.Privacy;
using RegulatorHub.Ingestion.Validation;
using RegulatorHub.Synthetic;

namespace RegulatorHub.Benchmarks;

/// <summary><c>stages --count N</c>: time per message of each CPU stage of the pipeline, to see where time goes.</summary>
internal static class StageProfile
{
    public static Task<int> RunAsync(BenchmarkArguments arguments)
    {
        var count = arguments.GetInt("count", 200_000);
        var bodies = new SyntheticFeedGenerator(SyntheticFeedOptions.Default with { Complaints = count })
            .Generate().Select(c => FeedMessageSerializer.Serialize(c.Message)).ToList();
        var validator = new FeedMessageValidator(TimeProvider.System);
        var pseudonymizer = new ComplainantPseudonymizer(RandomNumberGenerator.GetBytes(32));
        var privacy = new PersonalDataFilter(pseudonymizer, Options.Create(new IngestionOptions()));
        var normalizer = new ComplaintNormalizer(CrosswalkCatalog.Default, RegionGazetteer.Default, pseudonymizer);
        var figures = new Dictionary<string, object> { ["benchmark"] = "stages", ["count"] = count };

        for (var round = 0; round < 2; round++)
        {
            var parse = Stopwatch.StartNew();
            var messages = bodies.Select(b => FeedMessageParser.TryParse(b, out _)!).ToList();
            parse.Stop();
            var validate = Stopwatch.StartNew();
            foreach (var m in messages)
            {
                validator.Validate(m);
            }

            validate.Stop();
            var errors = new List<FieldError>();
            var scrub = Stopwatch.StartNew();
            var removed = messages.Select(m => privacy.Apply(m, errors) ?? PersonalDataCounts.None).ToList();
            scrub.Stop();
            var normalize = Stopwatch.StartNew();
            for (var i = 0; i < messages.Count; i++)
            {
                normalizer.Normalize(messages[i], removed[i], errors);
            }

            normalize.Stop();
            figures["parseUs"] = Math.Round(parse.Elapsed.TotalMicroseconds / count, 2);
            figures["validateUs"] = Math.Round(validate.Elapsed.TotalMicroseconds / count, 2);
            figures["privacyUs"] = Math.Round(scrub.Elapsed.TotalMicroseconds / count, 2);
            figures["normalizeUs"] = Math.Round(normalize.Elapsed.TotalMicroseconds / count, 2);
        }

        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(figures));
        return Task.FromResult(0);
    }
}
