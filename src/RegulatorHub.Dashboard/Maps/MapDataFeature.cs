namespace RegulatorHub.Dashboard.Maps;

/// <summary>One feature of an embedded map file: region code (or null), source name, rings of lon/lat pairs.</summary>
internal sealed class MapDataFeature
{
    public string? Key { get; init; }

    public string Name { get; init; } = string.Empty;

    /// <summary>Each ring is flat: lon, lat, lon, lat, … (degrees).</summary>
    public List<double[]> Rings { get; init; } = [];
}
