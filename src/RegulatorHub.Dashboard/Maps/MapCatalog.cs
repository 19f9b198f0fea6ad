using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Maps;

/// <summary>
/// The choropleth maps embedded in this assembly (<c>Maps/Data/*.json</c>, see <c>SOURCE.md</c> there): <c>cn</c>
/// (China by province), each province code (that province's cities, or districts and counties) and <c>us</c> (states
/// and DC). Register as a singleton.
/// </summary>
/// <remarks>
/// A map is read, projected and turned into SVG path strings the first time it is asked for, then kept for the life
/// of the process: about 2 MB of JSON in all, so even every map at once is small, and nothing is paid for maps no one
/// opens. Thread-safe; a map is built at most once even when two circuits ask for it together.
/// </remarks>
public sealed class MapCatalog
{
    /// <summary>The map of China by province-level region.</summary>
    public const string China = "cn";

    /// <summary>The map of US states and DC.</summary>
    public const string UnitedStates = "us";

    private const string ResourcePrefix = "RegulatorHub.Dashboard.Maps.Data.";
    private const string ResourceSuffix = ".json";

    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    // Far-away land gets a box of its own (fractions of the main layer): Alaska and Hawaii below California and
    // Arizona, 三沙市's scattered islands south-east of Hainan island.
    private static readonly Dictionary<string, MapInset[]> s_insets = new(StringComparer.Ordinal)
    {
        [UnitedStates] = [new("US-AK", 0.0, 0.72, 0.22, 0.34), new("US-HI", 0.22, 0.86, 0.12, 0.16)],
        ["460000"] = [new("460300", 0.70, 0.55, 0.30, 0.45)],
    };

    private readonly RegionGazetteer _gazetteer;
    private readonly HashSet<string> _mapIds;
    private readonly ConcurrentDictionary<string, Lazy<MapShape>> _maps = new(StringComparer.Ordinal);

    /// <summary>Creates the catalog; names come from the gazetteer, so they match the rest of the dashboard.</summary>
    public MapCatalog(RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _mapIds = typeof(MapCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^ResourceSuffix.Length])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The ids of all embedded maps, in no particular order.</summary>
    public IReadOnlyCollection<string> MapIds => _mapIds;

    /// <summary>Gets a map by id: <c>cn</c>, a province code such as <c>440000</c>, or <c>us</c>.</summary>
    /// <returns><see langword="false"/> when no such map is embedded.</returns>
    public bool TryGet(string mapId, [NotNullWhen(true)] out MapShape? map)
    {
        ArgumentNullException.ThrowIfNull(mapId);
        if (!_mapIds.Contains(mapId))
        {
            map = null;
            return false;
        }

        map = _maps.GetOrAdd(mapId, id => new Lazy<MapShape>(() => Load(id), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        return true;
    }

    private MapShape Load(string mapId)
    {
        using var stream = typeof(MapCatalog).Assembly.GetManifestResourceStream(ResourcePrefix + mapId + ResourceSuffix)
            ?? throw new InvalidOperationException($"Map '{mapId}' is listed but its resource cannot be opened.");
        var file = JsonSerializer.Deserialize<MapDataFile>(stream, s_json)
            ?? throw new InvalidDataException($"Map '{mapId}' is empty.");
        return MapProjection.Project(file, DisplayName, s_insets.GetValueOrDefault(mapId, []));
    }

    /// <summary>The gazetteer's names, both languages where it has two (<c>广东省 · Guangdong</c>); the source's name
    /// for features without a code.</summary>
    private string DisplayName(MapDataFeature feature) =>
        feature.Key is { } key && _gazetteer.TryGet(key, out var region)
            ? region.NameEn is { } english ? $"{region.NameZh} · {english}" : region.NameZh
            : feature.Name;
}
