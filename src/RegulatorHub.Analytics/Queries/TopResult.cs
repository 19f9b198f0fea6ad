namespace RegulatorHub.Analytics.Queries;

/// <summary>The answer to a <see cref="TopQuery"/>.</summary>
/// <param name="Items">The largest groups, by count descending, then key.</param>
/// <param name="Total">All filtered facts in the period (the denominator of every share).</param>
/// <param name="PreviousTotal">All filtered facts in the previous period.</param>
/// <param name="Watermark">Change-feed checkpoint of the facts counted.</param>
public sealed record TopResult(IReadOnlyList<TopItem> Items, long Total, long PreviousTotal, string? Watermark);
