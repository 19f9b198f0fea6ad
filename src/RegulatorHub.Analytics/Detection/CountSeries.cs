namespace RegulatorHub.Analytics.Detection;

/// <summary>One count series to scan: counts per period, oldest first, zero-filled where nothing happened.</summary>
/// <param name="Key">Caller's identifier of the series, copied to its assessments.</param>
/// <param name="Counts">Non-negative whole counts per period; the last element is the most recent period.</param>
public sealed record CountSeries(string Key, ReadOnlyMemory<double> Counts);
