namespace RegulatorHub.Application.Analytics;

/// <summary>What the analytics store holds right now: how many facts, the days they span and the watermark they reach.</summary>
/// <param name="Facts">Complaint facts held.</param>
/// <param name="FirstDay">Earliest received day, or <see langword="null"/> when there are none.</param>
/// <param name="LastDay">Latest received day, or <see langword="null"/> when there are none.</param>
/// <param name="Watermark">Change-feed checkpoint the facts reach; it changes whenever new complaints arrive.</param>
public sealed record FactCoverage(long Facts, DateOnly? FirstDay, DateOnly? LastDay, string? Watermark);
