using System.Globalization;

namespace RegulatorHub.Domain.Tests.Calendar;

/// <summary>
/// The statutory public holidays of mainland China (全国年节及纪念日放假办法), computed independently of the data file so
/// the tests can check it: lunar dates from <see cref="ChineseLunisolarCalendar"/>, Qingming from the sun's position.
/// </summary>
internal static class StatutoryHolidays
{
    private static readonly ChineseLunisolarCalendar s_lunar = new();
    private static readonly TimeSpan s_chinaOffset = TimeSpan.FromHours(8);

    /// <summary>
    /// The statutory days off of <paramref name="year"/>. From 2025 (State Council Decree No. 795) Chinese New Year's
    /// Eve and 2 May were added; before, the Spring Festival was days 1–3 of the first month and Labour Day 1 May only.
    /// </summary>
    public static IReadOnlyDictionary<DateOnly, string> For(int year)
    {
        var amended = year >= 2025;
        var days = new Dictionary<DateOnly, string> { [new DateOnly(year, 1, 1)] = "元旦" };
        var newYear = Lunar(year, 1, 1);
        for (var i = amended ? -1 : 0; i <= 2; i++)
        {
            days[newYear.AddDays(i)] = "春节";
        }

        days[Qingming(year)] = "清明节";
        days[new DateOnly(year, 5, 1)] = "劳动节";
        if (amended)
        {
            days[new DateOnly(year, 5, 2)] = "劳动节";
        }

        days[Lunar(year, 5, 5)] = "端午节";
        days[Lunar(year, 8, 15)] = "中秋节";
        for (var d = 1; d <= 3; d++)
        {
            days[new DateOnly(year, 10, d)] = "国庆节";
        }

        return days;
    }

    /// <summary>A day of a (non-leap) lunar month of the lunar year that begins in Gregorian <paramref name="year"/>.</summary>
    public static DateOnly Lunar(int year, int month, int day)
    {
        // ChineseLunisolarCalendar numbers a leap month as the month after the one it repeats, shifting the later ones.
        var leap = s_lunar.GetLeapMonth(year);
        var index = leap != 0 && leap <= month ? month + 1 : month;
        return DateOnly.FromDateTime(s_lunar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>The China-time day on which the sun reaches apparent ecliptic longitude 15° (the Qingming solar term).</summary>
    public static DateOnly Qingming(int year)
    {
        for (var day = new DateOnly(year, 4, 1); day.Month == 4 && day.Day <= 10; day = day.AddDays(1))
        {
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), s_chinaOffset);
            if (SunLongitude(midnight) < 15 && SunLongitude(midnight.AddDays(1)) >= 15)
            {
                return day;
            }
        }

        throw new InvalidOperationException($"No Qingming found in early April {year}.");
    }

    /// <summary>
    /// The sun's apparent ecliptic longitude in degrees, by the low-accuracy method of Meeus, Astronomical Algorithms,
    /// chapter 25 (about 0.01°, i.e. a quarter of an hour of the sun's motion: enough unless a term falls near midnight).
    /// </summary>
    public static double SunLongitude(DateTimeOffset at)
    {
        // Terrestrial time runs about 69 s ahead of UTC in the 2020s; the difference is far below the method's accuracy
        // but costs nothing to include.
        var julianDay = 2440587.5 + ((at.UtcDateTime - DateTime.UnixEpoch).TotalDays + (69.0 / 86400));
        var t = (julianDay - 2451545.0) / 36525;
        var meanLongitude = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var meanAnomaly = Radians(357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var centre = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(meanAnomaly))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * meanAnomaly))
            + (0.000289 * Math.Sin(3 * meanAnomaly));
        var node = Radians(125.04 - (1934.136 * t));
        var apparent = meanLongitude + centre - 0.00569 - (0.00478 * Math.Sin(node));
        return ((apparent % 360) + 360) % 360;
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
