using RegulatorHub.Domain.Calendar;

namespace RegulatorHub.Domain.Referrals;

/// <summary>
/// How long each step of a referral may take, in working days of <see cref="Calendar"/>. The defaults are the SAMR
/// Interim Measures': decide on acceptance within 7 working days of receipt, end mediation within 45 working days of
/// acceptance.
/// </summary>
/// <remarks>
/// <para>A period of N working days from an event ends on <c>Calendar.AddWorkingDays(LocalDay(at), N)</c>: the day of
/// the event itself never counts, and the end day is inclusive (overdue from the day after).</para>
/// <para>Days are calendar days in China time (UTC+8, no daylight saving) whatever offset <c>at</c> carries, because
/// the working-day calendar is China's: an action at 2026-02-12T20:00Z happens on 13 February.</para>
/// <para>Invariants: both periods are at least 1; <see cref="Calendar"/> is not <see langword="null"/>.</para>
/// </remarks>
public sealed record ReferralDeadlines
{
    /// <summary>The default for <see cref="AcceptWithinWorkingDays"/>.</summary>
    public const int DefaultAcceptWithinWorkingDays = 7;

    /// <summary>The default for <see cref="ConcludeWithinWorkingDays"/>.</summary>
    public const int DefaultConcludeWithinWorkingDays = 45;

    private readonly WorkingDayCalendar _calendar;
    private readonly int _acceptWithinWorkingDays;
    private readonly int _concludeWithinWorkingDays;

    /// <summary>The default periods on <see cref="WorkingDayCalendar.China"/>.</summary>
    public ReferralDeadlines()
        : this(WorkingDayCalendar.China)
    {
    }

    /// <summary>Deadlines counted on <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="acceptWithinWorkingDays">See <see cref="AcceptWithinWorkingDays"/>; at least 1.</param>
    /// <param name="concludeWithinWorkingDays">See <see cref="ConcludeWithinWorkingDays"/>; at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period is less than 1.</exception>
    public ReferralDeadlines(
        WorkingDayCalendar calendar,
        int acceptWithinWorkingDays = DefaultAcceptWithinWorkingDays,
        int concludeWithinWorkingDays = DefaultConcludeWithinWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        _calendar = calendar;
        _acceptWithinWorkingDays = AtLeastOne(acceptWithinWorkingDays, nameof(AcceptWithinWorkingDays));
        _concludeWithinWorkingDays = AtLeastOne(concludeWithinWorkingDays, nameof(ConcludeWithinWorkingDays));
    }

    /// <summary>The default periods on <see cref="WorkingDayCalendar.China"/> (the same as <c>new ReferralDeadlines()</c>).</summary>
    public static ReferralDeadlines China => new(WorkingDayCalendar.China);

    /// <summary>The offset of China time from UTC, in which deadline days are counted.</summary>
    public static TimeSpan UtcOffset { get; } = TimeSpan.FromHours(8);

    /// <summary>The calendar the working days are counted on.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public WorkingDayCalendar Calendar
    {
        get => _calendar;
        init => _calendar = value ?? throw new ArgumentNullException(nameof(Calendar));
    }

    /// <summary>Working days the receiving agency has to accept, decline or return a referral; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int AcceptWithinWorkingDays
    {
        get => _acceptWithinWorkingDays;
        init => _acceptWithinWorkingDays = AtLeastOne(value, nameof(AcceptWithinWorkingDays));
    }

    /// <summary>Working days from acceptance to the end of mediation; at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int ConcludeWithinWorkingDays
    {
        get => _concludeWithinWorkingDays;
        init => _concludeWithinWorkingDays = AtLeastOne(value, nameof(ConcludeWithinWorkingDays));
    }

    /// <summary>The calendar day of <paramref name="at"/> in China time (UTC+8).</summary>
    public static DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(UtcOffset).DateTime);

    /// <summary>The last day for the receiving agency's decision on a referral received (or resubmitted) at <paramref name="at"/>.</summary>
    public DateOnly AcceptDueBy(DateTimeOffset at) => Calendar.AddWorkingDays(LocalDay(at), AcceptWithinWorkingDays);

    /// <summary>The last day of mediation for a referral accepted at <paramref name="at"/>.</summary>
    public DateOnly ConcludeDueBy(DateTimeOffset at) => Calendar.AddWorkingDays(LocalDay(at), ConcludeWithinWorkingDays);

    private static int AtLeastOne(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least 1 working day.");
}
