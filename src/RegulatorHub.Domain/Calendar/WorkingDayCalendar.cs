using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using RegulatorHub.Domain.Embedded;

namespace RegulatorHub.Domain.Calendar;

/// <summary>
/// Which days are working days: Monday to Friday, less the holidays, plus the weekend days a notice turns into
/// working days (调休). Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>The data covers whole years, from <see cref="CoveredFrom"/> (a 1 January) to <see cref="CoveredUntil"/> (a
/// 31 December). Outside them there is no holiday data and the calendar falls back to weekends only;
/// <see cref="IsProvisional"/> is <see langword="true"/> there, and also in years whose data is derived from the
/// statutory rules rather than taken from the year's notice.</para>
/// <para>Invariants, checked by <see cref="Parse"/>: at most one entry per day; every
/// <see cref="CalendarDayKind.Workday"/> entry is a Saturday or Sunday; the years with entries are contiguous; the
/// entries of one year are all provisional or all not.</para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const string ChinaFile = "calendar/cn-working-days.csv";
    private static readonly string[] s_columns = ["date", "kind", "name", "provisional"];
    private static readonly Lazy<WorkingDayCalendar> s_china = new(LoadChina, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<DateOnly, CalendarEntry> _byDate;
    private readonly HashSet<int> _provisionalYears;

    private WorkingDayCalendar(List<CalendarEntry> entries, HashSet<int> provisionalYears, int firstYear, int lastYear)
    {
        _byDate = entries.ToDictionary(e => e.Date);
        _provisionalYears = provisionalYears;
        Entries = new ReadOnlyCollection<CalendarEntry>([.. entries.OrderBy(e => e.Date)]);
        CoveredFrom = new DateOnly(firstYear, 1, 1);
        CoveredUntil = new DateOnly(lastYear, 12, 31);
    }

    /// <summary>
    /// The mainland China calendar embedded in this assembly (<c>Data/calendar/cn-working-days.csv</c>: the State
    /// Council notices for 2024–2026 and provisional statutory holidays for 2027; see <c>SOURCE.md</c> beside it).
    /// Loaded on first use.
    /// </summary>
    public static WorkingDayCalendar China => s_china.Value;

    /// <summary>The first day of the first year with data.</summary>
    public DateOnly CoveredFrom { get; }

    /// <summary>The last day of the last year with data (inclusive).</summary>
    public DateOnly CoveredUntil { get; }

    /// <summary>Every holiday and adjusted working day, sorted by date.</summary>
    public IReadOnlyList<CalendarEntry> Entries { get; }

    /// <summary>
    /// Reads a calendar from CSV text with the columns <c>date,kind,name,provisional</c> (found by header name, so
    /// their order is free): <c>date</c> as <c>yyyy-MM-dd</c>, <c>kind</c> <c>holiday</c> or <c>workday</c>, a
    /// non-empty <c>name</c>, <c>provisional</c> <c>true</c> or <c>false</c>. Empty lines are skipped; quoting is not
    /// supported.
    /// </summary>
    /// <exception cref="InvalidDataException">
    /// The text is malformed or breaks an invariant; the message names the line and, for a bad field, the column.
    /// </exception>
    public static WorkingDayCalendar Parse(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var header = csv.ReadLine() ?? throw new InvalidDataException("Working-day calendar: the file is empty.");
        var names = Split(header.TrimStart('\uFEFF'), 1);
        var columns = new int[s_columns.Length];
        for (var i = 0; i < s_columns.Length; i++)
        {
            columns[i] = Array.IndexOf(names, s_columns[i]);
            if (columns[i] < 0)
            {
                throw new InvalidDataException(
                    $"Working-day calendar line 1: the header has no '{s_columns[i]}' column (expected {string.Join(',', s_columns)}).");
            }
        }

        var entries = new List<CalendarEntry>();
        var seen = new Dictionary<DateOnly, int>();
        var provisionalByYear = new Dictionary<int, (bool Provisional, int Line)>();
        var lineNumber = 1;
        while (csv.ReadLine() is { } text)
        {
            lineNumber++;
            if (text.TrimEnd('\r').Length == 0)
            {
                continue;
            }

            var fields = Split(text, lineNumber);
            if (fields.Length != names.Length)
            {
                throw new InvalidDataException(
                    $"Working-day calendar line {lineNumber}: expected {names.Length} fields, found {fields.Length}.");
            }

            var entry = ReadEntry(fields, columns, lineNumber);
            if (seen.TryGetValue(entry.Date, out var firstLine))
            {
                throw Invalid(lineNumber, columns, 0, $"{Format(entry.Date)} already appears on line {firstLine}.");
            }

            seen.Add(entry.Date, lineNumber);
            if (provisionalByYear.TryGetValue(entry.Date.Year, out var year) && year.Provisional != entry.IsProvisional)
            {
                throw Invalid(
                    lineNumber,
                    columns,
                    3,
                    $"every row of {entry.Date.Year.ToString(CultureInfo.InvariantCulture)} must have the same provisional value as line {year.Line}.");
            }

            provisionalByYear.TryAdd(entry.Date.Year, (entry.IsProvisional, lineNumber));
            entries.Add(entry);
        }

        if (entries.Count == 0)
        {
            throw new InvalidDataException("Working-day calendar: the file has a header but no rows.");
        }

        var firstYear = provisionalByYear.Keys.Min();
        var lastYear = provisionalByYear.Keys.Max();
        for (var y = firstYear; y <= lastYear; y++)
        {
            // A year without rows inside the covered range would silently count as weekends-only yet not provisional.
            if (!provisionalByYear.ContainsKey(y))
            {
                throw new InvalidDataException(
                    $"Working-day calendar: no rows for {y.ToString(CultureInfo.InvariantCulture)}, between {firstYear.ToString(CultureInfo.InvariantCulture)} and {lastYear.ToString(CultureInfo.InvariantCulture)}; the years must be contiguous.");
            }
        }

        var provisionalYears = provisionalByYear.Where(p => p.Value.Provisional).Select(p => p.Key).ToHashSet();
        return new WorkingDayCalendar(entries, provisionalYears, firstYear, lastYear);
    }

    /// <summary>
    /// Whether <paramref name="day"/> is a working day: Monday to Friday unless it is a holiday; Saturday or Sunday
    /// only when it is an adjusted working day.
    /// </summary>
    public bool IsWorkingDay(DateOnly day) =>
        _byDate.TryGetValue(day, out var entry)
            ? entry.Kind == CalendarDayKind.Workday
            : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day strictly after <paramref name="start"/>: <paramref name="start"/>
    /// itself never counts, whether or not it is a working day. "Within 7 working days of D" ends on
    /// <c>AddWorkingDays(D, 7)</c>, inclusive.
    /// </summary>
    /// <param name="start">The day the period starts from (excluded).</param>
    /// <param name="workingDays">How many working days to count; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is less than 1.</exception>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        var day = start;
        var counted = 0;
        while (counted < workingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>
    /// The number of working days <c>d</c> with <paramref name="afterExclusive"/> &lt; <c>d</c> ≤
    /// <paramref name="untilInclusive"/>; 0 when <paramref name="untilInclusive"/> is not after
    /// <paramref name="afterExclusive"/>. The inverse of <see cref="AddWorkingDays"/>:
    /// <c>CountWorkingDays(s, AddWorkingDays(s, n)) == n</c>.
    /// </summary>
    public int CountWorkingDays(DateOnly afterExclusive, DateOnly untilInclusive)
    {
        var count = 0;
        for (var day = afterExclusive; day < untilInclusive;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Whether the answer for <paramref name="day"/> may still change: its year has only provisional data (derived
    /// from the statutory rules, no notice yet) or no data at all (weekends only).
    /// </summary>
    public bool IsProvisional(DateOnly day) =>
        day < CoveredFrom || day > CoveredUntil || _provisionalYears.Contains(day.Year);

    /// <summary>The name of the holiday on <paramref name="day"/>, or <see langword="null"/> when it is not a holiday.</summary>
    public string? HolidayName(DateOnly day) =>
        _byDate.TryGetValue(day, out var entry) && entry.Kind == CalendarDayKind.Holiday ? entry.Name : null;

    private static WorkingDayCalendar LoadChina()
    {
        using var reader = new StreamReader(EmbeddedData.Open(ChinaFile), Encoding.UTF8);
        return Parse(reader);
    }

    private static CalendarEntry ReadEntry(string[] fields, int[] columns, int line)
    {
        var dateText = fields[columns[0]];
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw Invalid(line, columns, 0, $"'{dateText}' is not a date in the form yyyy-MM-dd.");
        }

        var kind = fields[columns[1]] switch
        {
            "holiday" => CalendarDayKind.Holiday,
            "workday" => CalendarDayKind.Workday,
            var other => throw Invalid(line, columns, 1, $"'{other}' is neither 'holiday' nor 'workday'."),
        };
        if (kind == CalendarDayKind.Workday && date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            throw Invalid(line, columns, 1, $"{Format(date)} is a {date.DayOfWeek}; only a Saturday or Sunday can be an adjusted workday.");
        }

        var name = fields[columns[2]].Trim();
        if (name.Length == 0)
        {
            throw Invalid(line, columns, 2, "the name is empty.");
        }

        var provisional = fields[columns[3]] switch
        {
            "true" => true,
            "false" => false,
            var other => throw Invalid(line, columns, 3, $"'{other}' is neither 'true' nor 'false'."),
        };
        return new CalendarEntry(date, kind, name, provisional);
    }

    private static string[] Split(string text, int line)
    {
        var quote = text.IndexOf('"', StringComparison.Ordinal);
        if (quote >= 0)
        {
            var column = text.AsSpan(0, quote).Count(',') + 1;
            throw new InvalidDataException(
                $"Working-day calendar line {line}, column {column}: quoted fields are not supported.");
        }

        return text.TrimEnd('\r').Split(',');
    }

    /// <summary>An error naming the line and the column, by position in the file and by name.</summary>
    private static InvalidDataException Invalid(int line, int[] columns, int column, string problem) =>
        new($"Working-day calendar line {line}, column {columns[column] + 1} ({s_columns[column]}): {problem}");

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
