namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>One dimension a table can be grouped by, and the keys its filter parameter accepts.</summary>
/// <param name="Name">The dimension's name in <c>dimensions</c>, which is also its filter parameter.</param>
/// <param name="Description">What it counts by.</param>
/// <param name="Keys">The filter keys (for merchants, the requested page of them).</param>
/// <param name="Paging">For merchants only: where the page of keys stands.</param>
public sealed record StatisticsDimensionResponse(string Name, string Description, IReadOnlyList<StatisticsFilterKeyResponse> Keys, PageInfo? Paging);
