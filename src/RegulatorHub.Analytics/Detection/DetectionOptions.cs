using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Detection;

/// <summary>
/// Settings of <see cref="HotspotDetector"/>. Defaults are those of Noufaily et al. (2013), "A comparison of statistical
/// outbreak detection methods", Statistics in Medicine 32(7):1206–1222, for weekly data; use
/// <see cref="For(TimeGranularity)"/> for other granularities. Immutable; call <see cref="Validate"/> (the detector does).
/// </summary>
public sealed record DetectionOptions
{
    /// <summary>Weekly defaults.</summary>
    public static DetectionOptions Weekly { get; } = new();

    /// <summary>Periods in one seasonal cycle (52 for weeks, 12 for months).</summary>
    public int PeriodsPerYear { get; init; } = 52;

    /// <summary>Years of history the baseline reaches back (Noufaily's b); fewer are used when the series is shorter.</summary>
    public int YearsBack { get; init; } = 5;

    /// <summary>Half-width w of the window around the same period in earlier years (the window holds 2w + 1 periods).</summary>
    public int WindowHalfWidth { get; init; } = 3;

    /// <summary>Levels of the seasonal factor: the windows around the same period form one, the gaps between them share the rest.</summary>
    public int SeasonalLevels { get; init; } = 10;

    /// <summary>Most recent periods left out of the baseline so a current outbreak does not raise its own expectation.</summary>
    public int PastPeriodsExcluded { get; init; } = 26;

    /// <summary>Anscombe residuals above this are down-weighted as past outbreaks.</summary>
    public double ReweightingThreshold { get; init; } = 2.58;

    /// <summary>Two-sided significance level a linear trend must reach to be kept.</summary>
    public double TrendSignificance { get; init; } = 0.05;

    /// <summary>A trend is considered only when the baseline spans at least this many years.</summary>
    public int MinimumYearsForTrend { get; init; } = 3;

    /// <summary>One-sided level of the per-series threshold: an alarm needs P(count ≥ observed) ≤ alpha.</summary>
    public double Alpha { get; init; } = 0.01;

    /// <summary>Minimum-count rule: no alarm unless the last <see cref="MinimumCountPeriods"/> periods hold at least this many.</summary>
    public double MinimumCount { get; init; } = 5;

    /// <summary>Periods, ending at the assessed one, the minimum-count rule sums over.</summary>
    public int MinimumCountPeriods { get; init; } = 4;

    /// <summary>Periods, ending at the assessed one, tested together for a sustained rise (<see cref="HotspotKind.Growing"/>); 0 turns the test off.</summary>
    public int GrowingPeriods { get; init; } = 4;

    /// <summary>Periods, ending at the assessed one, whose total is tested as a burst (a spike spread over them); below 2 turns the test off.</summary>
    public int BurstPeriods { get; init; } = 2;

    /// <summary>
    /// Share of <see cref="Alpha"/> given to the burst test (weighted Bonferroni). Most of alpha stays with the spike test:
    /// in hotspot-eval, shares of ¼ each cost more single-period power than the window tests gained.
    /// </summary>
    public double BurstAlphaShare { get; init; } = 0.1;

    /// <summary>
    /// Share of <see cref="Alpha"/> given to the growing test (weighted Bonferroni; the spike test gets the rest). Small by
    /// default because a sustained rise accumulates evidence over several periods and needs less of it.
    /// </summary>
    public double GrowingAlphaShare { get; init; } = 0.1;

    /// <summary>A series whose baseline mean is at most this is treated as new (<see cref="HotspotKind.Emerging"/>).</summary>
    public double EmergingBaselineMean { get; init; } = 0.1;

    /// <summary>Fewest earlier periods needed to assess a series that has less than one seasonal cycle of history.</summary>
    public int MinimumHistoryPeriods { get; init; } = 8;

    /// <summary>Defaults for a granularity: the weekly settings scaled to its seasonal cycle.</summary>
    /// <param name="granularity">Period width of the series.</param>
    /// <returns>Options whose windows cover about the same time span as the weekly defaults.</returns>
    public static DetectionOptions For(TimeGranularity granularity) => granularity switch
    {
        TimeGranularity.Week => Weekly,

        // Half a year excluded and a ±1 month window, as the weekly ±3 weeks/26 weeks; only 12 periods a year leave room for 4 gap levels.
        TimeGranularity.Month => new DetectionOptions { PeriodsPerYear = 12, WindowHalfWidth = 1, PastPeriodsExcluded = 6, SeasonalLevels = 5, MinimumCountPeriods = 1, GrowingPeriods = 3 },

        // Daily counts follow the weekday cycle, which the annual factor does not model; a ±10-day window keeps the weekly span.
        TimeGranularity.Day => new DetectionOptions { PeriodsPerYear = 365, WindowHalfWidth = 10, PastPeriodsExcluded = 182, MinimumCountPeriods = 7, GrowingPeriods = 7, YearsBack = 3 },
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown time granularity."),
    };

    /// <summary>Throws when a setting is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        Require(PeriodsPerYear >= 4, nameof(PeriodsPerYear), "must be at least 4");
        Require(YearsBack >= 1, nameof(YearsBack), "must be at least 1");
        Require(WindowHalfWidth >= 0 && (2 * WindowHalfWidth) + 1 < PeriodsPerYear, nameof(WindowHalfWidth), "must leave room between windows");
        Require(SeasonalLevels >= 1, nameof(SeasonalLevels), "must be at least 1");
        Require(PastPeriodsExcluded >= 0 && PastPeriodsExcluded + WindowHalfWidth < PeriodsPerYear, nameof(PastPeriodsExcluded), "must be smaller than a year minus the window");
        Require(ReweightingThreshold > 0, nameof(ReweightingThreshold), "must be positive");
        Require(TrendSignificance is > 0 and < 1, nameof(TrendSignificance), "must be in (0, 1)");
        Require(Alpha is > 0 and < 1, nameof(Alpha), "must be in (0, 1)");
        Require(MinimumCount >= 0, nameof(MinimumCount), "must not be negative");
        Require(MinimumCountPeriods >= 1, nameof(MinimumCountPeriods), "must be at least 1");
        Require(GrowingPeriods >= 0 && GrowingPeriods <= PastPeriodsExcluded + 1, nameof(GrowingPeriods), "must not reach into the baseline");
        Require(GrowingAlphaShare is > 0 and < 1, nameof(GrowingAlphaShare), "must be in (0, 1)");
        Require(BurstAlphaShare is > 0 and < 1 && BurstAlphaShare + GrowingAlphaShare < 1, nameof(BurstAlphaShare), "must be in (0, 1) and leave a share for the spike test");
        Require(BurstPeriods >= 0 && BurstPeriods <= PastPeriodsExcluded + 1, nameof(BurstPeriods), "must not reach into the baseline");
        Require(EmergingBaselineMean >= 0, nameof(EmergingBaselineMean), "must not be negative");
        Require(MinimumHistoryPeriods >= 2, nameof(MinimumHistoryPeriods), "must be at least 2");
    }

    private static void Require(bool condition, string name, string rule)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, $"DetectionOptions.{name} {rule}.");
        }
    }
}
