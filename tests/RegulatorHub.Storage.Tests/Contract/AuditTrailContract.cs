using System.Security.Cryptography;
using System.Text;
using RegulatorHub.Application.Audit;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>
/// What every audit trail adapter must do, and what <see cref="AuditVerifier"/> must report when its store is tampered
/// with directly. Each adapter's test class derives from this and supplies a fresh trail.
/// </summary>
public abstract class AuditTrailContract
{
    protected abstract Task<AuditTrailFixture> CreateAsync();

    private static Task<AuditVerification> VerifyAsync(IAuditTrail trail) =>
        new AuditVerifier(trail, AuditRecords.Chain).VerifyAsync(CancellationToken.None);

    [Fact]
    public async Task Append_Three_ReadsBackInOrderLinkedFromGenesis()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var appended = await AuditRecords.AppendAsync(fixture.Trail, 3);
        var read = await AuditRecords.ReadAllAsync(fixture.Trail);

        Assert.Equal(appended, read);
        Assert.Equal([1L, 2L, 3L], read.Select(e => e.Sequence));
        Assert.Equal(AuditChain.GenesisHash, read[0].PreviousHash);
        Assert.Equal(read[0].Hash, read[1].PreviousHash);
        Assert.Equal(read[1].Hash, read[2].PreviousHash);
        Assert.Equal(AuditRecords.Make(1).At, read[0].At);
        Assert.Equal(TimeSpan.Zero, read[0].At.Offset);
        Assert.Null(read[1].Detail);
        Assert.Equal("fields=narrative", read[0].Detail);
        Assert.All(read, e => Assert.True(AuditRecords.Chain.IsConsistent(e)));
    }

    [Fact]
    public async Task Append_TwentyAtOnce_NoSequenceReusedAndChainIntact()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var appended = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => Task.Run(() => fixture.Trail.AppendAsync(AuditRecords.Make(i), CancellationToken.None))));
        var read = await AuditRecords.ReadAllAsync(fixture.Trail);
        var verification = await VerifyAsync(fixture.Trail);

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), appended.Select(e => e.Sequence).Order());
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), read.Select(e => e.Sequence));
        Assert.Equal(20, read.Select(e => e.Target).Distinct().Count());
        Assert.True(verification.IsIntact, verification.Describe());
        Assert.Equal(20, verification.Entries);
        Assert.Equal(new AuditHead(20, read[^1].Hash), await fixture.Trail.GetHeadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Read_FromSequence_StartsThere()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 5);

        var read = new List<long>();
        await foreach (var entry in fixture.Trail.ReadAsync(4, CancellationToken.None))
        {
            read.Add(entry.Sequence);
        }

        Assert.Equal([4L, 5L], read);
    }

    [Fact]
    public async Task GetHead_EmptyThenAfterAppends_NullThenLastEntry()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var empty = await fixture.Trail.GetHeadAsync(CancellationToken.None);
        var appended = await AuditRecords.AppendAsync(fixture.Trail, 2);

        Assert.Null(empty);
        Assert.Equal(new AuditHead(2, appended[1].Hash), await fixture.Trail.GetHeadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Search_EachFilter_ReturnsOnlyMatchesNewestFirst()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var trail = fixture.Trail;
        await trail.AppendAsync(AuditRecords.Make(1), CancellationToken.None);
        await trail.AppendAsync(AuditRecords.Make(2, actor: "acct-sh-regulator", agency: "samr-sh"), CancellationToken.None);
        await trail.AppendAsync(AuditRecords.Make(3, action: AuditAction.ExportCreated, target: AuditTargets.Export("exp-7")), CancellationToken.None);
        await trail.AppendAsync(AuditRecords.Make(4, actor: AuditRecord.UnknownActor, agency: null, action: AuditAction.SignInFailed, target: AuditTargets.Page("/signin"), outcome: AuditOutcome.Failed), CancellationToken.None);
        await trail.AppendAsync(AuditRecords.Make(5, target: AuditTargets.Complaint("tmall", "TM-9")), CancellationToken.None);

        async Task<long[]> Find(AuditQuery query) => [.. (await trail.SearchAsync(query, CancellationToken.None)).Select(e => e.Sequence)];

        Assert.Equal(new long[] { 5, 4, 3, 2, 1 }, await Find(new AuditQuery()));
        Assert.Equal(new long[] { 5, 3, 1 }, await Find(new AuditQuery(Actor: "acct-hz-regulator")));
        Assert.Equal(new long[] { 2 }, await Find(new AuditQuery(AgencyId: "samr-sh")));
        Assert.Equal(new long[] { 3 }, await Find(new AuditQuery(Action: AuditAction.ExportCreated)));
        Assert.Equal(new long[] { 4 }, await Find(new AuditQuery(Actor: AuditRecord.UnknownActor, Action: AuditAction.SignInFailed)));
        Assert.Equal(new long[] { 2, 1 }, await Find(new AuditQuery(TargetPrefix: "complaint:12315-zj/")));
        Assert.Equal(new long[] { 5, 2, 1 }, await Find(new AuditQuery(TargetPrefix: "complaint:")));
        Assert.Empty(await Find(new AuditQuery(TargetPrefix: "Complaint:")));
        Assert.Equal(new long[] { 3, 2 }, await Find(new AuditQuery(From: AuditRecords.Make(2).At, To: AuditRecords.Make(4).At)));
        Assert.Equal(new long[] { 3 }, await Find(new AuditQuery(AgencyId: "samr-hz", From: AuditRecords.Make(2).At, To: AuditRecords.Make(4).At)));
    }

    [Fact]
    public async Task Search_LimitAndBeforeSequence_PagesThroughEverythingOnce()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 7);

        var pages = new List<long[]>();
        long? before = null;
        while (true)
        {
            var page = await fixture.Trail.SearchAsync(new AuditQuery(Limit: 3, BeforeSequence: before), CancellationToken.None);
            if (page.Count == 0)
            {
                break;
            }

            pages.Add([.. page.Select(e => e.Sequence)]);
            before = page[^1].Sequence;
        }

        Assert.Equal([[7L, 6L, 5L], [4L, 3L, 2L], [1L]], pages);
    }

    [Fact]
    public async Task Search_InvalidQuery_ThrowsNamingTheParameter()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Trail.SearchAsync(new AuditQuery(Limit: 501), CancellationToken.None));

        Assert.Contains("Limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_Empty_IntactWithNoEntries()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var verification = await VerifyAsync(fixture.Trail);

        Assert.Equal(AuditVerification.Intact(0, AuditChain.GenesisHash), verification);
    }

    [Fact]
    public async Task Verify_Untouched_IntactWithCountAndHead()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var appended = await AuditRecords.AppendAsync(fixture.Trail, 5);

        var verification = await VerifyAsync(fixture.Trail);

        Assert.Equal(AuditVerification.Intact(5, appended[^1].Hash), verification);
        Assert.Equal($"Audit trail intact: 5 entries, head {appended[^1].Hash}", verification.Describe());
    }

    [Fact]
    public async Task Verify_TargetEdited_ReportsModifiedAtThatEntry()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 5);

        await fixture.Tamper.SetFieldAsync(3, "target", AuditTargets.Complaint("12315-zj", "ZJ2026-9999"));
        var verification = await VerifyAsync(fixture.Trail);

        AssertBroken(verification, AuditProblemKind.Modified, 3);
        Assert.Equal(2, verification.Entries);
        Assert.Equal("Audit trail broken at entry 3: modified (hash does not match its content)", verification.Describe());
    }

    [Theory]
    [InlineData("sha256")]
    [InlineData("other-key")]
    public async Task Verify_TargetEditedAndRehashedWithoutKey_ReportsModified(string rehash)
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var appended = await AuditRecords.AppendAsync(fixture.Trail, 5);

        // The attacker recomputes the hash as best they can: the scheme is documented, the key is not theirs.
        var edited = appended[3] with { Target = AuditTargets.Complaint("12315-zj", "ZJ2026-0000") };
        var message = Encoding.UTF8.GetBytes(edited.PreviousHash).Concat(AuditChain.CanonicalBytes(edited)).ToArray();
        var forged = rehash == "sha256"
            ? Convert.ToHexStringLower(SHA256.HashData(message))
            : new AuditChain(new byte[32]).ComputeHash(edited);
        await fixture.Tamper.SetFieldAsync(4, "target", edited.Target);
        await fixture.Tamper.SetFieldAsync(4, "hash", forged);
        await fixture.Tamper.SetFieldAsync(5, "previousHash", forged);

        AssertBroken(await VerifyAsync(fixture.Trail), AuditProblemKind.Modified, 4);
    }

    [Fact]
    public async Task Verify_ActionRecasedInStore_ReportsModified()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 3);

        // A different spelling of the same member must not parse back to it and hide the edit.
        await fixture.Tamper.SetFieldAsync(2, "action", "complaintviewed");

        AssertBroken(await VerifyAsync(fixture.Trail), AuditProblemKind.Modified, 2);
    }

    [Fact]
    public async Task Verify_PreviousHashEdited_ReportsModified()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 3);

        await fixture.Tamper.SetFieldAsync(2, "previousHash", new string('a', 64));

        AssertBroken(await VerifyAsync(fixture.Trail), AuditProblemKind.Modified, 2);
    }

    [Fact]
    public async Task Verify_MiddleEntryDeleted_ReportsDeletedAtIt()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 5);

        await fixture.Tamper.DeleteAsync(3);
        var verification = await VerifyAsync(fixture.Trail);

        AssertBroken(verification, AuditProblemKind.Deleted, 3);
        Assert.Equal(2, verification.Entries);
    }

    [Fact]
    public async Task Verify_TailDeleted_ReportsDeletedAfterLastRemaining()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 5);

        await fixture.Tamper.DeleteAsync(5);
        await fixture.Tamper.DeleteAsync(4);

        AssertBroken(await VerifyAsync(fixture.Trail), AuditProblemKind.Deleted, 4);
    }

    [Fact]
    public async Task Append_AfterTailDeleted_ContinuesFromHeadAndTheCutStaysVisible()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var appended = await AuditRecords.AppendAsync(fixture.Trail, 5);
        await fixture.Tamper.DeleteAsync(5);

        var next = await fixture.Trail.AppendAsync(AuditRecords.Make(6), CancellationToken.None);

        Assert.Equal(6, next.Sequence);
        Assert.Equal(appended[4].Hash, next.PreviousHash);
        AssertBroken(await VerifyAsync(fixture.Trail), AuditProblemKind.Deleted, 5);
    }

    [Fact]
    public async Task Verify_GenuineEntryFromAnotherChainInserted_ReportsInserted()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 5);

        // An entry made under the same key for another chain (a replay): its own hash is sound, its link is not.
        var foreign = AuditRecords.Chain.Link(3, new string('b', 64), AuditRecords.Make(42, actor: "acct-bj-regulator", agency: "samr-bj"));
        await fixture.Tamper.RenumberFromAsync(3);
        await fixture.Tamper.InsertAsync(foreign);
        var verification = await VerifyAsync(fixture.Trail);

        AssertBroken(verification, AuditProblemKind.Inserted, 3);
        Assert.Equal(2, verification.Entries);
    }

    [Fact]
    public async Task Verify_HeadRolledBack_ReportsHeadMismatchAfterIt()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var appended = await AuditRecords.AppendAsync(fixture.Trail, 5);

        await fixture.Tamper.SetHeadAsync(new AuditHead(3, appended[2].Hash));

        AssertBroken(await VerifyAsync(fixture.Trail), AuditProblemKind.HeadMismatch, 4);
    }

    [Fact]
    public async Task Verify_HeadHashRewritten_ReportsHeadMismatch()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 5);

        await fixture.Tamper.SetHeadAsync(new AuditHead(5, new string('f', 64)));

        AssertBroken(await VerifyAsync(fixture.Trail), AuditProblemKind.HeadMismatch, 5);
    }

    [Fact]
    public async Task Verify_HeadDeleted_ReportsHeadMismatch()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await AuditRecords.AppendAsync(fixture.Trail, 2);

        await fixture.Tamper.DeleteHeadAsync();

        AssertBroken(await VerifyAsync(fixture.Trail), AuditProblemKind.HeadMismatch, 1);
    }

    [Fact]
    public async Task Append_AfterHeadRolledBack_RefusesInsteadOfForking()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var appended = await AuditRecords.AppendAsync(fixture.Trail, 5);
        await fixture.Tamper.SetHeadAsync(new AuditHead(3, appended[2].Hash));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.Trail.AppendAsync(AuditRecords.Make(6), CancellationToken.None));

        Assert.Contains("audit verify", error.Message, StringComparison.Ordinal);
        Assert.Equal(appended, await AuditRecords.ReadAllAsync(fixture.Trail));
    }

    private static void AssertBroken(AuditVerification verification, AuditProblemKind kind, long sequence)
    {
        Assert.False(verification.IsIntact, "expected a broken chain");
        Assert.Equal((kind, (long?)sequence), (verification.Problem!.Value, verification.Sequence));
    }
}
