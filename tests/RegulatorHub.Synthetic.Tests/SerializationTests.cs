using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Synthetic.Tests;

[Collection(SampleCollection.Name)]
public sealed class SerializationTests(SampleFixture sample)
{
    [Fact]
    public void Serialize_100kSample_EveryMessageRoundTrips()
    {
        Assert.All(sample.Items, item =>
        {
            var bytes = FeedMessageSerializer.Serialize(item.Message);
            var back = FeedMessageSerializer.Deserialize(bytes);

            Assert.Equal(bytes, FeedMessageSerializer.Serialize(back));
            Assert.Equal(FeedSchema.V1, back.Schema);
            Assert.Equal(item.Message.Narrative, back.Narrative);
        });
    }

    [Fact]
    public void Generate_100kSample_ContractFieldsFilledPerKind()
    {
        Assert.All(sample.Items, item =>
        {
            var m = item.Message;
            Assert.Contains(m.Channel!, FeedVocabulary.Channels.Keys);
            Assert.Contains(m.Status!, FeedVocabulary.Statuses.Keys);
            Assert.Contains(m.Complainant!.IdType!, (IReadOnlySet<string>)FeedVocabulary.IdTypes);
            if (m.Kind == FeedVocabulary.PlatformKind)
            {
                Assert.Equal("platform", m.Channel);
                Assert.Equal(m.Source, m.Platform);
                Assert.NotNull(m.Merchant!.ShopId);
                Assert.Matches("^[0-9a-f]{64}$", m.OrderRef!);
                Assert.Equal("account", m.Complainant.IdType);
                Assert.Contains(m.Platform!, SyntheticFeedGenerator.Platforms.Select(p => p.Id));
            }
            else
            {
                Assert.NotEqual("platform", m.Channel);
                Assert.Null(m.OrderRef);
                Assert.Equal("phone", m.Complainant.IdType);
                Assert.Matches("^1[3-9][0-9]{9}$", m.Complainant.Id!);
            }

            if (m.Amount is not null)
            {
                Assert.Equal("CNY", m.Amount.Currency);
                Assert.InRange(m.Amount.Value!.Value, 1m, 5_000_000m);
            }
        });
    }

    [Fact]
    public void Generate_100kSample_CaseIdsUniquePerSource()
    {
        var ids = sample.Items.Where(i => !i.IsResend).Select(i => i.Message.Source + ":" + i.Message.CaseId).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(sample.Items.Where(i => i.Message.Kind == FeedVocabulary.HotlineKind).Take(1_000), i => Assert.Matches("^[A-Z]{2}20[0-9]{6}[0-9]{5,}$", i.Message.CaseId!));
    }

    [Fact]
    public void Generate_100kSample_ChannelMixIsRealistic()
    {
        var hotline = sample.Items.Where(i => i.Message.Kind == FeedVocabulary.HotlineKind).ToList();
        double Share(string channel) => hotline.Count(i => i.Message.Channel == channel) / (double)hotline.Count;

        Assert.InRange(Share("phone"), 0.25, 0.45);
        Assert.All(new[] { "wechat", "web", "app", "mini-program", "sms" }, c => Assert.InRange(Share(c), 0.02, 0.30));
    }
}
