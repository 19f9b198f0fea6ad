using System.Text;

namespace RegulatorHub.Synthetic.World;

/// <summary>Check characters and digit formatting for the identifiers the generator invents.</summary>
internal static class Identifiers
{
    /// <summary>Mobile number prefixes in use in mainland China (1[3-9]x segments).</summary>
    public static readonly string[] MobilePrefixes =
    [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "145", "147", "150", "151", "152", "153",
        "155", "156", "157", "158", "159", "166", "172", "173", "175", "176", "177", "178", "180", "181", "182", "183",
        "184", "185", "186", "187", "188", "189", "191", "193", "195", "196", "198", "199",
    ];

    /// <summary>Six-digit UnionPay issuer prefixes (all start with 62).</summary>
    public static readonly string[] BankBins = ["621700", "622202", "622848", "623062", "621226", "622588", "625967", "621483", "622700", "621661"];

    private const string ResidentIdChecks = "10X98765432";
    private static readonly int[] s_residentIdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] s_organizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>GB 11643-1999 check character of a resident id's first 17 digits.</summary>
    public static char ResidentIdCheck(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * s_residentIdWeights[i];
        }

        return ResidentIdChecks[sum % 11];
    }

    /// <summary>The Luhn digit to append to <paramref name="payload"/> so the whole number passes the Luhn check.</summary>
    public static char LuhnCheckDigit(ReadOnlySpan<char> payload)
    {
        var sum = 0;
        var doubleIt = true; // the rightmost payload digit sits next to the check digit, so it is doubled
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var d = payload[i] - '0';
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

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    /// <summary>GB 11714 check character of an organisation code's first 8 characters (digits or capital letters).</summary>
    public static char OrganizationCodeCheck(ReadOnlySpan<char> first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * s_organizationWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    /// <summary>Writes <paramref name="value"/> as exactly <paramref name="destination"/>.Length digits, zero-padded.</summary>
    public static void WriteDigits(Span<char> destination, long value)
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
    }

    /// <summary>Appends a non-negative number in invariant digits, zero-padded to <paramref name="minWidth"/>.</summary>
    public static void AppendNumber(StringBuilder builder, long value, int minWidth = 1)
    {
        Span<char> buffer = stackalloc char[20];
        var position = buffer.Length;
        do
        {
            buffer[--position] = (char)('0' + (int)(value % 10));
            value /= 10;
        }
        while (value > 0);

        while (buffer.Length - position < minWidth)
        {
            buffer[--position] = '0';
        }

        builder.Append(buffer[position..]);
    }
}
