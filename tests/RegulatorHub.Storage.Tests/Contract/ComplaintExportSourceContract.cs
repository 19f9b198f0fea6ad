using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>
/// What every export source must do: stream exactly the complaints a listing selects (same prefix semantics, merchant
/// region included, same filters), each as its full record shows it, in a deterministic order (each adapter's own: SQLite newest stored first, Cosmos DB
/// newest day first; the adapters' own test classes check it), and stop when cancelled.
/// </summary>
public abstract class ComplaintExportSourceContract
{
    private static readonly DateOnly s_day = new(2026, 3, 10);

    protected abstract Task<ExportFixture> CreateAsync();

    [Theory]
    [InlineData("330100")]
    [InlineData("330000")]
    [InlineData("310000")]
    [InlineData("330106")]
    [InlineData("US-CA")]
    [InlineData("440300")]
    public async Task Read_RegionAtEachLevel_StreamsWhatTheListingSelects(string region)
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync(Sample(), CancellationToken.None);

        var exported = await ReadAllAsync(fixture.Export, new ComplaintExportQuery([region]));
        var listed = await fixture.Complaints.ListAsync(new ComplaintListQuery([region], pageSize: ComplaintListQuery.MaxPageSize), CancellationToken.None);

        Assert.Equal(listed.Items.Select(c => c.SourceCaseId).Order(StringComparer.Ordinal), exported.Select(r => r.SourceCaseId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Read_MerchantInJurisdictionConsumerOutside_IsIncluded()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync(Sample(), CancellationToken.None);

        var exported = await ReadAllAsync(fixture.Export, new ComplaintExportQuery(["330100"]));

        Assert.Equal(["HZ-NONE", "HZ-SH", "SH-HZ"], exported.Select(r => r.SourceCaseId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Read_Row_ShowsWhatTheFullRecordShowsWithoutThePseudonym()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var complaint = Complaints.Make("FULL", s_day, region: "330106", merchantRegion: "330106") with
        {
            Platform = "tiangou",
            Narrative = "=HYPERLINK(\"x\"), \"引号\"\n第二行",
            Outcome = null,
            Status = ComplaintStatus.InMediation,
        };
        await fixture.Complaints.AddAsync([complaint], CancellationToken.None);

        var row = Assert.Single(await ReadAllAsync(fixture.Export, new ComplaintExportQuery(["330106"])));
        var found = (await fixture.Complaints.FindAsync(complaint.Source, complaint.SourceCaseId, CancellationToken.None))!;

        Assert.Equal(
            new ComplaintExportRow(
                found.Source, found.SourceCaseId, found.ReceivedAt, found.ReceivedDate, found.Channel, found.SubjectCode, found.IssueCode,
                found.ConsumerRegionCode, found.Merchant!.Key.Value, found.Merchant.Name, found.Merchant.RegionCode, found.Platform,
                found.Amount, found.Status, found.Outcome, found.Narrative, found.PersonalDataRemoved.ToString()),
            row);
        Assert.Equal(TimeSpan.FromHours(8), row.ReceivedAt.Offset);
        Assert.Equal("mobile:1", row.PersonalDataRemoved);
    }

    [Fact]
    public async Task Read_NoMerchantNothingRemoved_LeavesThoseFieldsEmpty()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var bare = Complaints.Make("BARE", s_day, complainant: null) with
        {
            Merchant = null, Amount = null, Narrative = null, PersonalDataRemoved = Domain.Privacy.PersonalDataCounts.None,
        };
        await fixture.Complaints.AddAsync([bare], CancellationToken.None);

        var row = Assert.Single(await ReadAllAsync(fixture.Export, new ComplaintExportQuery(["330106"])));

        Assert.Null(row.MerchantKey);
        Assert.Null(row.MerchantName);
        Assert.Null(row.MerchantRegionCode);
        Assert.Null(row.Amount);
        Assert.Null(row.Narrative);
        Assert.Null(row.PersonalDataRemoved);
    }

    [Fact]
    public async Task Read_Filters_NarrowLikeTheListing()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var shop = InHangzhou("SHOP", s_day, merchantName: "杭州某某电器商行");
        await fixture.Complaints.AddAsync(
            [
                InHangzhou("D0", s_day.AddDays(-1)), InHangzhou("D1", s_day), InHangzhou("D3", s_day.AddDays(2)),
                InHangzhou("APPLIANCE", s_day.AddDays(1)) with { SubjectCode = "goods.appliances" }, shop,
            ],
            CancellationToken.None);

        var byDays = await ReadAllAsync(fixture.Export, new ComplaintExportQuery(["330100"], from: s_day, to: s_day.AddDays(1)));
        var bySubject = await ReadAllAsync(fixture.Export, new ComplaintExportQuery(["330100"], subjectCode: "goods.appliances"));
        var byMerchant = await ReadAllAsync(fixture.Export, new ComplaintExportQuery(["330100"], merchantKey: shop.Merchant!.Key.Value));

        Assert.Equal(["APPLIANCE", "D1", "SHOP"], byDays.Select(r => r.SourceCaseId).Order(StringComparer.Ordinal));
        Assert.Equal(["APPLIANCE"], bySubject.Select(r => r.SourceCaseId));
        Assert.Equal(["SHOP"], byMerchant.Select(r => r.SourceCaseId));
    }

    [Fact]
    public async Task Read_SeveralDaysTwice_TheSameOrderEachTime()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var complaints = Enumerable.Range(0, 12)
            .Select(i => Complaints.Make($"C{i}", s_day.AddDays((i * 5) % 4), region: i % 2 == 0 ? "330106" : "330102", merchantName: $"商店{i % 3}", complainant: null))
            .ToList();
        await fixture.Complaints.AddAsync(complaints, CancellationToken.None);

        var first = await ReadAllAsync(fixture.Export, new ComplaintExportQuery(["330000"]));
        var second = await ReadAllAsync(fixture.Export, new ComplaintExportQuery(["330000"]));

        Assert.Equal(12, first.Count);
        Assert.Equal(first.Select(r => r.SourceCaseId), second.Select(r => r.SourceCaseId));
    }

