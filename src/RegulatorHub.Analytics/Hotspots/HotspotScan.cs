using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Hotspots;

/// <summary>The answer to a <see cref="HotspotQuery"/>.</summary>
/// <param name="Period">First day of the scanned period; <see langword="null"/> when there were no facts to scan.</param>
/// <param name="Granularity">Period width.</param>
/// <param name="Hotspots">Series that pass Benjamini–Hochberg at the requested rate, most significant first.</param>
/// <param name="SeriesScanned">Series considered across all roll-ups (the m of Benjamini–Hochberg).</param>
/// <param name="SeriesFitted">Series whose baseline was fitted; the others could not meet the minimum-count rule.</param>
/// <param name="Watermark">Change-feed checkpoint of the facts scanned.</param>
public sealed record HotspotScan(
    DateOnly? Period, TimeGranularity Granularity, IReadOnlyList<Hotspot> Hotspots, int SeriesScanned, int SeriesFitted, string? Watermark);
