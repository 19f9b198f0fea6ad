namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// The cross-series decision: Benjamini Y, Hochberg Y (1995), "Controlling the false discovery rate", JRSS B 57(1):289–300.
/// With m p-values sorted ascending p(1) ≤ … ≤ p(m), the adjusted value of p(i) is min over j ≥ i of m·p(j)/j (capped at 1);
/// rejecting every adjusted value ≤ q keeps the expected share of false hotspots among those reported at most q
/// (for independent or positively dependent tests).
/// </summary>
public static class HotspotRanking
{
    /// <summary>Adjusts the p-values of one scan and decides which assessments are hotspots.</summary>
    /// <param name="assessments">One assessment per series (all at the same period, or any set tested together).</param>
    /// <param name="falseDiscoveryRate">q in (0, 1).</param>
    /// <returns>
    /// The assessments ordered by p-value, most significant first, each with
    /// <see cref="SeriesAssessment.AdjustedPValue"/> set and <see cref="SeriesAssessment.IsHotspot"/> true when the adjusted
    /// value is ≤ q and the series passed the minimum-count rule.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="falseDiscoveryRate"/> is not in (0, 1).</exception>
    public static IReadOnlyList<SeriesAssessment> Apply(IReadOnlyList<SeriesAssessment> assessments, double falseDiscoveryRate)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        if (falseDiscoveryRate is not (> 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(falseDiscoveryRate), falseDiscoveryRate, "The false discovery rate must be in (0, 1).");
        }

        var m = assessments.Count;
        var order = new int[m];
        var p = new double[m];
        for (var i = 0; i < m; i++)
        {
            order[i] = i;

            // A missing p-value counts as no evidence, so it still takes its place in m.
            var value = assessments[i].Explanation.PValue;
            p[i] = double.IsNaN(value) ? 1 : Math.Clamp(value, 0, 1);
        }

        Array.Sort(p, order);
        var adjusted = new double[m];
        var running = 1.0;
        for (var rank = m; rank >= 1; rank--)
        {
            running = Math.Min(running, p[rank - 1] * m / rank);
            adjusted[rank - 1] = running;
        }

        var result = new SeriesAssessment[m];
        for (var rank = 0; rank < m; rank++)
        {
            var assessment = assessments[order[rank]];
            result[rank] = assessment with
            {
                AdjustedPValue = adjusted[rank],
                IsHotspot = adjusted[rank] <= falseDiscoveryRate && assessment.Explanation.MinimumCountMet,
            };
        }

        return result;
    }
}
