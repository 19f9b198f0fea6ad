using RegulatorHub.Application.Audit;
using RegulatorHub.Storage.Tests.Contract;
using RegulatorHub.Testing.Audit;

namespace RegulatorHub.Storage.Tests.Audit;

/// <summary>The verifier's rules on cases a real store makes hard to stage (its keys refuse them).</summary>
public sealed class AuditVerifierTests
{
    private static async Task<InMemoryAuditTrail> TrailAsync(int entries)
    {
        var trail = new InMemoryAuditTrail(AuditRecords.Chain);
        await AuditRecords.AppendAsync(trail, entries);
        return trail;
    }

    private static Task<AuditVerification> VerifyAsync(IAuditTrail trail) =>
        new AuditVerifier(trail, AuditRecords.Chain).VerifyAsync(CancellationToken.None);

    [Fact]
    public async Task Verify_ForgedDuplicateStoredBeforeTheGenuineEntry_ReportsInserted()
    {
        var trail = await TrailAsync(4);
        trail.Entries.Insert(1, trail.Entries[1] with { Target = "page:/forged" });

        var verification = await VerifyAsync(trail);

        Assert.Equal((AuditProblemKind.Inserted, (long?)2), (verification.Problem, verification.Sequence));
        Assert.Equal("Audit trail broken at entry 2: inserted (a second entry with this sequence number)", verification.Describe());
    }

    [Fact]
    public async Task Verify_TwoForgedEntriesWithOneSequence_ReportsModified()
    {
        var trail = await TrailAsync(3);
        trail.Entries[1] = trail.Entries[1] with { Target = "page:/one" };
        trail.Entries.Insert(2, trail.Entries[1] with { Target = "page:/two" });

        var verification = await VerifyAsync(trail);

        Assert.Equal((AuditProblemKind.Modified, (long?)2), (verification.Problem, verification.Sequence));
    }

    [Fact]
    public async Task Verify_FirstEntryDeleted_ReportsDeletedAtOne()
    {
        var trail = await TrailAsync(3);
        trail.Entries.RemoveAt(0);

        var verification = await VerifyAsync(trail);

        Assert.Equal((AuditProblemKind.Deleted, (long?)1, 0L), (verification.Problem, verification.Sequence, verification.Entries));
        Assert.Contains("jumps to 2", verification.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ForgedEntryAppendedPastTheHead_ReportsModified()
    {
        var trail = await TrailAsync(3);
        var last = trail.Entries[^1];
        trail.Entries.Add(last with { Sequence = 4, PreviousHash = last.Hash, Hash = new string('c', 64) });

        var verification = await VerifyAsync(trail);

        Assert.Equal((AuditProblemKind.Modified, (long?)4), (verification.Problem, verification.Sequence));
    }

    [Fact]
    public async Task Verify_EveryEntryDeletedButTheHead_ReportsDeletedAtOne()
    {
        var trail = await TrailAsync(3);
        trail.Entries.Clear();

        var verification = await VerifyAsync(trail);

        Assert.Equal((AuditProblemKind.Deleted, (long?)1), (verification.Problem, verification.Sequence));
    }

    [Fact]
    public async Task Verify_HeadNamingNoEntry_ReportsHeadMismatch()
    {
        var trail = await TrailAsync(2);
        trail.Head = new AuditHead(0, AuditChain.GenesisHash);

        var verification = await VerifyAsync(trail);

        Assert.Equal((AuditProblemKind.HeadMismatch, (long?)1), (verification.Problem, verification.Sequence));
    }

    [Fact]
    public async Task Verify_UnrecognizedActionRead_ReportsModified()
    {
        var trail = await TrailAsync(2);
        trail.Entries[0] = trail.Entries[0] with { Action = AuditAction.Unrecognized };

        var verification = await VerifyAsync(trail);

        Assert.Equal((AuditProblemKind.Modified, (long?)1), (verification.Problem, verification.Sequence));
    }

    [Fact]
    public async Task Verify_AppendsWhileReading_StillIntact()
    {
        var inner = await TrailAsync(3);
        var trail = new AppendingWhileRead(inner);

        var verification = await VerifyAsync(trail);

        // The entry appended after the first head read is read and verified; the one after the second is not.
        Assert.True(verification.IsIntact, verification.Describe());
        Assert.Equal(4, verification.Entries);
        Assert.Equal(2, trail.Appended);
    }

    /// <summary>Appends one entry just after each head read, as a busy dashboard would during verification.</summary>
    private sealed class AppendingWhileRead(InMemoryAuditTrail inner) : IAuditTrail
    {
        public int Appended { get; private set; }

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken) => inner.AppendAsync(record, cancellationToken);

        public async IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var entry in inner.ReadAsync(fromSequence, cancellationToken))
            {
                yield return entry;
            }
        }

        public Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) => inner.SearchAsync(query, cancellationToken);

        public async Task<AuditHead?> GetHeadAsync(CancellationToken cancellationToken)
        {
            var head = await inner.GetHeadAsync(cancellationToken);
            await inner.AppendAsync(AuditRecords.Make(100 + Appended), cancellationToken);
            Appended++;
            return head;
        }
    }
}
