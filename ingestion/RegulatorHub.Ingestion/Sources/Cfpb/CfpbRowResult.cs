using System.Diagnostics.CodeAnalysis;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>
/// What one data row of a CFPB file became: either a <see cref="Complaint"/> or a <see cref="Rejection"/>.
/// Every data row yields exactly one result, so accepted + rejected = data rows.
/// </summary>
public sealed class CfpbRowResult
{
    private CfpbRowResult(long lineNumber, Complaint? complaint, CfpbRowRejection? rejection, bool subjectFromFallback, bool issueFromFallback, string? stateOutsideGazetteer)
    {
        LineNumber = lineNumber;
        Complaint = complaint;
        Rejection = rejection;
        SubjectFromFallback = subjectFromFallback;
        IssueFromFallback = issueFromFallback;
        StateOutsideGazetteer = stateOutsideGazetteer;
    }

    /// <summary>The physical line of the file where the row starts (1-based, header included).</summary>
    public long LineNumber { get; }

    /// <summary>The complaint, when the row was accepted.</summary>
    public Complaint? Complaint { get; }

    /// <summary>Why the row was not accepted, when it was not.</summary>
    public CfpbRowRejection? Rejection { get; }

    /// <summary>True when the row was rejected; <see cref="Rejection"/> is then set, otherwise <see cref="Complaint"/> is.</summary>
    [MemberNotNullWhen(true, nameof(Rejection))]
    [MemberNotNullWhen(false, nameof(Complaint))]
    public bool IsRejected => Rejection is not null;

    /// <summary>True when the product was not in the <c>cfpb-product</c> crosswalk and its fallback subject was used.</summary>
    public bool SubjectFromFallback { get; }

    /// <summary>True when the issue was not in the <c>cfpb-issue</c> crosswalk and its fallback (<c>other</c>) was used.</summary>
    public bool IssueFromFallback { get; }

    /// <summary>
    /// A valid CFPB state value the region gazetteer has no region for (territories such as PR or GU, military
    /// addresses AA/AE/AP), kept here because the complaint's region is then <see langword="null"/>.
    /// </summary>
    public string? StateOutsideGazetteer { get; }

    internal static CfpbRowResult Accepted(long lineNumber, Complaint complaint, bool subjectFromFallback, bool issueFromFallback, string? stateOutsideGazetteer) =>
        new(lineNumber, complaint, null, subjectFromFallback, issueFromFallback, stateOutsideGazetteer);

    internal static CfpbRowResult Rejected(CfpbRowRejection rejection) =>
        new(rejection.LineNumber, null, rejection, false, false, null);
}
