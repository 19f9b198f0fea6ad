namespace RegulatorHub.Domain.Referrals;

/// <summary>
/// The identity of the complaint a referral is about: the same pair as
/// <see cref="Complaints.Complaint.Source"/> and <see cref="Complaints.Complaint.SourceCaseId"/>.
/// </summary>
/// <param name="Source">Stable identifier of the feed, e.g. <c>12315-zj</c>.</param>
/// <param name="SourceCaseId">The case number the source gave the complaint.</param>
/// <exception cref="ArgumentException">Either value is empty or white space.</exception>
public sealed record ComplaintReference(string Source, string SourceCaseId)
{
    /// <summary>Stable identifier of the feed.</summary>
    public string Source { get; } = Require(Source, nameof(Source));

    /// <summary>The case number the source gave the complaint; unique within <see cref="Source"/>.</summary>
    public string SourceCaseId { get; } = Require(SourceCaseId, nameof(SourceCaseId));

    /// <summary>The reference as <c>source/case-id</c>.</summary>
    public override string ToString() => $"{Source}/{SourceCaseId}";

    private static string Require(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
