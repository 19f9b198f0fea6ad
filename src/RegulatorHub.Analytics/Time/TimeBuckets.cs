namespace RegulatorHub.Analytics.Time;

/// <summary>
/// Maps days to the periods of a granularity and back. Periods are identified by their first day, so a series of
/// any granularity is indexed by plain dates and periods of different series line up.
/// </summary>
public static class TimeBuckets
{
    /// <summary>First day of the period holding <paramref name="day"/>.</summary>
    /// <param name="day">Any day.</param>
    /// <param name="granularity">Period width.</param>
    /// <returns>The day itself, the Monday of its ISO week, or the first of its month.</returns>
    public static DateOnly StartOf(DateOnly day, TimeGranularity granularity) => granularity switch
    {
        TimeGranularity.Day => day,

        // DayOfWeek counts from Sunday = 0; ISO weeks start on Monday.
        TimeGranularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeGranularity.Month => new DateOnly(day.Year, day.Month, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown time granularity."),
    };

    /// <summary>First day of the period after the one starting on <paramref name="periodStart"/>.</summary>
    /// <param name="periodStart">First day of a period.</param>
    /// <param name="granularity">Period width.</param>
    /// <returns>The next period's first day.</returns>
    public static DateOnly Next(DateOnly periodStart, TimeGranularity granularity) => Add(periodStart, granularity, 1);

    /// <summary>First day of the period <paramref name="periods"/> after (or before, when negative) the given one.</summary>
    /// <param name="periodStart">First day of a period.</param>
    /// <param name="granularity">Period width.</param>
    /// <param name="periods">How many periods to move.</param>
    /// <returns>That period's first day.</returns>
    public static DateOnly Add(DateOnly periodStart, TimeGranularity granularity, int periods) => granularity switch
    {
        TimeGranularity.Day => periodStart.AddDays(periods),
        TimeGranularity.Week => periodStart.AddDays(7 * periods),
        TimeGranularity.Month => periodStart.AddMonths(periods),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown time granularity."),
    };

    /// <summary>How many whole periods lie from the period of <paramref name="from"/> to that of <paramref name="to"/>.</summary>
    /// <param name="from">A day in the first period.</param>
    /// <param name="to">A day in the last period.</param>
    /// <param name="granularity">Period width.</param>
    /// <returns>0 when both days share a period; negative when <paramref name="to"/> comes first.</returns>
    public static int PeriodsBetween(DateOnly from, DateOnly to, TimeGranularity granularity)
    {
        var start = StartOf(from, granularity);
        var end = StartOf(to, granularity);
        return granularity switch
        {
            TimeGranularity.Day => end.DayNumber - start.DayNumber,
            TimeGranularity.Week => (end.DayNumber - start.DayNumber) / 7,
            TimeGranularity.Month => ((end.Year - start.Year) * 12) + end.Month - start.Month,
            _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown time granularity."),
        };
    }

    /// <summary>Periods in a year, the natural seasonal cycle of the granularity (weekly data: 52).</summary>
    /// <param name="granularity">Period width.</param>
    /// <returns>365, 52 or 12.</returns>
    public static int PeriodsPerYear(TimeGranularity granularity) => granularity switch
    {
        TimeGranularity.Day => 365,
        TimeGranularity.Week => 52,
        TimeGranularity.Month => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown time granularity."),
    };
}
