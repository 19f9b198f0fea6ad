namespace RegulatorHub.Synthetic;

/// <summary>What <see cref="SyntheticFeedGenerator"/> produces. Identical options always give identical output.</summary>
/// <remarks>
/// Start from <see cref="Default"/> and change what you need with <c>with { … }</c>. <see cref="Validate"/> (called by
/// the generator) throws an exception whose parameter name and message name the offending property.
/// </remarks>
public sealed record SyntheticFeedOptions
{
    /// <summary>Largest accepted <see cref="Complaints"/>.</summary>
    public const int MaxComplaints = 50_000_000;

    /// <summary>Longest accepted period, in days (20 years).</summary>
    public const int MaxDays = 20 * 366;

    /// <summary>
    /// 500,000 complaints over the three years 2023-07-01 to 2026-06-30 (inclusive), seed 20260315, 45% from
    /// platforms, 0.5% resends, 1% cross-channel duplicates, 4 outbreaks a year.
    /// </summary>
    public static SyntheticFeedOptions Default { get; } = new();

    /// <summary>Seed of every random choice; change it for a different but equally realistic feed.</summary>
    public int Seed { get; init; } = 20_260_315;

    /// <summary>
    /// Exact number of messages <see cref="SyntheticFeedGenerator.Generate"/> yields, resends and duplicates included;
    /// 1 to <see cref="MaxComplaints"/>.
    /// </summary>
    public int Complaints { get; init; } = 500_000;

    /// <summary>First day of the feed (inclusive), China time (UTC+8).</summary>
    public DateOnly Start { get; init; } = new(2023, 7, 1);

    /// <summary>Last day of the feed (inclusive), China time; statuses are as of the end of this day.</summary>
    public DateOnly End { get; init; } = new(2026, 6, 30);

    /// <summary>
    /// Share of baseline complaints (neither outbreak extras nor duplicates nor resends) that come from e-commerce
    /// platforms rather than 12315 hotlines, 0–1.
    /// </summary>
    public double PlatformShare { get; init; } = 0.45;

    /// <summary>Share of all messages that are exact resends of an earlier message (same source and case id), 0–0.2.</summary>
    public double ResendShare { get; init; } = 0.005;

    /// <summary>
    /// Share of all messages that repeat a hotline complaint filed the same day by the same complainant about the same
    /// merchant on another channel, with a new case id, 0–0.2. At most one per hotline baseline complaint.
    /// </summary>
    public double CrossChannelDuplicateShare { get; init; } = 0.01;

    /// <summary>Injected outbreaks per year of the period, 0–52; each adds 0.05–0.2% of <see cref="Complaints"/>.</summary>
    public double OutbreaksPerYear { get; init; } = 4;

    /// <summary>Share of narratives that embed personal data (names, phone numbers, ids, …), 0–1.</summary>
    public double PersonalDataShare { get; init; } = 0.6;

    /// <summary>
    /// Approximate number of merchants, 100–100,000; every province × subject and platform × category pool gets at
    /// least one, so the actual count can be higher (see <see cref="SyntheticFeedSummary.Merchants"/>).
    /// </summary>
    public int Merchants { get; init; } = 3_000;

    /// <summary>Number of days from <see cref="Start"/> to <see cref="End"/>, both included.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Checks every property.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A property is out of range; the parameter name is the property's.</exception>
    public void Validate()
    {
        if (Complaints is < 1 or > MaxComplaints)
        {
            throw new ArgumentOutOfRangeException(nameof(Complaints), Complaints, $"{nameof(Complaints)} must be between 1 and {MaxComplaints:N0}.");
        }

        if (Start.Year < 2000)
        {
            throw new ArgumentOutOfRangeException(nameof(Start), Start, $"{nameof(Start)} must not be before 2000-01-01.");
        }

        if (End < Start)
        {
            throw new ArgumentOutOfRangeException(nameof(End), End, $"{nameof(End)} must not be before {nameof(Start)} ({Start:yyyy-MM-dd}).");
        }

        if (Days > MaxDays)
        {
            throw new ArgumentOutOfRangeException(nameof(End), End, $"{nameof(Start)} to {nameof(End)} must span at most {MaxDays} days.");
        }

        RequireShare(nameof(PlatformShare), PlatformShare, 1);
        RequireShare(nameof(ResendShare), ResendShare, 0.2);
        RequireShare(nameof(CrossChannelDuplicateShare), CrossChannelDuplicateShare, 0.2);
        RequireShare(nameof(PersonalDataShare), PersonalDataShare, 1);
        if (double.IsNaN(OutbreaksPerYear) || OutbreaksPerYear is < 0 or > 52)
        {
            throw new ArgumentOutOfRangeException(nameof(OutbreaksPerYear), OutbreaksPerYear, $"{nameof(OutbreaksPerYear)} must be between 0 and 52.");
        }

        if (Merchants is < 100 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(Merchants), Merchants, $"{nameof(Merchants)} must be between 100 and 100,000.");
        }
    }

    private static void RequireShare(string name, double value, double max)
    {
        if (double.IsNaN(value) || value < 0 || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 0 and {max}.");
        }
    }
}
