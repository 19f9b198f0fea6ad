using RegulatorHub.Application.Statistics;
using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>
/// What every storage adapter must do. Each adapter's test class derives from this and supplies a fresh store;
/// the same assertions then hold for SQLite and Cosmos DB alike.
/// </summary>
public abstract partial class ComplaintStoreContract
{
    protected abstract Task<StorageFixture> CreateAsync();

    [Fact]
    public async Task Add_NewComplaint_RoundTripsEveryField()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var complaint = Complaints.Make("ZJ-1") with { Platform = "tiangou", OrderReference = new string('b', 64) };

        var outcome = Assert.Single(await fixture.Complaints.AddAsync([complaint], CancellationToken.None));
        var found = await fixture.Complaints.FindAsync("12315-zj", "ZJ-1", CancellationToken.None);

        Assert.Equal(StoreOutcomeKind.Stored, outcome.Kind);
        Assert.Null(outcome.LikelyDuplicateOf);
        Assert.Equal(complaint, found);
        Assert.Equal(complaint.ReceivedAt.Offset, found!.ReceivedAt.Offset);
    }

    [Fact]
    public async Task Add_SameIdentityAgain_IsDuplicateInBatchAndAcross()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var first = await fixture.Complaints.AddAsync([Complaints.Make("ZJ-1"), Complaints.Make("ZJ-1")], CancellationToken.None);
        var again = await fixture.Complaints.AddAsync([Complaints.Make("ZJ-1") with { Narrative = "changed" }], CancellationToken.None);

        Assert.Equal([StoreOutcomeKind.Stored, StoreOutcomeKind.Duplicate], first.Select(o => o.Kind));
        Assert.Equal(StoreOutcomeKind.Duplicate, Assert.Single(again).Kind);
        Assert.Equal("买到过期食品。", (await fixture.Complaints.FindAsync("12315-zj", "ZJ-1", CancellationToken.None))!.Narrative);
        Assert.Equal(1, (await fixture.Complaints.GetSummaryAsync(CancellationToken.None)).Complaints);
    }

    [Fact]
    public async Task Add_SameComplainantMerchantAndDay_FlagsLikelyDuplicate()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        await fixture.Complaints.AddAsync([Complaints.Make("ZJ-1")], CancellationToken.None);
        var outcomes = await fixture.Complaints.AddAsync(
            [
                Complaints.Make("ZJ-2", channel: ComplaintChannel.WeChat),
                Complaints.Make("ZJ-3", day: new DateOnly(2025, 3, 16)),
                Complaints.Make("ZJ-4", complainant: "ffffffffffffffffffffffffffffffff"),
                Complaints.Make("ZJ-5", complainant: null),
            ],
            CancellationToken.None);

        Assert.NotNull(outcomes[0].LikelyDuplicateOf);
        Assert.All(outcomes.Skip(1), o => Assert.Null(o.LikelyDuplicateOf));
        Assert.All(outcomes, o => Assert.Equal(StoreOutcomeKind.Stored, o.Kind));
    }

    [Fact]
    public async Task Add_ManySharingComplainantsInAndAcrossBatches_FlagsEachAgainstTheFirstStored()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        static string Complainant(int i) => i.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

        // Complainants 0-49 were stored before; in the next batch of 300, complainant i % 100 complains three times.
        await fixture.Complaints.AddAsync([.. Enumerable.Range(0, 50).Select(i => Complaints.Make($"A-{i}", complainant: Complainant(i)))], CancellationToken.None);
        var batch = Enumerable.Range(0, 300).Select(i => Complaints.Make($"B-{i}", complainant: Complainant(i % 100), channel: ComplaintChannel.App)).ToList();
        var outcomes = await fixture.Complaints.AddAsync(batch, CancellationToken.None);

        Assert.All(outcomes, o => Assert.Equal(StoreOutcomeKind.Stored, o.Kind));
        var flags = outcomes.Select((o, i) => (Complainant: i % 100, First: i < 100, Flag: o.LikelyDuplicateOf)).ToList();
        Assert.All(flags.Where(f => f.Complainant < 50 || !f.First), f => Assert.NotNull(f.Flag));
        Assert.All(flags.Where(f => f.Complainant >= 50 && f.First), f => Assert.Null(f.Flag));

        // Every flag of one complainant points at the same first complaint, and no two complainants share one.
        var firstOf = flags.Where(f => f.Flag is not null).GroupBy(f => f.Complainant).ToDictionary(g => g.Key, g => Assert.Single(g.Select(f => f.Flag).Distinct()));
        Assert.Equal(100, firstOf.Count);
        Assert.Equal(100, firstOf.Values.Distinct().Count());
    }

    [Fact]
    public async Task Summary_EmptyThenFilled_ReportsCountsSpanAndGrowingWatermark()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var empty = await fixture.Complaints.GetSummaryAsync(CancellationToken.None);
        await fixture.Complaints.AddAsync([Complaints.Make("A", new DateOnly(2024, 1, 2)), Complaints.Make("B", new DateOnly(2025, 6, 30))], CancellationToken.None);
        var filled = await fixture.Complaints.GetSummaryAsync(CancellationToken.None);

        Assert.Equal(new StoreSummary(0, 0, null, null, 0), empty);
        Assert.Equal(2, filled.Complaints);
        Assert.Equal(new DateOnly(2024, 1, 2), filled.OldestReceived);
        Assert.Equal(new DateOnly(2025, 6, 30), filled.NewestReceived);
        Assert.True(filled.Watermark > empty.Watermark);
    }

    [Fact]
    public async Task Metadata_SetGetOverwrite()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        Assert.Null(await fixture.Complaints.GetMetadataAsync("k", CancellationToken.None));
        await fixture.Complaints.SetMetadataAsync("k", "1", CancellationToken.None);
        await fixture.Complaints.SetMetadataAsync("k", "2", CancellationToken.None);

        Assert.Equal("2", await fixture.Complaints.GetMetadataAsync("k", CancellationToken.None));
    }

    [Fact]
    public async Task Quarantine_KeepsReasonErrorsAndPayloadBytes()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        byte[] payload = [0x7B, 0x22, 0xFF, 0x00];
        var entry = new QuarantineEntry(
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), "m-1", "12315-zj", "ZJ-9", QuarantineReason.Invalid,
            [new FieldError("merchant.creditCode", "check-character", "Bad."), new FieldError("channel", "enum", "Bad too.")], payload);

        await fixture.Quarantine.AddAsync([entry, entry with { Reason = QuarantineReason.Unparseable, MessageId = "m-2" }], CancellationToken.None);
        var recent = await fixture.Quarantine.ListRecentAsync(10, CancellationToken.None);
        var counts = await fixture.Quarantine.CountByReasonAsync(CancellationToken.None);

        Assert.Equal(["m-2", "m-1"], recent.Select(e => e.MessageId));
        Assert.Equal(entry.Errors, recent[1].Errors);
        Assert.Equal(payload, recent[1].Payload.ToArray());
        Assert.Equal(1, counts[QuarantineReason.Invalid]);
        Assert.Equal(1, counts[QuarantineReason.Unparseable]);
        Assert.Equal(2, (await fixture.Complaints.GetSummaryAsync(CancellationToken.None)).Quarantined);
    }

    [Fact]
    public async Task CountBy_GroupsLargestFirstWithinTheDateRange()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var day = new DateOnly(2025, 5, 1);
        await fixture.Complaints.AddAsync(
            [
                Complaints.Make("1", day, "goods.food", "330106", "甲店"),
                Complaints.Make("2", day, "goods.food", "330102", "甲店"),
                Complaints.Make("3", day, "services.tourism", "440106", "乙店"),
                Complaints.Make("4", day.AddYears(-2), "services.tourism", "440106", "乙店"),
            ],
            CancellationToken.None);

        var byCategory = await fixture.Statistics.CountByAsync(new CountQuery(Dimension.Category, day.AddMonths(-1), day), CancellationToken.None);
        var byProvince = await fixture.Statistics.CountByAsync(new CountQuery(Dimension.Province), CancellationToken.None);
        var byMerchant = await fixture.Statistics.CountByAsync(new CountQuery(Dimension.Merchant, day, day, Top: 1), CancellationToken.None);

        Assert.Equal([("goods.food", 2L), ("services.tourism", 1L)], byCategory.Select(r => (r.Key, r.Count)));
        Assert.Equal([("330000", 2L), ("440000", 2L)], byProvince.Select(r => (r.Key, r.Count)));
        Assert.Equal("甲店", Assert.Single(byMerchant).Label);
    }

    [Fact]
    public async Task CountBy_InvalidQuery_NamesTheParameter()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            fixture.Statistics.CountByAsync(new CountQuery(Dimension.Category, new DateOnly(2025, 2, 1), new DateOnly(2025, 1, 1)), CancellationToken.None));

        Assert.Contains("From", error.Message, StringComparison.Ordinal);
    }
}
