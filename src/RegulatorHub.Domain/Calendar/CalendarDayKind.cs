namespace RegulatorHub.Domain.Calendar;

/// <summary>How a <see cref="CalendarEntry"/> changes the ordinary Monday-to-Friday week.</summary>
public enum CalendarDayKind
{
    /// <summary>A day off, whether it falls on a weekday or a weekend.</summary>
    Holiday,

    /// <summary>A Saturday or Sunday that is an adjusted working day (调休上班).</summary>
    Workday,
}
