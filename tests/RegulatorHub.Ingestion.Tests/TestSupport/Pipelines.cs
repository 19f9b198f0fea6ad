using System.Security.Cryptography;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Pipeline;

namespace RegulatorHub.Ingestion.Tests.TestSupport;

/// <summary>Stages built over the shipped reference data, with a fixed clock.</summary>
internal static class Pipelines
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static readonly byte[] Key = SHA256.HashData("test key, not a secret"u8);

    public static TimeProvider Clock { get; } = new FixedClock(Now);

    public static ComplaintNormalizer Normalizer(byte[]? key = null) =>
        new(CrosswalkCatalog.Default, RegionGazetteer.Default, new ComplainantPseudonymizer(key ?? Key));

    public static FeedMessageProcessor Processor(IngestionOptions? options = null) => FeedMessageProcessor.CreateDefault(Key, Clock, options);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
