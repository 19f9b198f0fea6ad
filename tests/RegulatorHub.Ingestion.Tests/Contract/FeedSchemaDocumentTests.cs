using System.Reflection;
using System.Text.Json;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Ingestion.Tests.Contract;

/// <summary>The published JSON Schema and the C# contract must say the same thing.</summary>
public sealed class FeedSchemaDocumentTests
{
    private static readonly JsonElement s_schema = LoadSchema();

    [Fact]
    public void Schema_NamesTheContractVersion() =>
        Assert.Equal(FeedSchema.V1, s_schema.GetProperty("properties").GetProperty("schema").GetProperty("const").GetString());

    [Fact]
    public void Schema_PropertiesAreExactlyTheMessageProperties()
    {
        var documented = s_schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var implemented = typeof(FeedMessage).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).ToHashSet();

        Assert.Equal(implemented, documented);
    }

    [Fact]
    public void Schema_ClosedVocabulariesMatchTheCode()
    {
        var properties = s_schema.GetProperty("properties");

        Assert.Equal(FeedVocabulary.Channels.Keys.Order(), Enum(properties.GetProperty("channel")));
        Assert.Equal(FeedVocabulary.Statuses.Keys.Order(), Enum(properties.GetProperty("status")));
        Assert.Equal(FeedVocabulary.Outcomes.Keys.Order(), Enum(properties.GetProperty("outcome")));
        Assert.Equal(FeedVocabulary.IdTypes.Order(), Enum(properties.GetProperty("complainant").GetProperty("properties").GetProperty("idType")));
        Assert.Equal(new[] { FeedVocabulary.HotlineKind, FeedVocabulary.PlatformKind }.Order(), Enum(properties.GetProperty("kind")));
    }

    private static IEnumerable<string> Enum(JsonElement property) =>
        property.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);

    private static JsonElement LoadSchema()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var path = Path.Combine(directory.FullName, "docs", "schemas", "complaint-feed.v1.schema.json");
            if (File.Exists(path))
            {
                return JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();
            }
        }

        throw new FileNotFoundException("docs/schemas/complaint-feed.v1.schema.json not found above the test's folder.");
    }
}
