namespace RegulatorHub.Analytics.Facts;

/// <summary>Days as 16-bit codes counted from 1990-01-01, which covers every complaint until 2169.</summary>
public static class FactDays
{
    /// <summary>Day code 0.</summary>
    public static readonly DateOnly Epoch = new(1990, 1, 1);

    /// <summary>Last day a code can hold.</summary>
    public static readonly DateOnly Last = Epoch.AddDays(ushort.MaxValue);

    /// <summary>The code of <paramref name="day"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day is before <see cref="Epoch"/> or after <see cref="Last"/>.</exception>
    public static ushort Encode(DateOnly day)
    {
        var offset = day.DayNumber - Epoch.DayNumber;
        return offset is >= 0 and <= ushort.MaxValue
            ? (ushort)offset
            : throw new ArgumentOutOfRangeException(nameof(day), day, $"Received dates must lie between {Epoch:yyyy-MM-dd} and {Last:yyyy-MM-dd}.");
    }

    /// <summary>The day a code stands for.</summary>
    public static DateOnly Decode(int code) => Epoch.AddDays(code);

    /// <summary>The code of <paramref name="day"/> clamped into the representable range (for query bounds).</summary>
    public static int Clamp(DateOnly day) => Math.Clamp(day.DayNumber - Epoch.DayNumber, 0, ushort.MaxValue);
}
