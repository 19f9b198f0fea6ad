namespace RegulatorHub.Dashboard.Maps;

/// <summary>The shape of an embedded <c>Maps/Data/*.json</c> file, as <c>eng/maps/build-maps.mjs</c> writes it.</summary>
internal sealed class MapDataFile
{
    public string Id { get; init; } = string.Empty;

    public List<MapDataFeature> Features { get; init; } = [];
}
