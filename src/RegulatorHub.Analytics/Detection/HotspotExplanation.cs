namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// Why a period was (or was not) flagged: the numbers a reviewer needs to judge the alarm.
/// <see cref="Observed"/>, <see cref="Expected"/> and <see cref="Threshold"/> cover the same
/// <see cref="PeriodsCovered"/> periods ending at the assessed one (1 for a spike, several for a growing trend).
/// </summary>
public sealed record HotspotExplanation
{
    /// <summary>Count observed over the covered periods.</summary>
    public required double Observed { get; init; }

    /// <summary>Count expected over the covered periods from the baseline model.</summary>
    public required double Expected { get; init; }

    /// <summary>Upper bound of the baseline at the configured alpha: the count must exceed it to raise an alarm.</summary>
    public required double Threshold { get; init; }

    /// <summary>One-sided p-value P(count ≥ observed) under the baseline model, in [0, 1]; 1 when not assessable.</summary>
    public required double PValue { get; init; }

    /// <summary>Variance-to-mean ratio of the baseline (1 = Poisson), used for the threshold.</summary>
    public required double Dispersion { get; init; }

    /// <summary>Periods the baseline was estimated from.</summary>
    public required BaselineWindow BaselineWindow { get; init; }

    /// <summary>How many periods, ending at the assessed one, <see cref="Observed"/> and <see cref="Expected"/> cover.</summary>
    public required int PeriodsCovered { get; init; }

    /// <summary>Method that produced the figures.</summary>
    public required DetectionMethod Method { get; init; }

    /// <summary>True when the baseline model kept a linear trend term (it is kept only when significant).</summary>
    public bool TrendIncluded { get; init; }

    /// <summary>
    /// Count over the minimum-count window (see <see cref="DetectionOptions.MinimumCountPeriods"/>); an alarm needs at least
    /// <see cref="DetectionOptions.MinimumCount"/>.
    /// </summary>
    public double RecentCount { get; init; }

    /// <summary>True when <see cref="RecentCount"/> reaches <see cref="DetectionOptions.MinimumCount"/>; sparse series below it never alarm.</summary>
    public bool MinimumCountMet { get; init; }

    /// <summary>Sub-dimension values behind the hotspot; empty until a caller with access to the store fills it in.</summary>
    public IReadOnlyList<HotspotContribution> Contributions { get; init; } = [];
}
