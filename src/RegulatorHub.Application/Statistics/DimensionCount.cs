namespace RegulatorHub.Application.Statistics;

/// <summary>One group of a count: its key, a display label when one is known, and the count.</summary>
/// <param name="Key">The code or key grouped by; empty when the complaint had no value.</param>
/// <param name="Label">A label for people (merchant name, region name), or <see langword="null"/>.</param>
/// <param name="Count">Complaints in the group.</param>
public sealed record DimensionCount(string Key, string? Label, long Count);
