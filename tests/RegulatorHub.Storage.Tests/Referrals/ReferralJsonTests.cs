using System.Text;
using System.Text.Json;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Referrals;
using static RegulatorHub.Storage.Tests.Contract.ReferralSamples;

namespace RegulatorHub.Storage.Tests.Referrals;

public sealed class ReferralJsonTests
{
    [Fact]
    public void Message_RoundTrips_EveryFieldAndOffset()
    {
        var referral = Act(Act(New(), ReferralAction.Accept, Shanghai), ReferralAction.Resolve, Shanghai, outcome: ReferralOutcome.EnforcementCase, note: "已立案。");
        var message = new ReferralEventMessage("instance-a", referral);

        var read = ReferralJson.DeserializeMessage(ReferralJson.SerializeMessage(message));

        Assert.Equal("instance-a", read.OriginInstance);
        AssertSame(referral, read.Referral);
        Assert.Equal(message.MessageId, read.MessageId);
        Assert.Equal($"{referral.Id:D}:3", message.MessageId);
    }

    [Fact]
    public void Message_IsReadableJsonOfTheSchema()
    {
        var json = Encoding.UTF8.GetString(ReferralJson.SerializeMessage(new ReferralEventMessage("instance-a", New())));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("referral-event/v1", root.GetProperty("schema").GetString());
        Assert.Equal("Create", root.GetProperty("referral").GetProperty("events")[0].GetProperty("action").GetString());
        Assert.Equal("2026-03-11", root.GetProperty("referral").GetProperty("events")[0].GetProperty("dueBy").GetString());
        Assert.Equal("WeChat", root.GetProperty("referral").GetProperty("snapshot").GetProperty("channel").GetString());
        Assert.Equal(88.5m, root.GetProperty("referral").GetProperty("snapshot").GetProperty("amount").GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("\"seq\":1", "\"seq\":0", "$.referral.events[0].seq")]
    [InlineData("\"action\":\"Create\"", "\"action\":\"Explode\"", "$.referral.events[0].action")]
    [InlineData("\"action\":\"Create\"", "\"action\":\"0\"", "$.referral.events[0].action")]
    [InlineData("\"channel\":\"WeChat\"", "\"channel\":7", "$.referral.snapshot.channel")]
    [InlineData("\"from\":\"samr-hz\"", "\"from\":\"\"", "$.referral.from")]
    [InlineData("\"dueBy\":\"2026-03-11\"", "\"dueBy\":\"11/03/2026\"", "$.referral.events[0].dueBy")]
    [InlineData("\"currency\":\"CNY\"", "\"currency\":\"cny\"", "$.referral.snapshot.amount.currency")]
    public void Deserialize_PropertyOfTheWrongShape_NamesItsPath(string find, string replace, string path)
    {
        var json = Encoding.UTF8.GetString(ReferralJson.SerializeMessage(new ReferralEventMessage("instance-a", New())));
        Assert.Contains(find, json, StringComparison.Ordinal);

        var error = Assert.Throws<ReferralFormatException>(() => ReferralJson.DeserializeMessage(Encoding.UTF8.GetBytes(json.Replace(find, replace, StringComparison.Ordinal))));

        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Deserialize_UnknownProperties_AreIgnored()
    {
        var json = Encoding.UTF8.GetString(ReferralJson.SerializeMessage(new ReferralEventMessage("instance-a", New())))
            .Replace("\"origin\":", "\"addedLater\":{\"x\":1},\"origin\":", StringComparison.Ordinal);

        Assert.Equal("instance-a", ReferralJson.DeserializeMessage(Encoding.UTF8.GetBytes(json)).OriginInstance);
    }
}
