using RegulatorHub.Domain.Calendar;

namespace RegulatorHub.Domain.Tests.Calendar;

/// <summary>Working-day arithmetic on the embedded China calendar and on small calendars parsed from text.</summary>
public sealed class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar s_china = WorkingDayCalendar.China;

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void AddWorkingDays_AcrossSpringFestival2026_CountsWorkingSaturdaysAndSkipsTheBreak()
    {
        // Feb 13 (Fri) 1, Feb 14 (Sat, adjusted) 2, Feb 15–23 off, Feb 24–27 3–6, Feb 28 (Sat, adjusted) 7.
        Assert.Equal(D(2026, 2, 28), s_china.AddWorkingDays(D(2026, 2, 12), 7));
        Assert.Equal(D(2026, 2, 14), s_china.AddWorkingDays(D(2026, 2, 12), 2));
        Assert.Equal(D(2026, 2, 24), s_china.AddWorkingDays(D(2026, 2, 12), 3));
    }

    [Fact]
    public void AddWorkingDays_AcrossNationalDay2025_UsesSep28AndOct11()
    {
        // Sep 28 (Sun, adjusted) 1, Sep 29–30 2–3, Oct 1–8 off, Oct 9–10 4–5, Oct 11 (Sat, adjusted) 6.
        Assert.Equal(D(2025, 9, 28), s_china.AddWorkingDays(D(2025, 9, 26), 1));
        Assert.Equal(D(2025, 10, 9), s_china.AddWorkingDays(D(2025, 9, 26), 4));
        Assert.Equal(D(2025, 10, 11), s_china.AddWorkingDays(D(2025, 9, 26), 6));
        Assert.Equal(D(2025, 10, 13), s_china.AddWorkingDays(D(2025, 9, 26), 7));
    }

    [Fact]
    public void AddWorkingDays_AcrossNewYear2026_LandsOnTheWorkingSundayJan4()
    {
        Assert.Equal(D(2026, 1, 4), s_china.AddWorkingDays(D(2025, 12, 31), 1));
        Assert.Equal(D(2026, 1, 5), s_china.AddWorkingDays(D(2025, 12, 31), 2));
    }

    [Fact]
    public void AddWorkingDays_IntoProvisional2027_SkipsNewYearAndSaysItIsProvisional()
    {
        // Dec 29–31 1–3, Jan 1 (Fri, statutory) off, Jan 2–3 weekend, Jan 4–7 4–7.
        var due = s_china.AddWorkingDays(D(2026, 12, 28), 7);

        Assert.Equal(D(2027, 1, 7), due);
        Assert.True(s_china.IsProvisional(due));
        Assert.False(s_china.IsProvisional(D(2026, 12, 31)));
    }

    [Fact]
    public void AddWorkingDays_StartOnAHoliday_StartNeverCounts()
    {
        Assert.Equal(D(2026, 2, 24), s_china.AddWorkingDays(D(2026, 2, 16), 1));
        Assert.Equal(D(2026, 3, 10), s_china.AddWorkingDays(D(2026, 3, 9), 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void AddWorkingDays_FewerThanOne_Throws(int workingDays)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => s_china.AddWorkingDays(D(2026, 3, 9), workingDays));

        Assert.Equal("workingDays", ex.ParamName);
    }

    [Fact]
    public void AddWorkingDays_OutsideCoveredYears_FallsBackToWeekendsAndIsProvisional()
    {
        // 1 October 2030 is a Tuesday; with no data for 2030 it is an ordinary working day.
        Assert.True(s_china.IsWorkingDay(D(2030, 10, 1)));
        Assert.Equal(D(2030, 10, 7), s_china.AddWorkingDays(D(2030, 10, 4), 1));
        Assert.True(s_china.IsProvisional(D(2030, 10, 1)));
        Assert.True(s_china.IsProvisional(D(2023, 12, 31)));
        Assert.Null(s_china.HolidayName(D(2030, 10, 1)));
    }

    [Theory]
    [InlineData(2026, 2, 14, true)]   // Saturday, adjusted working day
    [InlineData(2026, 2, 16, false)]  // Monday, Spring Festival
    [InlineData(2026, 3, 7, false)]   // ordinary Saturday
    [InlineData(2026, 3, 8, false)]   // ordinary Sunday
    [InlineData(2026, 3, 9, true)]    // ordinary Monday
    [InlineData(2025, 10, 11, true)]  // Saturday, adjusted working day
    [InlineData(2027, 6, 9, false)]   // Wednesday, provisional Dragon Boat
    public void IsWorkingDay_Day_FollowsWeekAndEntries(int year, int month, int day, bool expected)
    {
        Assert.Equal(expected, s_china.IsWorkingDay(D(year, month, day)));
    }

    [Fact]
    public void HolidayName_HolidayWorkdayAndOrdinaryDay_NameOnlyForHolidays()
    {
        Assert.Equal("春节", s_china.HolidayName(D(2026, 2, 17)));
        Assert.Equal("国庆节、中秋节", s_china.HolidayName(D(2025, 10, 6)));
        Assert.Null(s_china.HolidayName(D(2026, 2, 14)));
        Assert.Null(s_china.HolidayName(D(2026, 3, 9)));
    }

    [Fact]
    public void CountWorkingDays_AnyStartAndLength_IsTheInverseOfAddWorkingDays()
    {
        for (var start = D(2024, 1, 1); start <= D(2027, 12, 31); start = start.AddDays(3))
        {
            foreach (var n in new[] { 1, 7, 45 })
            {
                Assert.Equal(n, s_china.CountWorkingDays(start, s_china.AddWorkingDays(start, n)));
            }
        }
    }

    [Fact]
    public void CountWorkingDays_SpringFestivalWeek2026_CountsOnlyTheWorkingDays()
    {
        // After Thu Feb 12 up to Tue Feb 24: Feb 13, Feb 14 (adjusted) and Feb 24.
        Assert.Equal(3, s_china.CountWorkingDays(D(2026, 2, 12), D(2026, 2, 24)));
    }

    [Fact]
    public void CountWorkingDays_UntilNotAfterStart_IsZero()
    {
        Assert.Equal(0, s_china.CountWorkingDays(D(2026, 3, 9), D(2026, 3, 9)));
        Assert.Equal(0, s_china.CountWorkingDays(D(2026, 3, 9), D(2026, 3, 2)));
    }

    [Fact]
    public void Parse_ColumnsInAnyOrder_FindsThemByHeader()
    {
        using var reader = new StringReader("""
            provisional,name,kind,date
            false,Test holiday,holiday,2030-01-02
            false,Test holiday,workday,2030-01-05

            """);

        var calendar = WorkingDayCalendar.Parse(reader);

        Assert.False(calendar.IsWorkingDay(D(2030, 1, 2)));
        Assert.True(calendar.IsWorkingDay(D(2030, 1, 5)));
        Assert.Equal("Test holiday", calendar.HolidayName(D(2030, 1, 2)));
        Assert.Equal(D(2030, 1, 1), calendar.CoveredFrom);
        Assert.Equal(D(2030, 12, 31), calendar.CoveredUntil);
        Assert.False(calendar.IsProvisional(D(2030, 6, 1)));
        Assert.True(calendar.IsProvisional(D(2031, 1, 1)));
    }

    [Theory]
    [InlineData("date,kind,name\n2030-01-02,holiday,X", "line 1: the header has no 'provisional' column")]
    [InlineData("date,kind,name,provisional\n2030-13-02,holiday,X,false", "line 2, column 1 (date): '2030-13-02' is not a date")]
    [InlineData("date,kind,name,provisional\n2030-01-02,off,X,false", "line 2, column 2 (kind): 'off' is neither")]
    [InlineData("date,kind,name,provisional\n2030-01-02,workday,X,false", "line 2, column 2 (kind): 2030-01-02 is a Wednesday")]
    [InlineData("date,kind,name,provisional\n2030-01-02,holiday, ,false", "line 2, column 3 (name): the name is empty")]
    [InlineData("kind,date,name,provisional\n\nholiday,2030-01-02,X,yes", "line 3, column 4 (provisional): 'yes' is neither")]
    [InlineData("kind,date,name,provisional\nholiday,2030-01-02,X,false\nholiday,2030-01-02,X,false", "line 3, column 2 (date): 2030-01-02 already appears on line 2")]
    [InlineData("date,kind,name,provisional\n2030-01-02,holiday,X,false\n2030-05-02,holiday,X,true", "line 3, column 4 (provisional): every row of 2030")]
    [InlineData("date,kind,name,provisional\n2030-01-02,holiday,X,false\n2032-01-02,holiday,X,false", "no rows for 2031")]
    [InlineData("date,kind,name,provisional\n2030-01-02,holiday,\"X\",false", "line 2, column 3: quoted fields")]
    [InlineData("date,kind,name,provisional\n2030-01-02,holiday,X", "line 2: expected 4 fields, found 3")]
    [InlineData("date,kind,name,provisional\n", "no rows")]
    [InlineData("", "the file is empty")]
    public void Parse_MalformedText_ThrowsNamingLineAndColumn(string csv, string expected)
    {
        using var reader = new StringReader(csv);

        var ex = Assert.Throws<InvalidDataException>(() => WorkingDayCalendar.Parse(reader));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
