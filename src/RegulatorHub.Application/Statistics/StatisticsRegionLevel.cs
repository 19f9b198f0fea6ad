namespace RegulatorHub.Application.Statistics;

/// <summary>The level at which <see cref="StatisticsDimension.Region"/> groups consumers' regions.</summary>
/// <remarks>A United States state counts as a province; it has no city or county below it in the facts.</remarks>
public enum StatisticsRegionLevel
{
    /// <summary>Province (or US state), API name <c>province</c>.</summary>
    Province = 1,

    /// <summary>Prefecture-level city, API name <c>city</c>.</summary>
    City = 2,

    /// <summary>County-level region, API name <c>county</c>.</summary>
    County = 3,
}