    [Fact]
    public async Task Read_CancelledAfterTheFirstRow_ThrowsAndStops()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync(Enumerable.Range(0, 5).Select(i => InHangzhou($"X{i}", s_day)).ToList(), CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in fixture.Export.ReadRowsAsync(new ComplaintExportQuery(["330100"]), cancellation.Token))
            {
                seen++;
                await cancellation.CancelAsync();
            }
        });

        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task Read_EmptyStore_StreamsNothing()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        Assert.Empty(await ReadAllAsync(fixture.Export, new ComplaintExportQuery(["330000"])));
    }

    private static async Task<List<ComplaintExportRow>> ReadAllAsync(IComplaintExportSource source, ComplaintExportQuery query)
    {
        var rows = new List<ComplaintExportRow>();
        await foreach (var row in source.ReadRowsAsync(query, CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>Case ids read consumer-merchant, as in the listing contract's sample.</summary>
    private static List<Complaint> Sample() =>
    [
        Complaints.Make("HZ-SH", s_day, region: "330106", merchantName: "上海某某百货", merchantRegion: "310101"),
        Complaints.Make("SH-HZ", s_day, region: "310104", merchantName: "杭州某某食品", merchantRegion: "330100"),
        Complaints.Make("SH-SH", s_day, region: "310101", merchantName: "上海某某百货", merchantRegion: "310101", complainant: null),
        Complaints.Make("NB-NB", s_day, region: "330212", merchantName: "宁波某某超市", merchantRegion: "330212"),
        Complaints.Make("CA-CA", s_day, region: "US-CA", merchantName: "Acme Stores", merchantRegion: "US-CA", source: "cfpb"),
        Complaints.Make("NOWHERE", s_day, region: null, merchantName: "无名小店", merchantRegion: null),
        Complaints.Make("HZ-NONE", s_day, region: "330106", complainant: null) with { Merchant = null },
    ];

    private static Complaint InHangzhou(string caseId, DateOnly day, string merchantName = "杭州某某食品") =>
        Complaints.Make(caseId, day, region: "330106", merchantName: merchantName, complainant: null);
}
