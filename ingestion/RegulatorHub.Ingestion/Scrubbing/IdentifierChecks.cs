namespace RegulatorHub.Ingestion.Scrubbing;

/// <summary>Check-digit and date validation used to tell real identifiers from look-alike digit strings.</summary>
internal static class IdentifierChecks
{
    private static readonly int[] s_idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdCheckCharacters = "10X98765432";

    /// <summary>Copies the digits (and a trailing X) of <paramref name="source"/>, dropping separators.</summary>
    public static int CompactDigits(ReadOnlySpan<char> source, Span<char> destination)
    {
        var n = 0;
        foreach (var c in source)
        {
            if (char.IsAsciiDigit(c) || c is 'X' or 'x')
            {
                if (n == destination.Length)
                {
                    return -1;
                }

                destination[n++] = c;
            }
        }

        return n;
    }

    /// <summary>GB 11643-1999: 17 digits, valid birth date, and the mod-11 check character.</summary>
    public static bool IsValidResidentId18(ReadOnlySpan<char> id)
    {
        if (id.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
            {
                return false;
            }

            sum += (id[i] - '0') * s_idWeights[i];
        }

        var expected = IdCheckCharacters[sum % 11];
        var actual = char.ToUpperInvariant(id[17]);
        if (actual != expected)
        {
            return false;
        }

        return IsValidDate(Number(id.Slice(6, 4)), Number(id.Slice(10, 2)), Number(id.Slice(12, 2)), 1900);
    }

    /// <summary>
    /// Whether 18 digits have the shape of a resident ID (region starting 1–8, valid birth date) regardless of the
    /// check character; such numbers with a wrong check character are mistyped IDs or ID-like reference numbers, not
    /// cards. UnionPay's 62 prefix is exempt because card numbers starting 62 are far more common than Gansu IDs.
    /// </summary>
    public static bool HasResidentIdShape(ReadOnlySpan<char> digits)
    {
        if (digits.Length != 18 || digits[0] is '0' or '9' || digits.StartsWith("62"))
        {
            return false;
        }

        return IsValidDate(Number(digits.Slice(6, 4)), Number(digits.Slice(10, 2)), Number(digits.Slice(12, 2)), 1900);
    }

    /// <summary>Legacy 15-digit ID: region, yymmdd birth date (19yy), 3-digit sequence.</summary>
    public static bool IsValidResidentId15(ReadOnlySpan<char> id)
    {
        if (id.Length != 15)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        // Region codes start with 1–8 (provinces 11–82); a leading 0 or 9 is never a region.
        if (id[0] is '0' or '9')
        {
            return false;
        }

        return IsValidDate(1900 + Number(id.Slice(6, 2)), Number(id.Slice(8, 2)), Number(id.Slice(10, 2)), 1900);
    }

    /// <summary>Luhn (mod 10) check over the ASCII digits of <paramref name="digits"/>.</summary>
    public static bool PassesLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (d is < 0 or > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    private static bool IsValidDate(int year, int month, int day, int minYear)
    {
        // Birth dates in the future are impossible; 2100 is a loose upper bound that needs no clock.
        if (year < minYear || year > 2100 || month is < 1 or > 12 || day < 1)
        {
            return false;
        }

        return day <= DateTime.DaysInMonth(year, month);
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
