using System.Globalization;

namespace RegulatorHub.Dashboard.Tests.Maps;

/// <summary>Relative luminance of a <c>#rrggbb</c> colour (WCAG formula), to compare fills by darkness.</summary>
internal static class Colour
{
    public static double Luminance(string hex)
    {
        Assert.Matches("^#[0-9a-fA-F]{6}$", hex);
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
