using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Queries;

/// <summary>Counts of the filtered facts by up to three dimensions, optionally per period.</summary>
/// <param name="By">Dimensions to group by (0–3, each once); none gives the grand total.</param>
/// <param name="Granularity">Period width, or <see langword="null"/> for totals over the whole range.</param>
/// <param name="Filter">Which facts count; a per-period cube without a date range spans the data held.</param>
public sealed record CubeQuery(IReadOnlyList<FactDimension> By, TimeGranularity? Granularity, FactFilter Filter);
