namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>Reads the date shapes CFPB exports use, without culture-dependent parsing.</summary>
internal static class CfpbDates
{
    /// <summary>The shape of a date value, before deciding what its parts mean.</summary>
    public enum Shape
    {
        Empty,
        Unrecognized,

        /// <summary>yyyy-m-d, optionally followed by 'T' or ' ' and a time.</summary>
        Iso,

        /// <summary>a/b/yyyy.</summary>
        Slashed,

        /// <summary>a-b-yyyy.</summary>
        DashedYearLast,
    }

    /// <summary>The format name as messages write it.</summary>
    public static string Name(CfpbDateFormat format) => format switch
    {
        CfpbDateFormat.IsoDate => "yyyy-mm-dd",
        CfpbDateFormat.MonthDayYearSlashed => "mm/dd/yyyy",
        CfpbDateFormat.DayMonthYearDashed => "dd-mm-yyyy",
        _ => format.ToString(),
    };

    /// <summary>The only format a shape can be read in.</summary>
    public static CfpbDateFormat? FormatOf(Shape shape) => shape switch
    {
        Shape.Iso => CfpbDateFormat.IsoDate,
        Shape.Slashed => CfpbDateFormat.MonthDayYearSlashed,
        Shape.DashedYearLast => CfpbDateFormat.DayMonthYearDashed,
        _ => null,
    };

    /// <summary>Splits a value into its three numbers and tells its shape.</summary>
    /// <param name="value">The field value.</param>
    /// <param name="first">The first number as written (the year for <see cref="Shape.Iso"/>).</param>
    /// <param name="second">The second number as written.</param>
    /// <param name="third">The third number as written.</param>
    public static Shape Classify(ReadOnlySpan<char> value, out int first, out int second, out int third)
    {
        first = second = third = 0;
        value = value.Trim();
        if (value.IsEmpty)
        {
            return Shape.Empty;
        }

        var position = 0;
        var firstLength = ReadNumber(value, ref position, out first);
        if (firstLength == 0 || position >= value.Length)
        {
            return Shape.Unrecognized;
        }

        var separator = value[position++];
        if (separator is not ('-' or '/'))
        {
            return Shape.Unrecognized;
        }

        var secondLength = ReadNumber(value, ref position, out second);
        if (secondLength is < 1 or > 2 || position >= value.Length || value[position++] != separator)
        {
            return Shape.Unrecognized;
        }

        var thirdLength = ReadNumber(value, ref position, out third);
        if (firstLength == 4 && separator == '-' && thirdLength is 1 or 2)
        {
            return position == value.Length || IsTimeSuffix(value[position..]) ? Shape.Iso : Shape.Unrecognized;
        }

        if (firstLength is 1 or 2 && thirdLength == 4 && position == value.Length)
        {
            return separator == '/' ? Shape.Slashed : Shape.DashedYearLast;
        }

        return Shape.Unrecognized;
    }

    /// <summary>Reads a date in the given format; false when the value has another shape or is not a real date.</summary>
    public static bool TryParse(ReadOnlySpan<char> value, CfpbDateFormat format, out DateOnly date)
    {
        date = default;
        var shape = Classify(value, out var first, out var second, out var third);
        if (FormatOf(shape) != format)
        {
            return false;
        }

        var (year, month, day) = format switch
        {
            CfpbDateFormat.IsoDate => (first, second, third),
            CfpbDateFormat.MonthDayYearSlashed => (third, first, second),
            _ => (third, second, first),
        };
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int ReadNumber(ReadOnlySpan<char> value, ref int position, out int number)
    {
        number = 0;
        var start = position;
        while (position < value.Length && char.IsAsciiDigit(value[position]) && position - start < 4)
        {
            number = (number * 10) + (value[position] - '0');
            position++;
        }

        return position - start;
    }

    // The API writes date_received as 2021-10-27T12:00:00-05:00; spreadsheets add " 00:00:00". Only hh:mm is
    // checked: the time and any offset are dropped, because the CFPB's date is a calendar day.
    private static bool IsTimeSuffix(ReadOnlySpan<char> rest) =>
        rest.Length >= 6
        && rest[0] is 'T' or ' '
        && char.IsAsciiDigit(rest[1]) && char.IsAsciiDigit(rest[2]) && rest[3] == ':'
        && char.IsAsciiDigit(rest[4]) && char.IsAsciiDigit(rest[5]);
}
