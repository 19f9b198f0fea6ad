using System.Text.Json;
using System.Text.Json.Serialization;

namespace RegulatorHub.Feeds.V1;

/// <summary>Source-generated JSON metadata for the feed contract: no reflection on the ingestion hot path.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(FeedMessage))]
public sealed partial class FeedJsonContext : JsonSerializerContext;
