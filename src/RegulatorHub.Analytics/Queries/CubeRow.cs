namespace RegulatorHub.Analytics.Queries;

/// <summary>One group of a <see cref="CountCube"/>.</summary>
/// <param name="Keys">The group's key per grouping dimension; <see langword="null"/> for "not stated".</param>
/// <param name="Counts">Facts per period (one element for a cube without periods).</param>
/// <param name="Total">Sum of <paramref name="Counts"/>.</param>
public sealed record CubeRow(IReadOnlyList<string?> Keys, IReadOnlyList<long> Counts, long Total);
