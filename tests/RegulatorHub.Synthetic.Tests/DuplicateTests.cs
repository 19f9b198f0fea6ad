using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Synthetic.Tests;

[Collection(SampleCollection.Name)]
public sealed class DuplicateTests(SampleFixture sample)
{
    [Fact]
    public void Generate_100kSample_ResendsInStatedShareAndIdentical()
    {
        var items = sample.Items;
        var resends = 0;
        for (var i = 0; i < items.Count; i++)
        {
            if (!items[i].IsResend)
            {
                continue;
            }

            resends++;
            Assert.False(items[i - 1].IsResend);
            Assert.Equal(FeedMessageSerializer.Serialize(items[i - 1].Message), FeedMessageSerializer.Serialize(items[i].Message));
            Assert.NotSame(items[i - 1].Message, items[i].Message);
        }

        Assert.Equal((int)Math.Round(items.Count * sample.Options.ResendShare), resends);
    }

    [Fact]
    public void Generate_100kSample_CrossChannelDuplicatesInStatedShareAndConsistent()
    {
        var byId = new Dictionary<string, SyntheticComplaint>(StringComparer.Ordinal);
        var duplicates = 0;
        foreach (var item in sample.Items.Where(i => !i.IsResend))
        {
            var id = FeedMessageSerializer.MessageIdFor(item.Message.Source!, item.Message.CaseId!);
            if (item.DuplicateOf is { } originId)
            {
                duplicates++;
                Assert.True(byId.TryGetValue(originId, out var origin), $"{id} repeats {originId}, which came later or never");
                var (m, o) = (item.Message, origin!.Message);
                Assert.Equal(o.Complainant!.Id, m.Complainant!.Id);
                Assert.Equal(origin.MerchantKey, item.MerchantKey);
                Assert.Equal(o.Merchant!.Name, m.Merchant!.Name);
                Assert.Equal(o.ReceivedAt!.Value.Date, m.ReceivedAt!.Value.Date);
                Assert.NotEqual(o.Channel, m.Channel);
                Assert.NotEqual(o.CaseId, m.CaseId);
                Assert.Equal(origin.SubjectCode, item.SubjectCode);
            }

            byId[id] = item;
        }

        Assert.Equal((int)Math.Round(sample.Items.Count * sample.Options.CrossChannelDuplicateShare), duplicates);
    }

    [Fact]
    public void Generate_100kSample_RepeatComplainantsExist()
    {
        var perComplainant = sample.Items
            .Where(i => !i.IsResend && i.DuplicateOf is null)
            .GroupBy(i => i.ComplainantIndex)
            .Select(g => g.Count())
            .ToList();

        Assert.True(perComplainant.Count(c => c >= 2) > 10_000);
        Assert.True(perComplainant.Max() >= 20, "professional complainants file many complaints");
    }
}
