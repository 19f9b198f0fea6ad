namespace RegulatorHub.Application.Audit;

/// <summary>
/// One entry of the audit trail as stored: a record with its place in the chain. Built by <see cref="AuditChain"/>;
/// read back from a store it may have been tampered with, so it is not validated: <see cref="AuditVerifier"/> judges it.
/// </summary>
/// <param name="Sequence">Position in the chain: 1 for the first entry, then one more per entry, without gaps.</param>
/// <param name="At">When it happened, in UTC.</param>
/// <param name="Actor">Opaque account id, <c>anonymous</c> or <c>unknown</c>.</param>
/// <param name="AgencyId">The actor's agency, when known.</param>
/// <param name="Role">The actor's role, when known.</param>
/// <param name="Action">What was done.</param>
/// <param name="Target">What it was done to.</param>
/// <param name="Outcome"><c>allowed</c>, <c>denied</c> or <c>failed</c>.</param>
/// <param name="Purpose">Why, when stated.</param>
/// <param name="Detail">A short note without personal data.</param>
/// <param name="PreviousHash">The previous entry's <see cref="Hash"/>; <see cref="AuditChain.GenesisHash"/> for entry 1.</param>
/// <param name="Hash">HMAC-SHA-256 over <see cref="PreviousHash"/> and this entry's canonical bytes, lower-case hex.</param>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string Actor,
    string? AgencyId,
    string? Role,
    AuditAction Action,
    string Target,
    string Outcome,
    string? Purpose,
    string? Detail,
    string PreviousHash,
    string Hash);
