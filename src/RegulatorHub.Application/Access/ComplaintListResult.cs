using RegulatorHub.Application.Storage;

namespace RegulatorHub.Application.Access;

/// <summary>A page of the complaints in a user's jurisdiction, or the reason there is none for them.</summary>
/// <param name="Denial">Why the user may not list complaints, or <see langword="null"/> when <paramref name="Page"/> is theirs.</param>
/// <param name="Page">The page (empty when denied).</param>
public sealed record ComplaintListResult(ComplaintAccessDecision? Denial, ComplaintPage Page)
{
    /// <summary>Whether the user may list complaints.</summary>
    public bool Allowed => Denial is null;
}
