namespace RegulatorHub.Synthetic.Planning;

/// <summary>
/// Day-of-year shape of complaint volume: weekday cycle, 3·15 consumer rights day, the Double-11 and 618 shopping
/// festivals with their after-sales surges, the Spring Festival and National Day lulls.
/// </summary>
/// <remarks>
/// Factors are multipliers on a flat baseline and are illustrative: they reproduce the shapes regulators describe
/// (hotlines quiet at weekends and holidays, spikes around 3·15, platform complaints surging for about two weeks
/// after 11·11) without claiming to be measured.
/// </remarks>
internal static class VolumeCalendar
{
    // Monday first. Hotlines are staffed less at weekends; platforms take complaints online every day.
    private static readonly double[] s_hotlineWeekday = [1.15, 1.10, 1.06, 1.04, 0.98, 0.62, 0.55];
    private static readonly double[] s_platformWeekday = [1.05, 1.02, 1.0, 1.0, 1.0, 0.90, 0.92];

    /// <summary>Gregorian dates of the Lunar New Year (春节), 2015–2035; outside these years there is no dip.</summary>
    private static readonly DateOnly[] s_springFestival =
    [
        new(2015, 2, 19), new(2016, 2, 8), new(2017, 1, 28), new(2018, 2, 16), new(2019, 2, 5), new(2020, 1, 25),
        new(2021, 2, 12), new(2022, 2, 1), new(2023, 1, 22), new(2024, 2, 10), new(2025, 1, 29), new(2026, 2, 17),
        new(2027, 2, 6), new(2028, 1, 26), new(2029, 2, 13), new(2030, 2, 3), new(2031, 1, 23), new(2032, 2, 11),
        new(2033, 1, 31), new(2034, 2, 19), new(2035, 2, 8),
    ];

    /// <summary>Hotline volume multiplier for a day.</summary>
    public static double Hotline(DateOnly day)
    {
        var f = s_hotlineWeekday[MondayIndex(day)];
        f *= ConsumerRightsDay(day, hotline: true);
        f *= 1 + (0.2 * Double11Surge(day));
        f *= SpringFestival(day, hotline: true);
        if (day.Month == 10 && day.Day <= 7)
        {
            f *= 0.6;
        }

        return f;
    }

    /// <summary>Platform volume multiplier for a day.</summary>
    public static double Platform(DateOnly day)
    {
        var f = s_platformWeekday[MondayIndex(day)];
        f *= ConsumerRightsDay(day, hotline: false);
        f *= 1 + (1.7 * Double11Surge(day));
        f *= 1 + (0.8 * Surge(day, 6, 18));
        if (day.Month == 11 && day.Day is >= 1 and <= 10)
        {
            f *= 1.1; // pre-sales
        }

        if ((day.Month == 11 && day.Day == 11) || (day.Month == 6 && day.Day == 18))
        {
            f *= day.Month == 11 ? 1.5 : 1.2;
        }

        f *= SpringFestival(day, hotline: false);
        if (day.Month == 10 && day.Day <= 7)
        {
            f *= 0.9;
        }

        return f;
    }

    /// <summary>True in the after-sales windows of Double-11 and 618, when delivery and promotion complaints dominate.</summary>
    public static bool IsPromoWindow(DateOnly day) =>
        (day.Month == 11 && day.Day is >= 11 and <= 25) || (day.Month == 6 && day.Day is >= 18 and <= 28);

    /// <summary>True in holiday weeks, when tourism complaints rise.</summary>
    public static bool IsHolidayTravel(DateOnly day) =>
        (day.Month == 10 && day.Day <= 10) || SpringFestivalOffset(day) is >= -3 and <= 8 || (day.Month == 5 && day.Day <= 5);

    /// <summary>0 outside the Double-11 after-sales surge; rises to 1 by 11-14 and decays over two weeks.</summary>
    public static double Double11Surge(DateOnly day) => Surge(day, 11, 11);

    private static double Surge(DateOnly day, int month, int dayOfMonth)
    {
        if (day.Month != month)
        {
            return 0;
        }

        var k = day.Day - dayOfMonth;
        if (k < 1 || k > 14)
        {
            return 0;
        }

        return k <= 3 ? k / 3.0 : Math.Exp(-(k - 3) / 5.0);
    }

    private static double ConsumerRightsDay(DateOnly day, bool hotline)
    {
        if (day.Month != 3 || day.Day < 13 || day.Day > 18)
        {
            return 1;
        }

        return (day.Day, hotline) switch
        {
            (15, true) => 2.4,
            (15, false) => 1.4,
            (14, true) => 1.3,
            (16, true) => 1.5,
            (16, false) => 1.15,
            (17, true) => 1.25,
            (_, true) => 1.1,
            _ => 1,
        };
    }

    private static double SpringFestival(DateOnly day, bool hotline)
    {
        var offset = SpringFestivalOffset(day);
        return offset switch
        {
            >= -10 and <= -1 => hotline ? 0.85 : 0.75, // couriers stop before the holiday
            >= 0 and <= 6 => hotline ? 0.4 : 0.55,
            >= 7 and <= 14 => hotline ? 0.9 : 0.85,
            _ => 1,
        };
    }

    private static int SpringFestivalOffset(DateOnly day)
    {
        foreach (var festival in s_springFestival)
        {
            var offset = day.DayNumber - festival.DayNumber;
            if (offset is >= -30 and <= 30)
            {
                return offset;
            }
        }

        return int.MinValue;
    }

    private static int MondayIndex(DateOnly day) => ((int)day.DayOfWeek + 6) % 7;
}
