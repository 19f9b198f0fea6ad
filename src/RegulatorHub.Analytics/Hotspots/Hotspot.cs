using RegulatorHub.Analytics.Detection;
using RegulatorHub.Analytics.Facts;

namespace RegulatorHub.Analytics.Hotspots;

/// <summary>One series found unusually active in the scanned period, with everything needed to defend the finding.</summary>
/// <param name="Keys">The series: a key for each of its dimensions (a roll-up has fewer dimensions than the scan).</param>
/// <param name="Assessment">The detector's verdict and explanation (observed, expected, threshold, p-values, baseline).</param>
/// <param name="RecentPeriods">First day of each recent period, oldest first (for a mini chart).</param>
/// <param name="RecentCounts">The series' counts in those periods; the last is the scanned period.</param>
public sealed record Hotspot(
    IReadOnlyDictionary<FactDimension, string?> Keys,
    SeriesAssessment Assessment,
    IReadOnlyList<DateOnly> RecentPeriods,
    IReadOnlyList<double> RecentCounts)
{
    /// <summary>How many times the expected count was observed (∞ when nothing was expected).</summary>
    public double Ratio => Assessment.Explanation.Expected > 0
        ? Assessment.Explanation.Observed / Assessment.Explanation.Expected
        : double.PositiveInfinity;
}
