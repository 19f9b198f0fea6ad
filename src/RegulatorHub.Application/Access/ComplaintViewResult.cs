using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Access;

/// <summary>The outcome of opening one complaint's record.</summary>
/// <param name="Decision">Whether it is shown, and why (for the record: a denied user learns nothing from it).</param>
/// <param name="Complaint">The record, only when <paramref name="Decision"/> allows it.</param>
public sealed record ComplaintViewResult(ComplaintAccessDecision Decision, Complaint? Complaint)
{
    /// <summary>Whether the record is shown.</summary>
    public bool Allowed => Decision.Allowed && Complaint is not null;
}
