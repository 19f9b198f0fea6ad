using System.Globalization;

namespace RegulatorHub.Application.Audit;

/// <summary>
/// Reads the whole audit trail and checks every link; reports the first problem, or that the chain is intact.
/// </summary>
/// <remarks>
/// <para>Entries are read in ascending sequence order and judged in that order; the first problem wins:</para>
/// <list type="number">
/// <item>A sequence gap (entry <c>n</c> followed by <c>n + k</c>, k &gt; 1) is <see cref="AuditProblemKind.Deleted"/>
/// at <c>n + 1</c>, the first missing entry.</item>
/// <item>Two entries with one sequence: when one of them verifies, the other is <see cref="AuditProblemKind.Inserted"/>
/// at that sequence; when neither does, the first is judged alone.</item>
/// <item>An entry whose hash does not match its own content and previous hash is <see cref="AuditProblemKind.Modified"/>.
/// This covers an edited field, an edited previous hash, and an edited entry that was re-hashed without the key (plain
/// SHA-256 or a wrong key still gives a different HMAC).</item>
/// <item>An entry whose hash matches its content but whose previous hash is not the preceding entry's hash is
/// <see cref="AuditProblemKind.Inserted"/>: its own hash can only have been made with the key, so it is a genuine entry
/// from another position or another chain (a replay), placed here.</item>
/// </list>
/// <para>Then the head checkpoint (read before and again after the entries, so appends running meanwhile do not count
/// against the chain):</para>
/// <list type="bullet">
/// <item>The checkpoint read before names a sequence past the last entry: <see cref="AuditProblemKind.Deleted"/> at the
/// first missing one (the tail was cut).</item>
/// <item>No checkpoint while entries exist, entries after the checkpoint read afterwards, or a checkpoint hash that
/// differs from its entry's hash: <see cref="AuditProblemKind.HeadMismatch"/> (the checkpoint was rolled back or
/// rewritten; an append always moves entry and checkpoint together).</item>
/// </list>
/// <para>
/// What it cannot see: someone holding the key can rewrite anything; someone who saved an old checkpoint can cut the
/// tail back to exactly that point and restore it. Keep the key apart from the store and note the head hash
/// <c>regulatorhub audit verify</c> prints somewhere else from time to time.
/// </para>
/// </remarks>
public sealed class AuditVerifier(IAuditTrail trail, AuditChain chain)
{
    /// <summary>Verifies the whole chain.</summary>
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var before = await trail.GetHeadAsync(cancellationToken).ConfigureAwait(false);
        if (before is { Sequence: < 1 })
        {
            return AuditVerification.Broken(AuditProblemKind.HeadMismatch, 1, 0, AuditChain.GenesisHash, "the head checkpoint names no entry");
        }

        var expected = 1L;
        var previous = AuditChain.GenesisHash;
        string? hashAtBefore = null;
        await using (var entries = trail.ReadAsync(1, cancellationToken).GetAsyncEnumerator(cancellationToken))
        {
            var next = await entries.MoveNextAsync().ConfigureAwait(false) ? entries.Current : null;
            while (next is not null)
            {
                var group = new List<AuditEntry> { next };
                next = await entries.MoveNextAsync().ConfigureAwait(false) ? entries.Current : null;
                while (next is not null && next.Sequence == group[0].Sequence)
                {
                    group.Add(next);
                    next = await entries.MoveNextAsync().ConfigureAwait(false) ? entries.Current : null;
                }

                if (Judge(group, expected, previous) is { } problem)
                {
                    return problem;
                }

                // Judged sound: a single entry at the expected sequence, linked to the one before.
                previous = group[0].Hash;
                if (expected == before?.Sequence)
                {
                    hashAtBefore = previous;
                }

                expected++;
            }
        }

        var last = expected - 1;
        var after = await trail.GetHeadAsync(cancellationToken).ConfigureAwait(false);
        return CheckHeads(before, after, last, previous, hashAtBefore) ?? AuditVerification.Intact(last, previous);

        AuditVerification? Judge(List<AuditEntry> group, long sequenceExpected, string previousHash)
        {
            var sequence = group[0].Sequence;
            var verified = sequenceExpected - 1;
            if (sequence < sequenceExpected)
            {
                return AuditVerification.Broken(AuditProblemKind.Inserted, sequence, verified, previousHash, "out of sequence order");
            }

            if (sequence > sequenceExpected)
            {
                return AuditVerification.Broken(AuditProblemKind.Deleted, sequenceExpected, verified, previousHash,
                    string.Create(CultureInfo.InvariantCulture, $"missing: the sequence jumps to {sequence}"));
            }

            var genuine = group.Count(e => chain.IsConsistent(e) && e.PreviousHash == previousHash);
            if (group.Count > 1 && genuine >= 1)
            {
                return AuditVerification.Broken(AuditProblemKind.Inserted, sequence, verified, previousHash, "a second entry with this sequence number");
            }

            var entry = group[0];
            if (!chain.IsConsistent(entry))
            {
                return AuditVerification.Broken(AuditProblemKind.Modified, sequence, verified, previousHash, "hash does not match its content");
            }

            return entry.PreviousHash == previousHash
                ? null
                : AuditVerification.Broken(AuditProblemKind.Inserted, sequence, verified, previousHash, "its previous hash is not the preceding entry's hash");
        }
    }

    private static AuditVerification? CheckHeads(AuditHead? before, AuditHead? after, long last, string lastHash, string? hashAtBefore)
    {
        if (before is not null && before.Sequence > last)
        {
            return AuditVerification.Broken(AuditProblemKind.Deleted, last + 1, last, lastHash,
                string.Create(CultureInfo.InvariantCulture, $"the head checkpoint records {before.Sequence} entries, the chain ends at {last}"));
        }

        if (before is not null && !string.Equals(hashAtBefore, before.Hash, StringComparison.Ordinal))
        {
            return AuditVerification.Broken(AuditProblemKind.HeadMismatch, before.Sequence, last, lastHash, "the head checkpoint's hash is not this entry's hash");
        }

        if (after is null)
        {
            return last == 0 ? null : AuditVerification.Broken(AuditProblemKind.HeadMismatch, 1, last, lastHash, "entries exist but there is no head checkpoint");
        }

        if (after.Sequence < last)
        {
            return AuditVerification.Broken(AuditProblemKind.HeadMismatch, after.Sequence + 1, last, lastHash,
                string.Create(CultureInfo.InvariantCulture, $"entries follow the head checkpoint (entry {after.Sequence})"));
        }

        return after.Sequence == last && !string.Equals(after.Hash, lastHash, StringComparison.Ordinal)
            ? AuditVerification.Broken(AuditProblemKind.HeadMismatch, last, last, lastHash, "the head checkpoint's hash is not this entry's hash")
            : null;
    }
}
