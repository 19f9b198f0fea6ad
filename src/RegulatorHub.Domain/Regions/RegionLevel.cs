namespace RegulatorHub.Domain.Regions;

/// <summary>The administrative level of a <see cref="Region"/>.</summary>
/// <remarks>
/// Chinese regions use <see cref="Province"/>, <see cref="City"/> and <see cref="County"/> (GB/T 2260 levels 1–3);
/// United States regions use <see cref="State"/>. <see cref="Country"/> exists for completeness; the shipped
/// gazetteer has no country rows.
/// </remarks>
public enum RegionLevel
{
    /// <summary>A country, coded by its ISO 3166-1 alpha-2 code (<c>CN</c>, <c>US</c>).</summary>
    Country,

    /// <summary>A Chinese province-level unit (省, 自治区, 直辖市, 特别行政区), coded <c>NN0000</c>.</summary>
    Province,

    /// <summary>A Chinese prefecture-level unit (地级市, 地区, 自治州, 盟), coded <c>NNNN00</c>.</summary>
    City,

    /// <summary>A Chinese county-level unit (市辖区, 县, 县级市, 自治县, 旗, …), coded <c>NNNNNN</c>.</summary>
    County,

    /// <summary>A United States state or the District of Columbia, coded <c>US-XX</c> (ISO 3166-2).</summary>
    State,
}
