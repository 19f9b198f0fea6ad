using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Application.Storage;

/// <summary>
/// What <see cref="IComplaintExportSource.ReadAsync"/> streams: every complaint whose consumer region, or whose
/// merchant's region, is one of <see cref="RegionCodes"/> or lies under one (by code prefix, exactly as
/// <see cref="IComplaintStore.ListAsync"/> selects), optionally narrowed by received day, subject and merchant.
/// </summary>
/// <remarks>
/// Valid by construction, like <see cref="ComplaintListQuery"/>: user input is validated, with its parameter named,
/// before a query is made; the constructor refuses what a store could not answer. There is no page size: the export
/// is one forward-only read of every matching complaint.
/// </remarks>
public sealed record ComplaintExportQuery
{
    /// <summary>Creates a query, validating every argument.</summary>
    /// <param name="regionCodes">1–64 region codes (GB/T 2260 at any level, or <c>US-XX</c>): the jurisdiction or a
    /// part of it.</param>
    /// <param name="from">First received day, inclusive (the day in the source's own time zone).</param>
    /// <param name="to">Last received day, inclusive; not before <paramref name="from"/>.</param>
    /// <param name="subjectCode">Only this taxonomy subject (category) code.</param>
    /// <param name="merchantKey">Only complaints about this merchant key.</param>
    /// <exception cref="ArgumentException">An argument is out of range or malformed.</exception>
    public ComplaintExportQuery(
        IEnumerable<string> regionCodes,
        DateOnly? from = null,
        DateOnly? to = null,
        string? subjectCode = null,
        string? merchantKey = null)
    {
        ArgumentNullException.ThrowIfNull(regionCodes);
        var codes = regionCodes.Distinct(StringComparer.Ordinal).ToArray();
        if (codes.Length is 0 or > ComplaintListQuery.MaxRegionCodes)
        {
            throw new ArgumentException($"A complaint export needs 1–{ComplaintListQuery.MaxRegionCodes} region codes (was {codes.Length}).", nameof(regionCodes));
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

        RegionCodes = codes;
        From = from;
        To = to;
        SubjectCode = string.IsNullOrEmpty(subjectCode) ? null : subjectCode;
        MerchantKey = string.IsNullOrEmpty(merchantKey) ? null : merchantKey;
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

    /// <summary>The same selection as a listing's first page, so both read one set of complaints.</summary>
    public ComplaintListQuery ToListQuery(int pageSize = ComplaintListQuery.DefaultPageSize) =>
        new(RegionCodes, From, To, SubjectCode, MerchantKey, pageSize);
}
