using System.Globalization;

namespace RegulatorHub.Application.Audit;

/// <summary>What <see cref="AuditVerifier"/> found: an intact chain, or the first problem and where it is.</summary>
/// <param name="IsIntact">Every entry verified and the head checkpoint agrees.</param>
/// <param name="Entries">Entries read that verified (for a broken chain: those before the problem).</param>
/// <param name="HeadHash">The hash of the last entry verified (<see cref="AuditChain.GenesisHash"/> for an empty chain).</param>
/// <param name="Problem">The kind of the first problem; <see langword="null"/> when intact.</param>
/// <param name="Sequence">The sequence number the problem is at; <see langword="null"/> when intact.</param>
/// <param name="Reason">One phrase on what was seen, without entry content; <see langword="null"/> when intact.</param>
public sealed record AuditVerification(
    bool IsIntact,
    long Entries,
    string HeadHash,
    AuditProblemKind? Problem,
    long? Sequence,
    string? Reason)
{
    /// <summary>An intact chain of <paramref name="entries"/> entries ending in <paramref name="headHash"/>.</summary>
    public static AuditVerification Intact(long entries, string headHash) => new(true, entries, headHash, null, null, null);

    /// <summary>A chain broken at <paramref name="sequence"/>.</summary>
    public static AuditVerification Broken(AuditProblemKind problem, long sequence, long entriesVerified, string lastGoodHash, string reason) =>
        new(false, entriesVerified, lastGoodHash, problem, sequence, reason);

    /// <summary>
    /// One line for people: "Audit trail intact: 120 entries, head 3f…" or "Audit trail broken at entry 17: modified
    /// (hash does not match its content)".
    /// </summary>
    public string Describe() => IsIntact
        ? string.Create(CultureInfo.InvariantCulture, $"Audit trail intact: {Entries} entries, head {HeadHash}")
        : string.Create(CultureInfo.InvariantCulture, $"Audit trail broken at entry {Sequence}: {KindText(Problem)} ({Reason})");

    private static string KindText(AuditProblemKind? kind) => kind switch
    {
        AuditProblemKind.Modified => "modified",
        AuditProblemKind.Inserted => "inserted",
        AuditProblemKind.Deleted => "deleted",
        AuditProblemKind.HeadMismatch => "head mismatch",
        _ => "unknown problem",
    };
}
