using RegulatorHub.Application.Validation;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Tests.TestSupport;
using RegulatorHub.Ingestion.Validation;

namespace RegulatorHub.Ingestion.Tests.Validation;

public sealed class FeedMessageValidatorTests
{
    private readonly FeedMessageValidator _validator = new(Pipelines.Clock);

    [Fact]
    public void Validate_SampleMessages_HaveNoErrors()
    {
        Assert.Empty(_validator.Validate(SampleMessages.Hotline()));
        Assert.Empty(_validator.Validate(SampleMessages.Platform()));
    }

    [Fact]
    public void Validate_EmptyMessage_ReportsEveryRequiredField()
    {
        var errors = _validator.Validate(new FeedMessage());

        var fields = errors.Where(e => e.Rule == "required").Select(e => e.Field).ToHashSet();
        Assert.Equal(new HashSet<string> { "schema", "kind", "source", "caseId", "receivedAt", "channel", "category", "issueType" }, fields);
    }

    public static TheoryData<string, string, Action<FeedMessage>> BrokenFields => new()
    {
        { "schema", "schema-version", m => m.Schema = "regulatorhub.complaint-feed/v2" },
        { "kind", "enum", m => m.Kind = "forum" },
        { "source", "identifier", m => m.Source = "12315 ZJ" },
        { "caseId", "case-id", m => m.CaseId = "ZJ 001" },
        { "receivedAt", "range", m => m.ReceivedAt = Pipelines.Now.AddDays(3) },
        { "receivedAt", "range", m => m.ReceivedAt = new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero) },
        { "channel", "enum", m => m.Channel = "fax-machine" },
        { "merchant.creditCode", "check-character", m => m.Merchant!.CreditCode = SampleMessages.CreditCode[..17] + (SampleMessages.CreditCode[17] == '0' ? '1' : '0') },
        { "orderRef", "sha256-hex", m => m.OrderRef = "20250315-8812" },
        { "amount.value", "range", m => m.Amount!.Value = -1 },
        { "amount.value", "precision", m => m.Amount!.Value = 1.005m },
        { "amount.currency", "iso-4217", m => m.Amount!.Currency = "rmb" },
        { "complainant.idType", "enum", m => m.Complainant!.IdType = "email" },
        { "status", "enum", m => m.Status = "lost" },
        { "outcome", "outcome-needs-closed", m => m.Outcome = "withdrawn" },
        { "consumerRegion.code", "region-code", m => m.ConsumerRegion = new FeedRegion { Code = "3301" } },
        { "narrative", "max-length", m => m.Narrative = new string('字', FeedMessageValidator.MaxNarrativeLength + 1) },
    };

    [Theory]
    [MemberData(nameof(BrokenFields))]
    public void Validate_BrokenField_NamesFieldAndRule(string field, string rule, Action<FeedMessage> breakIt)
    {
        var message = SampleMessages.Hotline();
        breakIt(message);

        var error = Assert.Single(_validator.Validate(message));

        Assert.Equal(field, error.Field);
        Assert.Equal(rule, error.Rule);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Validate_PlatformWithoutShop_NamesShopId()
    {
        var message = SampleMessages.Platform();
        message.Merchant!.ShopId = null;

        Assert.Contains(_validator.Validate(message), e => e is { Field: "merchant.shopId", Rule: "required" });
    }

    [Fact]
    public void Validate_PlatformWithoutMerchant_NamesMerchant()
    {
        var message = SampleMessages.Platform();
        message.Merchant = null;

        Assert.Equal(new FieldError("merchant", "required", "Is required for platform complaints (the shop complained about)."), Assert.Single(_validator.Validate(message)));
    }

    [Fact]
    public void Validate_ErrorMessages_DoNotEchoPersonalData()
    {
        var message = SampleMessages.Hotline();
        message.Complainant!.IdType = "mobile";
        message.OrderRef = "13800138000";

        var text = string.Join(" ", _validator.Validate(message).Select(e => e.Message));

        Assert.DoesNotContain("13800138000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("138-0013-8000", text, StringComparison.Ordinal);
    }
}
