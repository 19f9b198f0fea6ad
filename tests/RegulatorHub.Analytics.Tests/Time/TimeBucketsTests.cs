using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Analytics.Tests.Time;

public sealed class TimeBucketsTests
{
    [Theory]
    [InlineData("2026-11-23", "2026-11-23")] // a Monday is its own week start
    [InlineData("2026-11-29", "2026-11-23")] // Sunday belongs to the week that began on Monday
    [InlineData("2026-01-01", "2025-12-29")] // ISO week 1 of 2026 starts in 2025
    [InlineData("2024-02-29", "2024-02-26")]
    public void A_week_starts_on_its_Monday(string day, string monday) =>
        Assert.Equal(DateOnly.Parse(monday, System.Globalization.CultureInfo.InvariantCulture), TimeBuckets.StartOf(Day(day), TimeGranularity.Week));

    [Fact]
    public void A_month_starts_on_its_first_day() =>
        Assert.Equal(Day("2024-02-01"), TimeBuckets.StartOf(Day("2024-02-29"), TimeGranularity.Month));

    [Theory]
    [InlineData("2026-01-01", "2026-01-01", TimeGranularity.Day, 0)]
    [InlineData("2026-01-01", "2026-03-01", TimeGranularity.Day, 59)]
    [InlineData("2025-12-28", "2025-12-29", TimeGranularity.Week, 1)] // Sunday → Monday crosses a week
    [InlineData("2025-12-29", "2026-01-04", TimeGranularity.Week, 0)]
    [InlineData("2025-01-31", "2026-03-01", TimeGranularity.Month, 14)]
    [InlineData("2026-03-01", "2025-01-31", TimeGranularity.Month, -14)]
    public void Periods_between_count_whole_periods(string from, string to, TimeGranularity granularity, int expected) =>
        Assert.Equal(expected, TimeBuckets.PeriodsBetween(Day(from), Day(to), granularity));

    [Theory]
    [InlineData(TimeGranularity.Day)]
    [InlineData(TimeGranularity.Week)]
    [InlineData(TimeGranularity.Month)]
    public void Adding_periods_agrees_with_counting_them(TimeGranularity granularity)
    {
        var start = TimeBuckets.StartOf(Day("2023-05-17"), granularity);
        for (var n = -30; n <= 30; n++)
        {
            var moved = TimeBuckets.Add(start, granularity, n);
            Assert.Equal(moved, TimeBuckets.StartOf(moved, granularity));
            Assert.Equal(n, TimeBuckets.PeriodsBetween(start, moved, granularity));
        }
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
