using RegulatorHub.Analytics.Facts;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Filtering;

/// <summary>Which level of region a breakdown shows under a region filter: one level finer than the filter.</summary>
public static class RegionDrill
{
    /// <summary>Provinces with no region filter; a province's cities; a city's counties (a county stays at counties).</summary>
    public static FactDimension Below(string? region, RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (region is null || !gazetteer.TryGet(region, out var entry))
        {
            return FactDimension.Province;
        }

        return entry.Level switch
        {
            RegionLevel.Province => FactDimension.City,
            RegionLevel.City or RegionLevel.County => FactDimension.County,
            _ => FactDimension.Province,
        };
    }
}
