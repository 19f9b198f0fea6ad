using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Referrals;
using static RegulatorHub.Storage.Tests.Contract.ReferralSamples;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>
/// What every referral store must do. Each adapter's test class derives from this and supplies a fresh, initialized
/// store; the same assertions then hold for SQLite and Cosmos DB alike.
/// </summary>
public abstract class ReferralStoreContract
{
    /// <summary>A fresh, initialized store and what disposes it.</summary>
    protected abstract Task<(IReferralStore Store, IAsyncDisposable Lifetime)> CreateStoreAsync();

    [Fact]
    public async Task Create_ThenFind_RoundTripsEveryField()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var referral = Act(Act(New(), ReferralAction.ReturnForInformation, Shanghai), ReferralAction.Resubmit, Hangzhou, note: "已补充订单截图。");

        var written = await store.CreateAsync(referral, CancellationToken.None);
        var found = await store.FindAsync(referral.Id, CancellationToken.None);

        Assert.Equal(new ReferralWriteResult(ReferralWriteStatus.Created, 3), written);
        AssertSame(referral, found);
        Assert.Equal(3, found!.Version);
        Assert.Equal(ReferralState.Pending, found.Referral.State);
        Assert.Equal(referral.Referral.DueBy, found.Referral.DueBy);
    }

    [Fact]
    public async Task Create_WithoutMerchantOrAmount_RoundTrips()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var referral = New(merchantKey: null) is var r ? r with { Snapshot = r.Snapshot with { Amount = null, Narrative = null, Platform = null } } : null!;

        await store.CreateAsync(referral, CancellationToken.None);

        AssertSame(referral, await store.FindAsync(referral.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Find_UnknownId_IsNull()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;

        Assert.Null(await store.FindAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task Create_SameIdAgain_IsAlreadyExistsAndKeepsTheFirst()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var first = New();
        await store.CreateAsync(first, CancellationToken.None);
        var again = New(caseId: "ZJ-OTHER", id: first.Id);

        var written = await store.CreateAsync(again, CancellationToken.None);

        Assert.Equal(new ReferralWriteResult(ReferralWriteStatus.AlreadyExists, 1), written);
        AssertSame(first, await store.FindAsync(first.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Save_ExpectedVersion_ReplacesTheStoredReferral()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var created = New();
        await store.CreateAsync(created, CancellationToken.None);
        var accepted = Act(created, ReferralAction.Accept, Shanghai);

        var written = await store.SaveAsync(accepted, 1, CancellationToken.None);

        Assert.Equal(new ReferralWriteResult(ReferralWriteStatus.Saved, 2), written);
        AssertSame(accepted, await store.FindAsync(created.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Save_StaleVersion_IsConflictAndNothingIsLost()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var created = New();
        await store.CreateAsync(created, CancellationToken.None);
        var returned = Act(created, ReferralAction.ReturnForInformation, Shanghai);
        var resubmitted = Act(returned, ReferralAction.Resubmit, Hangzhou);
        await store.SaveAsync(returned, 1, CancellationToken.None);
        await store.SaveAsync(resubmitted, 2, CancellationToken.None);
        var staleAccept = Act(created, ReferralAction.Accept, Shanghai);

        var written = await store.SaveAsync(staleAccept, 1, CancellationToken.None);

        Assert.Equal(new ReferralWriteResult(ReferralWriteStatus.Conflict, 3), written);
        AssertSame(resubmitted, await store.FindAsync(created.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Save_UnknownId_IsNotFoundAndCreatesNothing()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var accepted = Act(New(), ReferralAction.Accept, Shanghai);

        var written = await store.SaveAsync(accepted, 1, CancellationToken.None);

        Assert.Equal(ReferralWriteStatus.NotFound, written.Status);
        Assert.Null(await store.FindAsync(accepted.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Save_VersionNotAboveExpected_IsRefusedAsAProgrammingError()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var created = New();
        await store.CreateAsync(created, CancellationToken.None);

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(created, 1, CancellationToken.None));
    }

    [Fact]
    public async Task Save_TwoConcurrentActors_ExactlyOneWinsAndTheLoserReloadsAndActsOnTheNewState()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var created = New();
        await store.CreateAsync(created, CancellationToken.None);

        // Both opened version 1: the receiver asks for information while the sender withdraws.
        var returned = Act(created, ReferralAction.ReturnForInformation, Shanghai);
        var withdrawn = Act(created, ReferralAction.Withdraw, Hangzhou, minutesLater: 30);
        var results = await Task.WhenAll(
            Task.Run(() => store.SaveAsync(returned, 1, CancellationToken.None)),
            Task.Run(() => store.SaveAsync(withdrawn, 1, CancellationToken.None)));

        Assert.Single(results, r => r.Status == ReferralWriteStatus.Saved);
        Assert.Single(results, r => r == new ReferralWriteResult(ReferralWriteStatus.Conflict, 2));
        var winner = results[0].Status == ReferralWriteStatus.Saved ? returned : withdrawn;
        var loserAction = winner == returned ? ReferralAction.Withdraw : ReferralAction.ReturnForInformation;
        var reloaded = await store.FindAsync(created.Id, CancellationToken.None);
        AssertSame(winner, reloaded);

        // The loser sees the winner's change and decides again on the new state.
        var retry = Try(reloaded!, loserAction, loserAction == ReferralAction.Withdraw ? Hangzhou : Shanghai);
        if (loserAction == ReferralAction.Withdraw)
        {
            // A returned referral can still be withdrawn: both events are kept.
            Assert.True(retry.Succeeded, retry.ToString());
            var saved = await store.SaveAsync(reloaded! with { Referral = retry.Referral }, 2, CancellationToken.None);
            Assert.Equal(ReferralWriteStatus.Saved, saved.Status);
            var final = await store.FindAsync(created.Id, CancellationToken.None);
            Assert.Equal([ReferralAction.Create, ReferralAction.ReturnForInformation, ReferralAction.Withdraw], final!.Referral.Events.Select(e => e.Action));
        }
        else
        {
            // A withdrawn referral is final: the rules refuse the late return, and nothing more is written.
            Assert.False(retry.Succeeded);
            Assert.Equal(ReferralErrorKind.InvalidTransition, retry.Error!.Kind);
        }
    }

    [Fact]
    public async Task Save_ManyConcurrentActorsOnOneVersion_ExactlyOneWins()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var created = New();
        await store.CreateAsync(created, CancellationToken.None);
        var attempts = Enumerable.Range(1, 6).Select(i => i % 2 == 0
            ? Act(created, ReferralAction.Accept, Shanghai, minutesLater: i)
            : Act(created, ReferralAction.Decline, Shanghai, minutesLater: i)).ToList();

        var results = await Task.WhenAll(attempts.Select(a => Task.Run(() => store.SaveAsync(a, 1, CancellationToken.None))));

        var winner = Assert.Single(results.Select((r, i) => (r, i)), x => x.r.Status == ReferralWriteStatus.Saved);
        Assert.All(results.Where(r => r.Status != ReferralWriteStatus.Saved), r => Assert.Equal(new ReferralWriteResult(ReferralWriteStatus.Conflict, 2), r));
        AssertSame(attempts[winner.i], await store.FindAsync(created.Id, CancellationToken.None));
    }

    [Fact]
    public async Task List_ByDirection_ShowsTheAgencysSideNewestUpdateFirst()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var toShanghai = New("A", at: Start);
        var toShenzhen = New("B", at: Start.AddHours(1), to: "samr-sz");
        var fromShanghai = New("C", by: Shanghai, to: "samr-hz", at: Start.AddHours(2));
        var unrelated = New("D", by: Shenzhen, to: "samr-hz", at: Start.AddHours(3));
        foreach (var r in new[] { toShanghai, toShenzhen, fromShanghai, unrelated })
        {
            await store.CreateAsync(r, CancellationToken.None);
        }

        // Acting on the oldest moves it to the top.
        var accepted = Act(toShanghai, ReferralAction.Accept, Shanghai, minutesLater: 60 * 24);
        await store.SaveAsync(accepted, 1, CancellationToken.None);

        Assert.Equal([toShanghai.Id], await IdsAsync(store, new ReferralListQuery("samr-sh", ReferralDirection.Inbox)));
        Assert.Equal([fromShanghai.Id], await IdsAsync(store, new ReferralListQuery("samr-sh", ReferralDirection.Outbox)));
        Assert.Equal([toShanghai.Id, fromShanghai.Id], await IdsAsync(store, new ReferralListQuery("samr-sh")));
        Assert.Equal([toShanghai.Id, toShenzhen.Id], await IdsAsync(store, new ReferralListQuery("samr-hz", ReferralDirection.Outbox)));
        Assert.Equal([unrelated.Id, fromShanghai.Id], await IdsAsync(store, new ReferralListQuery("samr-hz", ReferralDirection.Inbox)));
        Assert.Empty(await IdsAsync(store, new ReferralListQuery("samr-bj")));
    }

    [Fact]
    public async Task List_OpenOnlyStateAndMerchant_Filter()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var pending = New("A", at: Start);
        var declined = Act(New("B", at: Start.AddMinutes(1)), ReferralAction.Decline, Shanghai);
        var otherMerchant = New("C", at: Start.AddMinutes(2), merchantKey: "name:上海某某电器有限公司|310000");
        var accepted = Act(New("D", at: Start.AddMinutes(3)), ReferralAction.Accept, Shanghai);
        foreach (var r in new[] { pending, declined, otherMerchant, accepted })
        {
            await store.CreateAsync(r, CancellationToken.None);
        }

        Assert.Equal([accepted.Id, otherMerchant.Id, pending.Id], await IdsAsync(store, new ReferralListQuery("samr-sh", openOnly: true)));
        Assert.Equal([declined.Id], await IdsAsync(store, new ReferralListQuery("samr-sh", state: ReferralState.Declined)));
        Assert.Equal([otherMerchant.Id], await IdsAsync(store, new ReferralListQuery("samr-sh", merchantKey: "name:上海某某电器有限公司|310000")));
        Assert.Equal([accepted.Id], await IdsAsync(store, new ReferralListQuery("samr-hz", ReferralDirection.Outbox, openOnly: true, state: ReferralState.Accepted)));
    }

    [Fact]
    public async Task List_Pages_VisitEveryReferralOnceInOrderIncludingTiesOnTheUpdateTime()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var created = new List<StoredReferral>();
        for (var i = 0; i < 7; i++)
        {
            // Pairs share an update time, so the id decides their order and must keep pages apart.
            var referral = New($"P-{i}", at: Start.AddMinutes(i / 2));
            created.Add(referral);
            await store.CreateAsync(referral, CancellationToken.None);
        }

        var expected = created.OrderByDescending(r => r.Referral.UpdatedAt).ThenByDescending(r => r.Id.ToString("D"), StringComparer.Ordinal).Select(r => r.Id).ToList();
        var seen = new List<Guid>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await store.ListAsync(new ReferralListQuery("samr-sh", ReferralDirection.Inbox, pageSize: 2, continuationToken: token), CancellationToken.None);
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items.Select(r => r.Id));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(expected, seen);
        Assert.Equal(4, pages);
    }

    [Fact]
    public async Task List_ExactlyAFullPage_HasNoContinuation()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        await store.CreateAsync(New("A"), CancellationToken.None);
        await store.CreateAsync(New("B", at: Start.AddMinutes(1)), CancellationToken.None);

        var page = await store.ListAsync(new ReferralListQuery("samr-sh", pageSize: 2), CancellationToken.None);

        Assert.Equal(2, page.Items.Count);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task OpenByMerchant_CountsOpenReferralsPerAgencyOnBothSides()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        const string merchant = "name:杭州某某食品有限公司|330100";
        await store.CreateAsync(New("A"), CancellationToken.None);
        await store.CreateAsync(New("B", to: "samr-sz"), CancellationToken.None);
        await store.CreateAsync(New("C", by: Shanghai, to: "samr-sz"), CancellationToken.None);
        await store.CreateAsync(Act(New("D", to: "samr-bj"), ReferralAction.Decline, new ReferralActor("acct-bj-regulator", "samr-bj")), CancellationToken.None);
        await store.CreateAsync(New("E", to: "samr-bj", merchantKey: "name:上海某某电器有限公司|310000"), CancellationToken.None);

        var counts = await store.OpenByMerchantAsync(merchant, CancellationToken.None);

        Assert.Equal(
            [new AgencyReferralCount("samr-hz", 0, 2), new AgencyReferralCount("samr-sh", 1, 1), new AgencyReferralCount("samr-sz", 2, 0)],
            counts);
        Assert.Empty(await store.OpenByMerchantAsync("name:nobody|000000", CancellationToken.None));
    }

    [Fact]
    public async Task FindByComplaint_ReturnsEveryReferralOfTheComplaintOldestFirst()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var later = New("ZJ-1", to: "samr-sz", at: Start.AddDays(1));
        var first = Act(New("ZJ-1", at: Start), ReferralAction.Decline, Shanghai);
        await store.CreateAsync(later, CancellationToken.None);
        await store.CreateAsync(first, CancellationToken.None);
        await store.CreateAsync(New("ZJ-2"), CancellationToken.None);

        var found = await store.FindByComplaintAsync(new ComplaintReference("12315-zj", "ZJ-1"), CancellationToken.None);

        Assert.Equal([first.Id, later.Id], found.Select(r => r.Id));
        Assert.Empty(await store.FindByComplaintAsync(new ComplaintReference("12315-sh", "ZJ-1"), CancellationToken.None));
    }

    [Fact]
    public async Task ReceivedByAgency_ReturnsItsOpenAndRecentlyUpdatedReferrals()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var oldOpen = New("A", at: Start.AddDays(-60));
        var oldClosed = Act(New("B", at: Start.AddDays(-60)), ReferralAction.Decline, Shanghai);
        var recentClosed = Act(New("C", at: Start.AddDays(-1)), ReferralAction.Decline, Shanghai);
        var elsewhere = New("D", to: "samr-sz");
        foreach (var r in new[] { oldOpen, oldClosed, recentClosed, elsewhere })
        {
            await store.CreateAsync(r, CancellationToken.None);
        }

        var found = await store.ReceivedByAgencyAsync("samr-sh", Start.AddDays(-7), CancellationToken.None);

        Assert.Equal(new[] { oldOpen.Id, recentClosed.Id }.Order(), found.Select(r => r.Id).Order());
    }

    [Fact]
    public async Task Unpublished_ListedUntilMarked_AndAgainAfterTheNextSave()
    {
        var (store, lifetime) = await CreateStoreAsync();
        await using var _ = lifetime;
        var first = New("A", at: Start);
        var second = New("B", at: Start.AddMinutes(5));
        await store.CreateAsync(second, CancellationToken.None);
        await store.CreateAsync(first, CancellationToken.None);

        Assert.Equal([first.Id, second.Id], (await store.ListUnpublishedAsync(10, CancellationToken.None)).Select(r => r.Id));
        Assert.Equal([first.Id], (await store.ListUnpublishedAsync(1, CancellationToken.None)).Select(r => r.Id));

        await store.MarkPublishedAsync(first.Id, 1, CancellationToken.None);
        Assert.Equal([second.Id], (await store.ListUnpublishedAsync(10, CancellationToken.None)).Select(r => r.Id));

        // A save after the mark (the store's own bookkeeping must not look like a conflict) is unpublished again.
        var accepted = Act(first, ReferralAction.Accept, Shanghai, minutesLater: 60 * 24);
        Assert.Equal(ReferralWriteStatus.Saved, (await store.SaveAsync(accepted, 1, CancellationToken.None)).Status);
        Assert.Equal([second.Id, first.Id], (await store.ListUnpublishedAsync(10, CancellationToken.None)).Select(r => r.Id));

        // The mark never moves back, and a mark beyond the stored version is ignored.
        await store.MarkPublishedAsync(first.Id, 2, CancellationToken.None);
        await store.MarkPublishedAsync(first.Id, 1, CancellationToken.None);
        await store.MarkPublishedAsync(second.Id, 5, CancellationToken.None);
        Assert.Equal([second.Id], (await store.ListUnpublishedAsync(10, CancellationToken.None)).Select(r => r.Id));
        await store.MarkPublishedAsync(Guid.NewGuid(), 1, CancellationToken.None);
        AssertSame(accepted, await store.FindAsync(first.Id, CancellationToken.None));
    }

    private static async Task<List<Guid>> IdsAsync(IReferralStore store, ReferralListQuery query) =>
        [.. (await store.ListAsync(query, CancellationToken.None)).Items.Select(r => r.Id)];
}
