using System.Text.Json;
using System.Text.Json.Serialization;

namespace RegulatorHub.Feeds.V1;

/// <summary>
/// Source-generated JSON metadata for the feed contract: no reflection on the ingestion hot path. Property names
/// are matched exactly (camelCase), as the schema defines them; case-insensitive matching costs parse time.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    PropertyNameCaseInsensitive = false,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(FeedMessage))]
public sealed partial class FeedJsonContext : JsonSerializerContext;
