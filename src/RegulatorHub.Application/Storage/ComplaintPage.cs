using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Storage;

/// <summary>One page of a complaint listing.</summary>
/// <param name="Items">The complaints, newest first.</param>
/// <param name="ContinuationToken">Pass it in the next query to continue after the last item; <see langword="null"/>
/// when nothing follows.</param>
public sealed record ComplaintPage(IReadOnlyList<Complaint> Items, string? ContinuationToken)
{
    /// <summary>An empty last page.</summary>
    public static ComplaintPage Empty { get; } = new([], null);
}
