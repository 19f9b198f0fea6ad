using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>Complaint listings by jurisdiction: regions by prefix on either side, filters, order and paging.</summary>
public abstract partial class ComplaintStoreContract
{
    private static readonly DateOnly s_day = new(2026, 3, 10);

    [Theory]
    [InlineData("330100", new[] { "HZ-SH", "SH-HZ", "HZ-NONE" })]         // a city: its counties on either side
    [InlineData("330000", new[] { "HZ-SH", "SH-HZ", "NB-NB", "HZ-NONE" })] // a province: every city under it
    [InlineData("310000", new[] { "HZ-SH", "SH-HZ", "SH-SH" })]           // a municipality: its districts
    [InlineData("330106", new[] { "HZ-SH", "HZ-NONE" })]                  // a county: exactly itself
    [InlineData("US-CA", new[] { "CA-CA" })]                              // a US state: exactly itself
    [InlineData("440300", new string[0])]                                 // nothing there
    public async Task List_RegionAtEachLevel_ReturnsComplaintsWhoseConsumerOrMerchantIsUnderIt(string region, string[] expected)
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync(JurisdictionSample(), CancellationToken.None);

        var page = await fixture.Complaints.ListAsync(new ComplaintListQuery([region]), CancellationToken.None);

        Assert.Equal(expected.Order(StringComparer.Ordinal), page.Items.Select(c => c.SourceCaseId).Order(StringComparer.Ordinal));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task List_ListedComplaint_IsTheFullRecordFindReturns()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync(JurisdictionSample(), CancellationToken.None);

        var listed = (await fixture.Complaints.ListAsync(new ComplaintListQuery(["330106"]), CancellationToken.None)).Items;

        Assert.Equal(2, listed.Count);
        foreach (var complaint in listed)
        {
            Assert.Equal(await fixture.Complaints.FindAsync(complaint.Source, complaint.SourceCaseId, CancellationToken.None), complaint);
        }
    }

    [Fact]
    public async Task List_OverlappingRegions_ListsEachComplaintOnce()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync(JurisdictionSample(), CancellationToken.None);

        var page = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330000", "330100", "310000"]), CancellationToken.None);

        Assert.Equal(["HZ-NONE", "HZ-SH", "NB-NB", "SH-HZ", "SH-SH"], page.Items.Select(c => c.SourceCaseId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_SeveralDays_NewestDayFirstThenLatestStoredFirst()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync([InHangzhou("OLD", s_day.AddDays(-3)), InHangzhou("A", s_day), InHangzhou("NEW", s_day.AddDays(1))], CancellationToken.None);
        await fixture.Complaints.AddAsync([InHangzhou("B", s_day)], CancellationToken.None);

        var page = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330100"]), CancellationToken.None);

        Assert.Equal(["NEW", "B", "A", "OLD"], page.Items.Select(c => c.SourceCaseId));
    }

    [Fact]
    public async Task List_PagedThroughWithTokens_ReturnsEveryComplaintOnceInOrder()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var complaints = Enumerable.Range(0, 7).Select(i => InHangzhou($"P{i}", s_day.AddDays(i / 2))).ToList();
        await fixture.Complaints.AddAsync(complaints, CancellationToken.None);
        var all = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330000"]), CancellationToken.None);

        var paged = new List<string>();
        var pages = 0;
        string? token = null;
        do
        {
            var page = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330000"], pageSize: 3, continuationToken: token), CancellationToken.None);
            Assert.InRange(page.Items.Count, 1, 3);
            paged.AddRange(page.Items.Select(c => c.SourceCaseId));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(7, all.Items.Count);
        Assert.Equal(3, pages);
        Assert.Equal(all.Items.Select(c => c.SourceCaseId), paged);
    }

    [Fact]
    public async Task List_ExactlyOnePageHeld_GivesNoToken()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync([InHangzhou("A", s_day), InHangzhou("B", s_day)], CancellationToken.None);

        var page = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330100"], pageSize: 2), CancellationToken.None);

        Assert.Equal(2, page.Items.Count);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task List_DateRange_IsInclusiveOnBothEnds()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        await fixture.Complaints.AddAsync(
            [InHangzhou("D0", s_day.AddDays(-1)), InHangzhou("D1", s_day), InHangzhou("D2", s_day.AddDays(1)), InHangzhou("D3", s_day.AddDays(2))],
            CancellationToken.None);

        var page = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330100"], from: s_day, to: s_day.AddDays(1)), CancellationToken.None);

        Assert.Equal(["D2", "D1"], page.Items.Select(c => c.SourceCaseId));
    }

    [Fact]
    public async Task List_SubjectAndMerchant_NarrowTheList()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var shop = InHangzhou("SHOP", s_day, merchantName: "杭州某某电器商行");
        await fixture.Complaints.AddAsync(
            [InHangzhou("FOOD", s_day), InHangzhou("APPLIANCE", s_day) with { SubjectCode = "goods.appliances" }, shop],
            CancellationToken.None);

        var bySubject = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330100"], subjectCode: "goods.appliances"), CancellationToken.None);
        var byMerchant = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330100"], merchantKey: shop.Merchant!.Key.Value), CancellationToken.None);
        var both = await fixture.Complaints.ListAsync(
            new ComplaintListQuery(["330100"], subjectCode: "goods.appliances", merchantKey: shop.Merchant.Key.Value), CancellationToken.None);

        Assert.Equal(["APPLIANCE"], bySubject.Items.Select(c => c.SourceCaseId));
        Assert.Equal(["SHOP"], byMerchant.Items.Select(c => c.SourceCaseId));
        Assert.Empty(both.Items);
    }

    [Fact]
    public async Task List_MerchantFilterOutsideTheRegions_ListsNothing()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;
        var sample = JurisdictionSample();
        await fixture.Complaints.AddAsync(sample, CancellationToken.None);
        var shanghaiMerchant = sample.Single(c => c.SourceCaseId == "SH-SH").Merchant!.Key.Value;

        var page = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330100"], merchantKey: shanghaiMerchant), CancellationToken.None);

        // HZ-SH names the same Shanghai merchant and is in Hangzhou through its consumer; SH-SH is in neither.
        Assert.Equal(["HZ-SH"], page.Items.Select(c => c.SourceCaseId));
    }

    [Fact]
    public async Task List_EmptyStore_IsAnEmptyLastPage()
    {
        var fixture = await CreateAsync();
        await using var lifetime = fixture.Lifetime;

        var page = await fixture.Complaints.ListAsync(new ComplaintListQuery(["330000"]), CancellationToken.None);

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }

    /// <summary>Case ids read consumer-merchant: HZ-SH is a consumer in 西湖区 (Hangzhou) about a Shanghai merchant; HZ-NONE names no merchant.</summary>
    private static List<Complaint> JurisdictionSample() =>
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
