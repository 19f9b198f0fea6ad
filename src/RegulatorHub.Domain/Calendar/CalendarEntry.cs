namespace RegulatorHub.Domain.Calendar;

/// <summary>One day of a <see cref="WorkingDayCalendar"/> that differs from, or confirms, the ordinary week.</summary>
/// <param name="Date">The calendar day.</param>
/// <param name="Kind">Whether the day is a holiday or an adjusted working weekend day.</param>
/// <param name="Name">The holiday's name; for a <see cref="CalendarDayKind.Workday"/>, the holiday it pays for.</param>
/// <param name="IsProvisional">
/// <see langword="true"/> when the entry is derived from the statutory rules rather than taken from the published
/// notice for its year.
/// </param>
public sealed record CalendarEntry(DateOnly Date, CalendarDayKind Kind, string Name, bool IsProvisional);
