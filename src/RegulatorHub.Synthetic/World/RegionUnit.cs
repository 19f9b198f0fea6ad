namespace RegulatorHub.Synthetic.World;

/// <summary>
/// A county-level unit complaints are placed in: a GB/T 2260 county, or a prefecture-level city that has no
/// counties under it (东莞市, 中山市, 儋州市, 嘉峪关市).
/// </summary>
/// <param name="Code">Six-digit GB/T 2260 code.</param>
/// <param name="Name">Its Chinese name.</param>
/// <param name="CityName">The prefecture-level city above it, or null under a municipality or province directly.</param>
/// <param name="ProvinceIndex">Index into <see cref="RegionTable.Provinces"/>.</param>
/// <param name="Weight">Relative resident weight within its province.</param>
/// <param name="NamesResolve">True when the gazetteer resolves its names back to this code, so it may be sent as names.</param>
/// <param name="IsLeafCity">True for a prefecture-level city without counties; its name goes in the city slot.</param>
internal sealed record RegionUnit(
    string Code, string Name, string? CityName, int ProvinceIndex, double Weight, bool NamesResolve, bool IsLeafCity)
{
    /// <summary>A short place word for merchant names: 杭州 for 杭州市, else the unit's own name without its suffix.</summary>
    public string PlaceWord { get; init; } = string.Empty;
}
