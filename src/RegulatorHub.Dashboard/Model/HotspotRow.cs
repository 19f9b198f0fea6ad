namespace RegulatorHub.Dashboard.Model;

/// <summary>One hotspot as the overview lists it.</summary>
/// <param name="Series">Display names of the series' keys, e.g. "食品 Food · 浙江省 Zhejiang".</param>
/// <param name="Kind">Spike, burst-like spike, growing or emerging.</param>
/// <param name="Observed">Complaints in the scanned week.</param>
/// <param name="Expected">Complaints the baseline expected.</param>
/// <param name="Threshold">Count above which the week is unusual at the configured alpha.</param>
/// <param name="AdjustedPValue">Benjamini–Hochberg adjusted p-value.</param>
/// <param name="TopContribution">The sub-series carrying most of the excess, if any.</param>
public sealed record HotspotRow(string Series, string Kind, double Observed, double Expected, double Threshold, double AdjustedPValue, string? TopContribution);
