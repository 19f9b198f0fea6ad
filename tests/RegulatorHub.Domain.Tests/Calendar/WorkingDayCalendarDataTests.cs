using System.Globalization;
using System.Text;
using RegulatorHub.Domain.Calendar;
using RegulatorHub.Domain.Embedded;

namespace RegulatorHub.Domain.Tests.Calendar;

/// <summary>The embedded calendar (<c>Data/calendar/cn-working-days.csv</c>) against the notices and the statutory rules.</summary>
public sealed class WorkingDayCalendarDataTests
{
    /// <summary>
    /// The State Council notices, typed here a second time from the notices themselves (not from the CSV): days off as
    /// inclusive ranges, then the adjusted working weekends.
    /// </summary>
    private static readonly Dictionary<int, (string From, string To)[]> s_noticeHolidays = new()
    {
        // 国办发明电〔2023〕7号
        [2024] = [("2024-01-01", "2024-01-01"), ("2024-02-10", "2024-02-17"), ("2024-04-04", "2024-04-06"), ("2024-05-01", "2024-05-05"),
            ("2024-06-10", "2024-06-10"), ("2024-09-15", "2024-09-17"), ("2024-10-01", "2024-10-07")],
        // 国办发明电〔2024〕12号
        [2025] = [("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"), ("2025-05-01", "2025-05-05"),
            ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08")],
        // 国办发明电〔2025〕7号
        [2026] = [("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"), ("2026-05-01", "2026-05-05"),
            ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"), ("2026-10-01", "2026-10-07")],
    };

    private static readonly Dictionary<int, string[]> s_noticeWorkdays = new()
    {
        [2024] = ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"],
        [2025] = ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
        [2026] = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    };

    public static TheoryData<int> NoticeYears => [.. s_noticeHolidays.Keys];

    [Fact]
    public void China_EveryRowOfTheFile_IsAnEntry()
    {
        using var reader = new StreamReader(EmbeddedData.Open("calendar/cn-working-days.csv"), Encoding.UTF8);
        var rows = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        Assert.Equal(rows.Count, WorkingDayCalendar.China.Entries.Count);
        Assert.Equal(
            rows,
            WorkingDayCalendar.China.Entries.Select(e =>
                $"{e.Date:yyyy-MM-dd},{(e.Kind == CalendarDayKind.Holiday ? "holiday" : "workday")},{e.Name},{(e.IsProvisional ? "true" : "false")}"));
    }

    [Fact]
    public void China_Coverage_Is2024Through2027()
    {
        var calendar = WorkingDayCalendar.China;

        Assert.Equal(new DateOnly(2024, 1, 1), calendar.CoveredFrom);
        Assert.Equal(new DateOnly(2027, 12, 31), calendar.CoveredUntil);
    }

    [Fact]
    public void China_WorkdayEntries_AreAllWeekendDays()
    {
        var workdays = WorkingDayCalendar.China.Entries.Where(e => e.Kind == CalendarDayKind.Workday).ToList();

        Assert.NotEmpty(workdays);
        Assert.All(workdays, e => Assert.True(e.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{e.Date} is a {e.Date.DayOfWeek}"));
    }

    [Theory]
    [MemberData(nameof(NoticeYears))]
    public void China_NoticeYear_MatchesTheNoticeExactly(int year)
    {
        var expectedHolidays = s_noticeHolidays[year]
            .SelectMany(r => Days(DateOnly.Parse(r.From, CultureInfo.InvariantCulture), DateOnly.Parse(r.To, CultureInfo.InvariantCulture)))
            .ToList();
        var expectedWorkdays = s_noticeWorkdays[year].Select(d => DateOnly.Parse(d, CultureInfo.InvariantCulture)).Order().ToList();
        var entries = WorkingDayCalendar.China.Entries.Where(e => e.Date.Year == year).ToList();

        Assert.Equal(expectedHolidays, entries.Where(e => e.Kind == CalendarDayKind.Holiday).Select(e => e.Date));
        Assert.Equal(expectedWorkdays, entries.Where(e => e.Kind == CalendarDayKind.Workday).Select(e => e.Date));
        Assert.All(entries, e => Assert.False(e.IsProvisional));
        Assert.False(WorkingDayCalendar.China.IsProvisional(new DateOnly(year, 7, 1)));
    }

    [Theory]
    [MemberData(nameof(NoticeYears))]
    public void China_NoticeYear_GivesEveryStatutoryHolidayOff(int year)
    {
        // Checks the data (and the lunar and solar computations) against each other: a notice may add bridging days but
        // never takes a statutory holiday away.
        foreach (var (day, name) in StatutoryHolidays.For(year))
        {
            Assert.False(WorkingDayCalendar.China.IsWorkingDay(day), $"{day} ({name}) is a working day");
            Assert.Contains(name, WorkingDayCalendar.China.HolidayName(day), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void China_2027_IsExactlyTheStatutoryHolidaysAndProvisional()
    {
        var expected = StatutoryHolidays.For(2027).OrderBy(p => p.Key).ToList();
        var entries = WorkingDayCalendar.China.Entries.Where(e => e.Date.Year == 2027).ToList();

        Assert.Equal(expected.Select(p => p.Key), entries.Select(e => e.Date));
        Assert.Equal(expected.Select(p => p.Value), entries.Select(e => e.Name));
        Assert.All(entries, e => Assert.Equal(CalendarDayKind.Holiday, e.Kind));
        Assert.All(entries, e => Assert.True(e.IsProvisional));
        Assert.True(WorkingDayCalendar.China.IsProvisional(new DateOnly(2027, 7, 1)));
    }

    [Fact]
    public void StatutoryHolidays_2027_LunarAndSolarDatesAreTheKnownOnes()
    {
        // Pins the computed dates so a change in the helpers or in the runtime's lunar tables cannot go unnoticed.
        Assert.Equal(new DateOnly(2027, 2, 6), StatutoryHolidays.Lunar(2027, 1, 1));
        Assert.Equal(new DateOnly(2027, 6, 9), StatutoryHolidays.Lunar(2027, 5, 5));
        Assert.Equal(new DateOnly(2027, 9, 15), StatutoryHolidays.Lunar(2027, 8, 15));
        Assert.Equal(new DateOnly(2027, 4, 5), StatutoryHolidays.Qingming(2027));
    }

    [Theory]
    [InlineData(2023, 4, 5)]
    [InlineData(2024, 4, 4)]
    [InlineData(2025, 4, 4)]
    [InlineData(2026, 4, 5)]
    public void StatutoryHolidays_Qingming_MatchesPublishedSolarTermDates(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), StatutoryHolidays.Qingming(year));
    }

    [Fact]
    public void StatutoryHolidays_LeapMonthBeforeFifthMonth_IsSkipped()
    {
        // 2023 had a leap second month, so the fifth month is the runtime's sixth: Dragon Boat fell on 22 June 2023.
        Assert.Equal(new DateOnly(2023, 6, 22), StatutoryHolidays.Lunar(2023, 5, 5));
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
