namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>Everything a program needs to build a valid statistics query.</summary>
/// <param name="Dimensions">Each dimension with its filter keys.</param>
/// <param name="RegionLevels">The values of <c>regionLevel</c>.</param>
/// <param name="Granularities">The values of <c>granularity</c> (<c>none</c>: totals over the range).</param>
/// <param name="MaxDimensions">The most dimensions one table may have.</param>
/// <param name="MaxCells">The most body cells one table may have.</param>
/// <param name="MaxSpanYears">The longest date range, in years.</param>
public sealed record StatisticsDimensionsResponse(
    IReadOnlyList<StatisticsDimensionResponse> Dimensions,
    IReadOnlyList<string> RegionLevels,
    IReadOnlyList<string> Granularities,
    int MaxDimensions,
    int MaxCells,
    int MaxSpanYears);
