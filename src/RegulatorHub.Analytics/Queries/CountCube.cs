using RegulatorHub.Analytics.Facts;

namespace RegulatorHub.Analytics.Queries;

/// <summary>The answer to a <see cref="CubeQuery"/>: one row per group with any facts, largest first.</summary>
/// <param name="By">The grouping dimensions, in the order of each row's keys.</param>
/// <param name="Periods">First day of each period, oldest first; empty for a cube without periods.</param>
/// <param name="Rows">Groups with at least one fact, by total descending, then keys.</param>
/// <param name="Total">Facts counted.</param>
/// <param name="Watermark">Change-feed checkpoint of the facts counted.</param>
public sealed record CountCube(
    IReadOnlyList<FactDimension> By, IReadOnlyList<DateOnly> Periods, IReadOnlyList<CubeRow> Rows, long Total, string? Watermark);
