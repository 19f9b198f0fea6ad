using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Analytics.Facts;

/// <summary>
/// What analytics need of a stored complaint: its dimensions and nothing else (no narrative, no amounts), so loading
/// millions of them is cheap and the analytics store never holds free text.
/// </summary>
/// <param name="ReceivedDate">Day the source received it (the source's local date).</param>
/// <param name="SubjectCode">Taxonomy subject (category) code.</param>
/// <param name="IssueCode">Taxonomy issue-nature code.</param>
/// <param name="RegionCode">Consumer's region code at the finest level known, or <see langword="null"/>.</param>
/// <param name="MerchantKey">Merchant key, or <see langword="null"/>.</param>
/// <param name="MerchantName">Merchant display name, or <see langword="null"/>.</param>
/// <param name="Platform">E-commerce platform, or <see langword="null"/>.</param>
/// <param name="Channel">Channel the complaint came through.</param>
/// <param name="Source">Feed source id.</param>
/// <param name="ComplainantPseudonym">Keyed pseudonym of the complainant, for repeat counts; never the identifier.</param>
public sealed record ComplaintFact(
    DateOnly ReceivedDate,
    string SubjectCode,
    string IssueCode,
    string? RegionCode,
    string? MerchantKey,
    string? MerchantName,
    string? Platform,
    ComplaintChannel Channel,
    string Source,
    string? ComplainantPseudonym);
