using RegulatorHub.Analytics.Facts;

namespace RegulatorHub.Analytics.Queries;

/// <summary>The largest groups of one dimension in a period, compared with the period of equal length before it.</summary>
/// <param name="By">Dimension to rank.</param>
/// <param name="From">First day of the period (inclusive).</param>
/// <param name="To">Last day of the period (inclusive).</param>
/// <param name="Filter">Further restrictions (its own date range is ignored).</param>
/// <param name="Count">How many groups to return (1–1,000).</param>
public sealed record TopQuery(FactDimension By, DateOnly From, DateOnly To, FactFilter Filter, int Count = 10)
{
    /// <summary>Days in the period.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of equal length that ends the day before <see cref="From"/>.</summary>
    public (DateOnly From, DateOnly To) PreviousPeriod => (From.AddDays(-Days), From.AddDays(-1));
}
