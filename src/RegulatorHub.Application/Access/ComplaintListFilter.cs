using RegulatorHub.Application.Storage;

namespace RegulatorHub.Application.Access;

/// <summary>What a user narrows their jurisdiction's complaint list by; the regions come from their agency.</summary>
/// <param name="From">First received day, inclusive.</param>
/// <param name="To">Last received day, inclusive.</param>
/// <param name="SubjectCode">Taxonomy subject (category) code.</param>
/// <param name="MerchantKey">Merchant key.</param>
/// <param name="PageSize">1–200 per page.</param>
/// <param name="ContinuationToken">The previous page's token.</param>
public sealed record ComplaintListFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? SubjectCode = null,
    string? MerchantKey = null,
    int PageSize = ComplaintListQuery.DefaultPageSize,
    string? ContinuationToken = null);
