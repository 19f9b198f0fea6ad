using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Application.Storage;

/// <summary>
/// A page of complaint-level records for <see cref="IComplaintStore.ListAsync"/>: the complaints whose consumer region,
/// or whose merchant's region, is one of <see cref="RegionCodes"/> or lies under one, optionally narrowed by received
/// day, subject and merchant.
/// </summary>
/// <remarks>
/// Valid by construction: the constructor refuses what a store could not answer (it is a programming error to pass
/// such a query; user input is validated, with its parameter named, before a query is made).
/// </remarks>
public sealed record ComplaintListQuery
{
    /// <summary>The largest page a store returns.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The most region codes one query may name.</summary>
    public const int MaxRegionCodes = 64;

    /// <summary>Creates a query, validating every argument.</summary>
    /// <param name="regionCodes">1–64 region codes (GB/T 2260 at any level, or <c>US-XX</c>); "under" is by code prefix
    /// (<see cref="RegionCodePrefix"/>): a province selects its cities and counties, a city its counties.</param>
    /// <param name="from">First received day, inclusive (the day in the source's own time zone).</param>
    /// <param name="to">Last received day, inclusive; not before <paramref name="from"/>.</param>
    /// <param name="subjectCode">Only this taxonomy subject (category) code.</param>
    /// <param name="merchantKey">Only complaints about this merchant key.</param>
    /// <param name="pageSize">1–200 complaints per page.</param>
    /// <param name="continuationToken">A token from the previous page, to continue after it.</param>
    /// <exception cref="ArgumentException">An argument is out of range or malformed.</exception>
    public ComplaintListQuery(
        IEnumerable<string> regionCodes,
        DateOnly? from = null,
        DateOnly? to = null,
        string? subjectCode = null,
        string? merchantKey = null,
        int pageSize = DefaultPageSize,
        string? continuationToken = null)
    {
        ArgumentNullException.ThrowIfNull(regionCodes);
        var codes = regionCodes.Distinct(StringComparer.Ordinal).ToArray();
        if (codes.Length is 0 or > MaxRegionCodes)
        {
            throw new ArgumentException($"A complaint listing needs 1–{MaxRegionCodes} region codes (was {codes.Length}).", nameof(regionCodes));
        }

        foreach (var code in codes)
        {
            if (!RegionCodePrefix.IsWellFormed(code) || code == "000000")
            {
                throw new ArgumentException($"'{code}' is not a region code (six digits, or US-XX).", nameof(regionCodes));
            }
        }

        if (from is { } first && to is { } last && first > last)
        {
            throw new ArgumentException($"from ({first:yyyy-MM-dd}) is after to ({last:yyyy-MM-dd}).", nameof(to));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        ComplaintListCursor? after = null;
        if (continuationToken is not null)
        {
            after = ComplaintListCursor.TryParse(continuationToken, out var cursor)
                ? cursor
                : throw new ArgumentException("The continuation token is not one a listing returned.", nameof(continuationToken));
        }

        RegionCodes = codes;
        From = from;
        To = to;
        SubjectCode = string.IsNullOrEmpty(subjectCode) ? null : subjectCode;
        MerchantKey = string.IsNullOrEmpty(merchantKey) ? null : merchantKey;
        PageSize = pageSize;
        ContinuationToken = continuationToken;
        After = after;
    }

    /// <summary>The regions, distinct, in the order given.</summary>
    public IReadOnlyList<string> RegionCodes { get; }

    /// <summary>First received day, inclusive.</summary>
    public DateOnly? From { get; }

    /// <summary>Last received day, inclusive.</summary>
    public DateOnly? To { get; }

    /// <summary>Taxonomy subject (category) code, or <see langword="null"/> for any.</summary>
    public string? SubjectCode { get; }

    /// <summary>Merchant key, or <see langword="null"/> for any.</summary>
    public string? MerchantKey { get; }

    /// <summary>Complaints per page (1–200).</summary>
    public int PageSize { get; }

    /// <summary>The token this page continues from, or <see langword="null"/> for the first page.</summary>
    public string? ContinuationToken { get; }

    /// <summary>The position the token encodes, or <see langword="null"/> for the first page.</summary>
    public ComplaintListCursor? After { get; }
}
