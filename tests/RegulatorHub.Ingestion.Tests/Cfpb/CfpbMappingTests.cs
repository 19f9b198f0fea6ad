using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Ingestion.Sources.Cfpb;
using static RegulatorHub.Ingestion.Tests.Cfpb.CfpbTestData;

namespace RegulatorHub.Ingestion.Tests.Cfpb;

public sealed class CfpbMappingTests
{
    [Fact]
    public async Task ReadAsync_CurrentSchemaRow_MapsEveryField()
    {
        var text = File(Header18, Row18(id: "7233015", narrative: "XXXX charged me twice.\nPlease help."));

        var (_, rows) = await ReadAllAsync(text);

        var result = Assert.Single(rows);
        Assert.False(result.IsRejected);
        var c = result.Complaint;
        Assert.Equal("cfpb", c.Source);
        Assert.Equal("7233015", c.SourceCaseId);
        Assert.Equal(SourceKind.PublicDatabase, c.SourceKind);
        Assert.Equal(new DateTimeOffset(2023, 7, 10, 0, 0, 0, TimeSpan.FromHours(-5)), c.ReceivedAt);
        Assert.Equal(ComplaintChannel.Web, c.Channel);
        Assert.Equal("services.financial", c.SubjectCode);
        Assert.Equal("price", c.IssueCode);
        Assert.Equal("Credit card / General-purpose credit card or charge card", c.SourceCategory);
        Assert.Equal("Fees or interest / Problem with fees", c.SourceIssue);
        Assert.Equal("US-CA", c.ConsumerRegionCode);
        Assert.NotNull(c.Merchant);
        Assert.Equal("EXAMPLE BANK", c.Merchant.Name);
        Assert.Equal(MerchantKeyKind.NameAndRegion, c.Merchant.Key.Kind);
        Assert.Equal(MerchantKey.Create(null, null, null, "Example Bank", null), c.Merchant.Key);
        Assert.Null(c.Merchant.RegionCode);
        Assert.Equal("XXXX charged me twice.\nPlease help.", c.Narrative);
        Assert.Equal(ComplaintStatus.Closed, c.Status);
        Assert.Equal(ComplaintOutcome.ClosedWithMonetaryRelief, c.Outcome);
        Assert.False(result.SubjectFromFallback);
        Assert.False(result.IssueFromFallback);
        Assert.Null(result.StateOutsideGazetteer);
    }

    [Fact]
    public async Task ReadAsync_UnderscoredApiRow_MapsLikeCurrentSchema()
    {
        var text = File(HeaderApi, Row18(id: "42", received: "2023-07-10T00:00:00-05:00", sent: "2023-07-11T00:00:00-05:00", narrative: "text"));

        var (layout, rows) = await ReadAllAsync(text);

        Assert.Equal(CfpbVintage.Api18, layout.Vintage);
        var c = Assert.Single(rows).Complaint!;
        Assert.Equal("42", c.SourceCaseId);
        Assert.Equal(new DateOnly(2023, 7, 10), c.ReceivedDate);
        Assert.Equal("text", c.Narrative);
        Assert.Equal(ComplaintOutcome.ClosedWithMonetaryRelief, c.Outcome);
    }

    [Fact]
    public async Task ReadAsync_Legacy2014Row_UsesCompanyAndCompanyResponse()
    {
        var (_, rows) = await ReadAllAsync(File(Header14, Row14(company: "Acme Bank, N.A.")), new CfpbImportOptions { CompanyOverride = "Ignored Bank" });

        var c = Assert.Single(rows).Complaint!;
        Assert.Equal("Acme Bank, N.A.", c.Merchant!.Name);
        Assert.Equal(ComplaintOutcome.ClosedWithMonetaryRelief, c.Outcome);
        Assert.Equal("contract", c.IssueCode);
        Assert.Equal("US-TX", c.ConsumerRegionCode);
        Assert.Null(c.Narrative);
    }

