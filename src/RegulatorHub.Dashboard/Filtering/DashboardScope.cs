using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Application.Analytics;

namespace RegulatorHub.Dashboard.Filtering;

/// <summary>
/// What a page's widgets compute over for one filter: the period shown (the filter's dates, or by default the year up
/// to the newest complaint held), the equal-length period before it, and the analytics filter for the rest.
/// </summary>
/// <param name="Filter">The filter from the URL.</param>
/// <param name="Key">Its canonical query string, stamped on every widget's data.</param>
/// <param name="Facts">The analytics filter without a date range (each widget adds the range it needs).</param>
/// <param name="From">First day shown.</param>
/// <param name="To">Last day shown.</param>
/// <param name="Coverage">What the analytics store held when the scope was made.</param>
public sealed record DashboardScope(DashboardFilter Filter, string Key, FactFilter Facts, DateOnly From, DateOnly To, FactCoverage Coverage)
{
    /// <summary>Days shown when the filter gives no start: a year, so seasonal peaks are in view.</summary>
    public const int DefaultDays = 365;

    /// <summary>Days in the period shown.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of equal length just before the one shown, for period-over-period change.</summary>
    public (DateOnly From, DateOnly To) Previous => (From.AddDays(-Days), From.AddDays(-1));

    /// <summary>The analytics filter restricted to the period shown.</summary>
    public FactFilter InPeriod => Facts.Between(From, To);

    /// <summary>Period width for a trend over the period shown: days up to a quarter, weeks up to three years, then months.</summary>
    public TimeGranularity Granularity => Days switch
    {
        <= 92 => TimeGranularity.Day,
        <= 3 * 366 => TimeGranularity.Week,
        _ => TimeGranularity.Month,
    };

    /// <summary>Makes the scope of <paramref name="filter"/> over what the store holds.</summary>
    public static DashboardScope For(DashboardFilter filter, FactFilter facts, FactCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(coverage);

        // The default period ends at the newest complaint rather than today, so an imported historical dataset shows.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var to = filter.To ?? coverage.LastDay ?? today;
        var from = filter.From ?? to.AddDays(1 - DefaultDays);
        if (from > to)
        {
            from = to;
        }

        return new DashboardScope(filter, filter.ToQueryString(), facts, from, to, coverage);
    }
}
