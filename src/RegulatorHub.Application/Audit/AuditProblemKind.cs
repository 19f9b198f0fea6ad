namespace RegulatorHub.Application.Audit;

/// <summary>The first thing <see cref="AuditVerifier"/> found wrong with a chain.</summary>
public enum AuditProblemKind
{
    /// <summary>An entry's hash does not match its content: a field, its previous hash or its hash was changed.</summary>
    Modified = 1,

    /// <summary>
    /// An entry whose own hash is consistent but whose previous hash is not the preceding entry's hash (an entry copied
    /// in from elsewhere, e.g. another chain under the same key), or a second entry with the same sequence.
    /// </summary>
    Inserted = 2,

    /// <summary>An entry is missing: a gap in the sequence, or the head checkpoint records entries after the last one.</summary>
    Deleted = 3,

    /// <summary>
    /// The head checkpoint disagrees with the chain: its hash is not the hash of the entry it names, or entries follow
    /// the entry it names (it was rolled back or rewritten).
    /// </summary>
    HeadMismatch = 4,
}
