using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Hotspots;

/// <summary>Which series to scan for hotspots and how.</summary>
/// <param name="By">
/// The finest series (1–3 dimensions, e.g. category × province × merchant); every roll-up (each non-empty subset of
/// the dimensions) is scanned too, so "food in Zhejiang" and "food" compete with "food in Zhejiang at merchant X".
/// </param>
/// <param name="Granularity">Period width of the series.</param>
/// <param name="Filter">Which facts count; its date range is replaced by the baseline history and the scanned period.</param>
/// <param name="AsOf">
/// A day in the period to score; <see langword="null"/> for the latest complete period of the data held.
/// </param>
/// <param name="Top">Hotspots to return (1–1,000), most significant first.</param>
/// <param name="FalseDiscoveryRate">Benjamini–Hochberg q across all series scanned (0–1, exclusive).</param>
public sealed record HotspotQuery(
    IReadOnlyList<FactDimension> By,
    TimeGranularity Granularity,
    FactFilter Filter,
    DateOnly? AsOf = null,
    int Top = 50,
    double FalseDiscoveryRate = 0.05);
