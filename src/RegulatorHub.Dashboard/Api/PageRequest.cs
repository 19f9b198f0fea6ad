using System.Globalization;

namespace RegulatorHub.Dashboard.Api;

/// <summary>
/// Which page of a list endpoint to answer: <c>page</c> (1-based, default 1) and <c>pageSize</c> (1 to
/// <see cref="MaxPageSize"/>, default <see cref="DefaultPageSize"/>), the paging convention of every API list that
/// pages by number (lists that page by continuation token keep their token instead).
/// </summary>
public sealed record PageRequest
{
    /// <summary>Rows per page when <c>pageSize</c> is not given.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>Most rows a page may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The highest page number accepted; beyond it the offset would no longer mean anything useful.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The first page of <see cref="DefaultPageSize"/> rows.</summary>
    public static PageRequest First { get; } = new(1, DefaultPageSize);

    /// <summary>Creates a page request.</summary>
    /// <param name="page">1 to <see cref="MaxPage"/>.</param>
    /// <param name="pageSize">1 to <see cref="MaxPageSize"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public PageRequest(int page, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(page, MaxPage);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        Page = page;
        PageSize = pageSize;
    }

    /// <summary>The page number, from 1.</summary>
    public int Page { get; }

    /// <summary>Rows per page.</summary>
    public int PageSize { get; }

    /// <summary>Rows before this page: (<see cref="Page"/> − 1) × <see cref="PageSize"/>.</summary>
    public long Offset => (Page - 1L) * PageSize;

    /// <summary>
    /// Reads <c>page</c> and <c>pageSize</c> as a client sent them (either may be absent). Each malformed one adds an
    /// entry to <paramref name="errors"/> under its own name, for <see cref="ApiProblems.Validation(IDictionary{string, string[]})"/>.
    /// </summary>
    /// <returns>The request, or <see langword="null"/> when a parameter was added to <paramref name="errors"/>.</returns>
    public static PageRequest? Parse(string? page, string? pageSize, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var number = Read(page, "page", 1, 1, MaxPage, errors);
        var size = Read(pageSize, "pageSize", DefaultPageSize, 1, MaxPageSize, errors);
        return number is { } n && size is { } s ? new PageRequest(n, s) : null;
    }

    private static int? Read(string? text, string parameter, int fallback, int min, int max, IDictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        // NumberStyles.None: no sign, spaces or separators, so "1e3", " 5" and "-1" are errors rather than guesses.
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[parameter] = [string.Create(CultureInfo.InvariantCulture, $"{parameter} must be a whole number from {min} to {max}.")];
        return null;
    }
}
