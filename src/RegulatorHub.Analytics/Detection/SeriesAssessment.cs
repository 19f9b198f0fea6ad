namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// The verdict on one period of one series. <see cref="IsAlarm"/> is the per-series decision at the configured alpha;
/// <see cref="HotspotRanking.Apply"/> adds the cross-series decision (<see cref="AdjustedPValue"/>, <see cref="IsHotspot"/>).
/// </summary>
public sealed record SeriesAssessment
{
    /// <summary>Caller's identifier of the series (e.g. <c>category=bank|region=CA</c>); may be empty.</summary>
    public string SeriesKey { get; init; } = string.Empty;

    /// <summary>Index of the assessed period in the series passed to the detector.</summary>
    public required int PeriodIndex { get; init; }

    /// <summary>Kind of unusual activity; <see cref="HotspotKind.None"/> when there is no alarm.</summary>
    public required HotspotKind Kind { get; init; }

    /// <summary>True when the count exceeds the threshold and the minimum-count rule holds, judged on this series alone.</summary>
    public required bool IsAlarm { get; init; }

    /// <summary>The figures behind the verdict.</summary>
    public required HotspotExplanation Explanation { get; init; }

    /// <summary>Benjamini–Hochberg adjusted p-value across the ranked series; NaN until <see cref="HotspotRanking.Apply"/> runs.</summary>
    public double AdjustedPValue { get; init; } = double.NaN;

    /// <summary>True when the series passes the minimum-count rule and its adjusted p-value is within the false discovery rate.</summary>
    public bool IsHotspot { get; init; }
}
