using System.Text;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Parsing;
using RegulatorHub.Ingestion.Tests.TestSupport;

namespace RegulatorHub.Ingestion.Tests.Parsing;

public sealed class FeedMessageParserTests
{
    [Fact]
    public void TryParse_SerializedMessage_RoundTrips()
    {
        var original = SampleMessages.Hotline();

        var parsed = FeedMessageParser.TryParse(FeedMessageSerializer.Serialize(original), out var error);

        Assert.Null(error);
        Assert.NotNull(parsed);
        Assert.Equal(original.CaseId, parsed.CaseId);
        Assert.Equal(original.ReceivedAt, parsed.ReceivedAt);
        Assert.Equal(original.Merchant!.CreditCode, parsed.Merchant!.CreditCode);
        Assert.Equal(original.Amount!.Value, parsed.Amount!.Value);
    }

    [Theory]
    [InlineData("", "$", "json")]
    [InlineData("{\"schema\":", "schema", "json")]
    [InlineData("null", "$", "json")]
    [InlineData("{\"caseId\":\"1\",\"priority\":\"high\"}", "priority", "unknown-property")]
    [InlineData("{\"caseId\":42}", "caseId", "type")]
    [InlineData("{\"merchant\":{\"creditCode\":true}}", "merchant.creditCode", "type")]
    [InlineData("{\"receivedAt\":\"yesterday\"}", "receivedAt", "type")]
    public void TryParse_BadBody_NamesFieldAndRule(string json, string field, string rule)
    {
        var parsed = FeedMessageParser.TryParse(Encoding.UTF8.GetBytes(json), out var error);

        Assert.Null(parsed);
        Assert.NotNull(error);
        Assert.Equal(field, error.Field);
        Assert.Equal(rule, error.Rule);
    }

    [Fact]
    public void TryParse_WrongTypedPhoneNumber_DoesNotEchoTheValue()
    {
        FeedMessageParser.TryParse("{\"complainant\":{\"id\":13800138000}}"u8, out var error);

        Assert.NotNull(error);
        Assert.DoesNotContain("13800138000", error.Message, StringComparison.Ordinal);
    }
}
