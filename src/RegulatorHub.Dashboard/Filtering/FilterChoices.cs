using RegulatorHub.Analytics.Facts;

namespace RegulatorHub.Dashboard.Filtering;

/// <summary>The keys the filter bar offers per dimension: those present in the data, most frequent first.</summary>
/// <param name="Options">Choices per dimension.</param>
/// <param name="Watermark">Change-feed checkpoint they were read at.</param>
public sealed record FilterChoices(IReadOnlyDictionary<FactDimension, IReadOnlyList<FilterOption>> Options, string? Watermark)
{
    /// <summary>Before the analytics store is ready: nothing to offer yet.</summary>
    public static FilterChoices Empty { get; } = new(new Dictionary<FactDimension, IReadOnlyList<FilterOption>>(), null);

    /// <summary>The choices of one dimension (empty when none are known).</summary>
    public IReadOnlyList<FilterOption> For(FactDimension dimension) => Options.TryGetValue(dimension, out var options) ? options : [];
}