    [Fact]
    public async Task ReadAsync_ExtractWithoutCompanyColumn_UsesCompanyOverride()
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12()), new CfpbImportOptions { CompanyOverride = "Bank of America" });

        var merchant = Assert.Single(rows).Complaint!.Merchant;
        Assert.NotNull(merchant);
        Assert.Equal("Bank of America", merchant.Name);
        Assert.Equal("name:bankofamerica@?", merchant.Key.Value);
    }

    [Fact]
    public async Task ReadAsync_NoCompanyAndNoOverride_MerchantUnknown()
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12()));

        Assert.Null(Assert.Single(rows).Complaint!.Merchant);
    }

    [Fact]
    public async Task ReadAsync_BlankCompany_FallsBackToOverride()
    {
        var (_, rows) = await ReadAllAsync(File(Header18, Row18(company: string.Empty)), new CfpbImportOptions { CompanyOverride = "Fallback Bank" });

        Assert.Equal("Fallback Bank", Assert.Single(rows).Complaint!.Merchant!.Name);
    }

    [Theory]
    [InlineData("Web", ComplaintChannel.Web)]
    [InlineData("Referral", ComplaintChannel.Referral)]
    [InlineData("Web Referral", ComplaintChannel.Referral)]
    [InlineData("Phone", ComplaintChannel.Phone)]
    [InlineData("Postal mail", ComplaintChannel.PostalMail)]
    [InlineData("Fax", ComplaintChannel.Fax)]
    [InlineData("Email", ComplaintChannel.Email)]
    [InlineData("", ComplaintChannel.Unknown)]
    [InlineData("Carrier pigeon", ComplaintChannel.Unknown)]
    public async Task ReadAsync_SubmittedVia_MapsToChannel(string via, ComplaintChannel expected)
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12(via: via)));

        Assert.Equal(expected, Assert.Single(rows).Complaint!.Channel);
    }

    [Theory]
    [InlineData("Closed with explanation", ComplaintStatus.Closed, ComplaintOutcome.ClosedWithExplanation)]
    [InlineData("Closed with monetary relief", ComplaintStatus.Closed, ComplaintOutcome.ClosedWithMonetaryRelief)]
    [InlineData("Closed with non-monetary relief", ComplaintStatus.Closed, ComplaintOutcome.ClosedWithNonMonetaryRelief)]
    [InlineData("Closed without relief", ComplaintStatus.Closed, ComplaintOutcome.ClosedWithExplanation)]
    [InlineData("Closed with relief", ComplaintStatus.Closed, null)]
    [InlineData("Closed", ComplaintStatus.Closed, null)]
    [InlineData("In progress", ComplaintStatus.Accepted, null)]
    [InlineData("Untimely response", ComplaintStatus.Accepted, null)]
    [InlineData("", ComplaintStatus.Received, null)]
    public async Task ReadAsync_CompanyResponse_MapsToStatusAndOutcome(string response, ComplaintStatus status, ComplaintOutcome? outcome)
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12(response: response)));

        var c = Assert.Single(rows).Complaint!;
        Assert.Equal(status, c.Status);
        Assert.Equal(outcome, c.Outcome);
    }

    [Theory]
    [InlineData("PR")]
    [InlineData("GU")]
    [InlineData("VI")]
    [InlineData("AE")]
    [InlineData("AP")]
    [InlineData("UNITED STATES MINOR OUTLYING ISLANDS")]
    public async Task ReadAsync_TerritoryOrMilitaryState_KeptWithoutRegion(string state)
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12(state: state)));

        var result = Assert.Single(rows);
        Assert.False(result.IsRejected);
        Assert.Null(result.Complaint.ConsumerRegionCode);
        Assert.Equal(state, result.StateOutsideGazetteer);
    }

    [Theory]
    [InlineData("DC", "US-DC")]
    [InlineData("ca", "US-CA")]
    [InlineData(" WY ", "US-WY")]
    public async Task ReadAsync_StateCode_MapsToUsRegion(string state, string expected)
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12(state: state)));

        Assert.Equal(expected, Assert.Single(rows).Complaint!.ConsumerRegionCode);
    }

    [Fact]
    public async Task ReadAsync_BlankState_NullRegionNotAnError()
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12(state: string.Empty)));

        var result = Assert.Single(rows);
        Assert.False(result.IsRejected);
        Assert.Null(result.Complaint.ConsumerRegionCode);
        Assert.Null(result.StateOutsideGazetteer);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("California")]
    [InlineData("C")]
    public async Task ReadAsync_UnknownState_RejectsRow(string state)
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12(state: state)));

        var rejection = Assert.Single(rows).Rejection;
        Assert.NotNull(rejection);
        Assert.Equal("State", rejection.Field);
        Assert.Equal(2, rejection.LineNumber);
    }

    [Fact]
    public async Task ReadAsync_UnlistedIssue_FallsBackToOtherAndSaysSo()
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12(issue: "A brand new CFPB issue", subIssue: "Detail")));

        var result = Assert.Single(rows);
        Assert.Equal("other", result.Complaint!.IssueCode);
        Assert.True(result.IssueFromFallback);
        Assert.Equal("A brand new CFPB issue / Detail", result.Complaint.SourceIssue);
    }

    [Fact]
    public async Task ReadAsync_UnlistedProduct_FallsBackToFinancialAndSaysSo()
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12(product: "Buy now, pay later", subProduct: string.Empty)));

        var result = Assert.Single(rows);
        Assert.Equal("services.financial", result.Complaint!.SubjectCode);
        Assert.True(result.SubjectFromFallback);
        Assert.Equal("Buy now, pay later", result.Complaint.SourceCategory);
    }

    [Fact]
    public async Task ReadAsync_LabelsInOtherCase_StillMapWithoutFallback()
    {
        var (_, rows) = await ReadAllAsync(File(Header12, Row12(product: "MORTGAGE", issue: "struggling to pay mortgage")));

        var result = Assert.Single(rows);
        Assert.False(result.SubjectFromFallback);
        Assert.False(result.IssueFromFallback);
        Assert.Equal("after-sales", result.Complaint!.IssueCode);
    }

    [Fact]
    public async Task ReadAsync_IncludeNarrativeOff_LeavesNarrativeOut()
    {
        var (_, rows) = await ReadAllAsync(File(Header18, Row18(narrative: "story")), new CfpbImportOptions { IncludeNarrative = false });

        Assert.Null(Assert.Single(rows).Complaint!.Narrative);
    }
}
