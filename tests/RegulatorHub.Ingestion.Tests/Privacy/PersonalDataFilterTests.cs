using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Privacy;
using RegulatorHub.Ingestion.Tests.TestSupport;

namespace RegulatorHub.Ingestion.Tests.Privacy;

public sealed class PersonalDataFilterTests
{
    // The GB 11643 standard's own example number and a test mobile number: valid in form, nobody's identity.
    private const string ResidentId = "11010519491231002X";
    private const string Mobile = "13800138000";

    [Fact]
    public void Apply_NarrativeWithPersonalData_ScrubsItAndCountsPerKind()
    {
        var message = SampleMessages.Hotline();
        message.Narrative = $"空调不制冷，我的手机{Mobile}，身份证号{ResidentId}，住址杭州市西湖区文三路123号5幢。";

        var removed = Filter().Apply(message, []);

        Assert.NotNull(removed);
        Assert.Equal("空调不制冷，我的手机[手机号]，身份证号[身份证号]，住址杭州市西湖区[地址]。", message.Narrative);
        Assert.Equal("resident-id:1,mobile:1,address:1", removed.ToString());
    }

    [Fact]
    public void Apply_CleanMessage_AcceptsUnchangedWithNothingRemoved()
    {
        var message = SampleMessages.Platform();

        var removed = Filter().Apply(message, []);

        Assert.Same(PersonalDataCounts.None, removed);
        Assert.Equal("TG-000001", message.CaseId);
        Assert.Equal("潮流服饰旗舰店", message.Merchant!.Name);
    }

    [Theory]
    [InlineData("caseId")]
    [InlineData("merchant.shopId")]
    [InlineData("merchant.name")]
    [InlineData("complainant.id")]
    public void Apply_RawIdentifierInStructuredField_QuarantinePolicy_RefusesNamingFieldNotValue(string field)
    {
        var message = WithRawIdentifier(SampleMessages.Platform(), field);
        var errors = new List<FieldError>();

        var removed = Filter().Apply(message, errors);

        Assert.Null(removed);
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.Equal("raw-identifier", error.Rule);
        Assert.DoesNotContain(Mobile, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(ResidentId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_RawIdentifiers_ScrubAndAcceptPolicy_PseudonymizesIdentityFieldsAndScrubsText()
    {
        var message = SampleMessages.Platform();
        message.CaseId = Mobile;
        message.Merchant!.ShopId = ResidentId;
        message.Merchant.Name = $"潮流服饰店 {Mobile}";
        message.Complainant = new FeedComplainant { IdType = "source-token", Id = Mobile };

        var removed = Filter(RawIdentifierPolicy.ScrubAndAccept).Apply(message, []);

        Assert.NotNull(removed);
        Assert.Matches("^p-[0-9a-f]{32}$", message.CaseId);
        Assert.Matches("^p-[0-9a-f]{32}$", message.Merchant.ShopId);
        Assert.Equal("潮流服饰店 [手机号]", message.Merchant.Name);
        Assert.Equal("resident-id:1,mobile:3", removed.ToString());
    }

    [Fact]
    public void Apply_ScrubAndAccept_SameCaseIdGetsSamePseudonymSoReSendsStillMatch()
    {
        var first = SampleMessages.Hotline(caseId: Mobile);
        var again = SampleMessages.Hotline(caseId: Mobile);
        var other = SampleMessages.Hotline(caseId: "13900139000");
        var filter = Filter(RawIdentifierPolicy.ScrubAndAccept);

        filter.Apply(first, []);
        filter.Apply(again, []);
        filter.Apply(other, []);

        Assert.Equal(first.CaseId, again.CaseId);
        Assert.NotEqual(first.CaseId, other.CaseId);
    }

    [Fact]
    public void Apply_PolicyPerSource_OverridesTheDefault()
    {
        var options = new IngestionOptions { RawIdentifierPolicy = RawIdentifierPolicy.Quarantine };
        options.RawIdentifierPolicyBySource["tiangou"] = RawIdentifierPolicy.ScrubAndAccept;
        var filter = new PersonalDataFilter(new ComplainantPseudonymizer(Pipelines.Key), Options.Create(options));

        Assert.NotNull(filter.Apply(WithRawIdentifier(SampleMessages.Platform(), "caseId"), []));
        Assert.Null(filter.Apply(WithRawIdentifier(SampleMessages.Hotline(), "caseId"), []));
    }

    [Theory]
    [InlineData("王记水果店")]
    [InlineData("老张五金店 0571-88886666")]
    [InlineData("张先生家电维修部")]
    public void Apply_MerchantNameWithPersonNameOrShopLandline_IsNotARawIdentifier(string name)
    {
        var message = SampleMessages.Hotline();
        message.Merchant!.Name = name;
        var errors = new List<FieldError>();

        Assert.NotNull(Filter().Apply(message, errors));
        Assert.Empty(errors);
        Assert.Equal(name, message.Merchant.Name);
    }

    [Theory]
    [InlineData("ZJ20250315000123")]
    [InlineData("202503150001234567")]
    [InlineData("HI2023070100001")]
    public void Apply_CaseIdsThatOnlyLookNumeric_AreAccepted(string caseId)
    {
        var errors = new List<FieldError>();

        Assert.NotNull(Filter().Apply(SampleMessages.Hotline(caseId), errors));
        Assert.Empty(errors);
    }

    [Fact]
    public void Process_RawIdentifierUnderDefaultPolicy_QuarantinedWithReasonAndPayloadKept()
    {
        var message = WithRawIdentifier(SampleMessages.Hotline(), "caseId");

        var result = Pipelines.Processor().Process("m-1", FeedMessageSerializer.Serialize(message));

        Assert.Null(result.Complaint);
        Assert.Equal(QuarantineReason.RawIdentifier, result.Quarantine!.Reason);
        Assert.Equal("caseId", Assert.Single(result.Quarantine.Errors).Field);
        Assert.False(result.Quarantine.Payload.IsEmpty);
    }

    [Fact]
    public void Process_ScrubAndAccept_ComplaintCarriesScrubbedTextAndCounts()
    {
        var message = SampleMessages.Hotline();
        message.Narrative = $"请联系我{Mobile}。";
        message.Merchant!.Name = $"某某电器 {ResidentId}";

        var result = Pipelines.Processor(new IngestionOptions { RawIdentifierPolicy = RawIdentifierPolicy.ScrubAndAccept })
            .Process("m-2", FeedMessageSerializer.Serialize(message));

        Assert.NotNull(result.Complaint);
        Assert.Equal("请联系我[手机号]。", result.Complaint.Narrative);
        Assert.Equal(1, result.Complaint.PersonalDataRemoved[PersonalDataKind.Mobile]);
        Assert.Equal(1, result.Complaint.PersonalDataRemoved[PersonalDataKind.ResidentId]);
    }

    private static PersonalDataFilter Filter(RawIdentifierPolicy policy = RawIdentifierPolicy.Quarantine) =>
        new(new ComplainantPseudonymizer(Pipelines.Key), Options.Create(new IngestionOptions { RawIdentifierPolicy = policy }));

    private static FeedMessage WithRawIdentifier(FeedMessage message, string field)
    {
        switch (field)
        {
            case "caseId":
                message.CaseId = Mobile;
                break;
            case "merchant.shopId":
                message.Merchant!.ShopId = Mobile;
                break;
            case "merchant.name":
                message.Merchant!.Name = $"店主身份证{ResidentId}";
                break;
            default:
                message.Complainant = new FeedComplainant { IdType = "source-token", Id = Mobile };
                break;
        }

        return message;
    }
}
