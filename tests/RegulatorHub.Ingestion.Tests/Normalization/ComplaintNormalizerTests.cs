using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Tests.TestSupport;

namespace RegulatorHub.Ingestion.Tests.Normalization;

public sealed class ComplaintNormalizerTests
{
    [Fact]
    public void Normalize_Hotline_MapsLabelsRegionsMerchantAndComplainant()
    {
        var errors = new List<FieldError>();

        var complaint = Pipelines.Normalizer().Normalize(SampleMessages.Hotline(), PersonalDataCounts.None, errors);

        Assert.Empty(errors);
        Assert.NotNull(complaint);
        Assert.Equal(SourceKind.Hotline, complaint.SourceKind);
        Assert.Equal(ComplaintChannel.Phone, complaint.Channel);
        Assert.Equal("goods.appliances", complaint.SubjectCode);
        Assert.Equal("quality", complaint.IssueCode);
        Assert.Equal("家用电子电器类", complaint.SourceCategory);
        Assert.Equal("330106", complaint.ConsumerRegionCode);
        Assert.Equal(MerchantKeyKind.CreditCode, complaint.Merchant!.Key.Kind);
        Assert.Equal("330106", complaint.Merchant.RegionCode);
        Assert.Equal(new Money(1299m, "CNY"), complaint.Amount);
        Assert.Equal(ComplaintStatus.Accepted, complaint.Status);
        Assert.Equal(new DateOnly(2025, 3, 15), complaint.ReceivedDate);
        Assert.Matches("^[0-9a-f]{32}$", complaint.ComplainantPseudonym!);
    }

    [Fact]
    public void Normalize_Platform_KeysMerchantByPlatformShopAndResolvesShortNames()
    {
        var errors = new List<FieldError>();

        var complaint = Pipelines.Normalizer().Normalize(SampleMessages.Platform(), PersonalDataCounts.None, errors);

        Assert.Empty(errors);
        Assert.NotNull(complaint);
        Assert.Equal(SourceKind.Platform, complaint.SourceKind);
        Assert.Equal("goods.clothing", complaint.SubjectCode);
        Assert.Equal("false-advertising", complaint.IssueCode);
        Assert.Equal("shop:tiangou:58231", complaint.Merchant!.Key.Value);
        Assert.Equal("440100", complaint.Merchant.RegionCode);
        Assert.Equal("440106", complaint.ConsumerRegionCode);
    }

    [Fact]
    public void Normalize_RawIdentifierNeverReachesTheComplaint()
    {
        var complaint = Pipelines.Normalizer().Normalize(SampleMessages.Hotline(), PersonalDataCounts.None, []);

        Assert.DoesNotContain("13800138000", complaint!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("0013", complaint.ComplainantPseudonym!, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_UnlistedCategory_NamesFieldAndCrosswalkFile()
    {
        var message = SampleMessages.Platform();
        message.Category = "宇宙飞船";
        var errors = new List<FieldError>();

        Assert.Null(Pipelines.Normalizer().Normalize(message, PersonalDataCounts.None, errors));

        var error = Assert.Single(errors);
        Assert.Equal("category", error.Field);
        Assert.Equal("crosswalk", error.Rule);
        Assert.Contains("platform-category", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_UnknownRegionName_NamesTheFailingPart()
    {
        var message = SampleMessages.Hotline();
        message.ConsumerRegion = new FeedRegion { Province = "浙江省", City = "不存在市" };
        var errors = new List<FieldError>();

        Assert.Null(Pipelines.Normalizer().Normalize(message, PersonalDataCounts.None, errors));

        var error = Assert.Single(errors);
        Assert.Equal("consumerRegion.city", error.Field);
        Assert.Equal("gazetteer", error.Rule);
    }

    [Fact]
    public void Normalize_UnknownRegionCode_NamesTheCode()
    {
        var message = SampleMessages.Hotline();
        message.Merchant!.Region = new FeedRegion { Code = "999999" };
        var errors = new List<FieldError>();

        Assert.Null(Pipelines.Normalizer().Normalize(message, PersonalDataCounts.None, errors));

        Assert.Equal("merchant.region.code", Assert.Single(errors).Field);
    }

    [Fact]
    public void Normalize_SameMerchantWrittenDifferently_GetsOneKey()
    {
        var a = SampleMessages.Hotline();
        a.Merchant = new FeedMerchant { Name = "ＸＹ电器（西湖店）", Region = new FeedRegion { Code = "330106" } };
        var b = SampleMessages.Hotline();
        b.Merchant = new FeedMerchant { Name = "xy电器 (西湖店)", Region = new FeedRegion { Province = "浙江", City = "杭州", County = "西湖区" } };

        var keyA = Pipelines.Normalizer().Normalize(a, PersonalDataCounts.None, [])!.Merchant!.Key;
        var keyB = Pipelines.Normalizer().Normalize(b, PersonalDataCounts.None, [])!.Merchant!.Key;

        Assert.Equal(keyA, keyB);
    }
}
