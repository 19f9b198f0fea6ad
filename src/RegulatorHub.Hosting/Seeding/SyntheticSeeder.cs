using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Storage;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Synthetic;

namespace RegulatorHub.Hosting.Seeding;

/// <summary>
/// Loads the synthetic dataset through the real feed path (serialize → queue → worker → store), so a seeded
/// store looks exactly like one filled by live feeds.
/// </summary>
/// <remarks>
/// Seeding is resumable: the parameters (including the end date, fixed at the first attempt) are stored before
/// publishing starts, and completion is recorded after the worker has settled every message. An interrupted run
/// is repeated with the same parameters on the next start; re-sent messages are recognized as duplicates.
/// </remarks>
public sealed partial class SyntheticSeeder(
    IComplaintStore store,
    IFeedPublisher publisher,
    IngestionCounters counters,
    TimeProvider timeProvider,
    ILogger<SyntheticSeeder> logger)
{
    /// <summary>Metadata key holding <c>started</c> or <c>completed</c>.</summary>
    public const string StateKey = "seed.state";

    /// <summary>Metadata key holding the parameters of the seeded dataset.</summary>
    public const string ParametersKey = "seed.parameters";

    private static readonly TimeSpan s_chinaOffset = TimeSpan.FromHours(8);

    /// <summary>Seeds when the store was never seeded and is empty, or when an earlier seeding was interrupted.</summary>
    /// <param name="options">How much to generate and with which seed.</param>
    /// <param name="force">Seed even if the store already holds other data (the CLI's explicit <c>seed</c>); a completed seeding is never repeated.</param>
    /// <param name="progress">Receives progress about every 2%.</param>
    /// <param name="cancellationToken">Stops publishing; already published messages are still stored.</param>
    public async Task<SeedResult> SeedAsync(SeedOptions options, bool force, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        var state = await store.GetMetadataAsync(StateKey, cancellationToken);
        if (state == "completed")
        {
            return new SeedResult(true, 0, 0, 0, 0, TimeSpan.Zero);
        }

        if (state is null && !force && (await store.GetSummaryAsync(cancellationToken)).Complaints > 0)
        {
            LogStoreNotEmpty(logger);
            return new SeedResult(true, 0, 0, 0, 0, TimeSpan.Zero);
        }

        var generatorOptions = await FixParametersAsync(options, state, cancellationToken);
        await store.SetMetadataAsync(StateKey, "started", cancellationToken);
        LogSeeding(logger, generatorOptions.Complaints, generatorOptions.Start, generatorOptions.End, generatorOptions.Seed);

        var stopwatch = Stopwatch.StartNew();
        var before = counters.Snapshot();
        var generator = new SyntheticFeedGenerator(generatorOptions);
        long published = 0, total = generatorOptions.Complaints;
        var step = Math.Max(1, total / 50);
        foreach (var item in generator.Generate())
        {
            var message = item.Message;
            var body = FeedMessageSerializer.Serialize(message);
            await publisher.PublishAsync(
                new OutboundFeedMessage(FeedMessageSerializer.MessageIdFor(message.Source!, message.CaseId!), body, FeedSchema.ContentType),
                cancellationToken);
            if (++published % step == 0)
            {
                var settled = counters.Snapshot().Settled - before.Settled;
                progress?.Report(new SeedProgress(published, total, settled));
                if (published % (step * 10) == 0)
                {
                    var elapsedSeconds = stopwatch.Elapsed.TotalSeconds;
                    LogProgress(logger, published, total, settled, elapsedSeconds);
                }
            }
        }

        // Completion means stored, not merely queued.
        while (counters.Snapshot().Settled - before.Settled < published)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), timeProvider, cancellationToken);
        }

        var after = counters.Snapshot();
        await store.SetMetadataAsync(StateKey, "completed", cancellationToken);
        var result = new SeedResult(
            false,
            published,
            after.Stored - before.Stored,
            after.Duplicates - before.Duplicates,
            after.Quarantined - before.Quarantined,
            stopwatch.Elapsed);
        progress?.Report(new SeedProgress(published, total, published));
        var seconds = result.Elapsed.TotalSeconds;
        var rate = result.Stored / Math.Max(seconds, 0.001);
        LogSeeded(logger, result.Stored, result.Duplicates, result.Quarantined, seconds, rate);
        return result;
    }

    private async Task<SyntheticFeedOptions> FixParametersAsync(SeedOptions options, string? state, CancellationToken cancellationToken)
    {
        // Resume with the parameters of the interrupted run, so the same messages are generated again.
        if (state == "started" && await store.GetMetadataAsync(ParametersKey, cancellationToken) is { } saved)
        {
            var parts = saved.Split(';').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
            return SyntheticFeedOptions.Default with
            {
                Seed = int.Parse(parts["seed"], CultureInfo.InvariantCulture),
                Complaints = int.Parse(parts["complaints"], CultureInfo.InvariantCulture),
                Start = DateOnly.ParseExact(parts["start"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                End = DateOnly.ParseExact(parts["end"], "yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
        }

        // "Today" on the hotlines' clock, so the last days of data are not in their future.
        var end = options.EndDate ?? DateOnly.FromDateTime(timeProvider.GetUtcNow().ToOffset(s_chinaOffset).DateTime);
        var generatorOptions = SyntheticFeedOptions.Default with
        {
            Seed = options.RandomSeed,
            Complaints = options.Complaints,
            Start = end.AddYears(-options.Years).AddDays(1),
            End = end,
        };
        var text = string.Create(CultureInfo.InvariantCulture, $"seed={generatorOptions.Seed};complaints={generatorOptions.Complaints};start={generatorOptions.Start:yyyy-MM-dd};end={generatorOptions.End:yyyy-MM-dd}");
        await store.SetMetadataAsync(ParametersKey, text, cancellationToken);
        return generatorOptions;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store already holds complaints that were not seeded; first-start seeding skipped")]
    private static partial void LogStoreNotEmpty(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding {Complaints} synthetic complaints from {Start} to {End} (seed {Seed})")]
    private static partial void LogSeeding(ILogger logger, int complaints, DateOnly start, DateOnly end, int seed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding: {Published}/{Total} published, {Settled} stored, {Seconds:F1} s")]
    private static partial void LogProgress(ILogger logger, long published, long total, long settled, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding finished: {Stored} stored, {Duplicates} duplicates, {Quarantined} quarantined in {Seconds:F1} s ({Rate:F0} complaints/s)")]
    private static partial void LogSeeded(ILogger logger, long stored, long duplicates, long quarantined, double seconds, double rate);
}
