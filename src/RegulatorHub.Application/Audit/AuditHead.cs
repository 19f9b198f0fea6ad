namespace RegulatorHub.Application.Audit;

/// <summary>
/// The checkpoint a store keeps apart from the entries, written in the same transaction as each append: the last
/// sequence and its hash. Deleting entries from the end of the chain leaves it pointing past them, which is how
/// <see cref="AuditVerifier"/> notices a cut tail.
/// </summary>
/// <param name="Sequence">The last entry's sequence.</param>
/// <param name="Hash">The last entry's hash.</param>
public sealed record AuditHead(long Sequence, string Hash);
