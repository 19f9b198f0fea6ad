using RegulatorHub.Domain.Merchants;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Synthetic.Tests;

[Collection(SampleCollection.Name)]
public sealed class MerchantTests(SampleFixture sample)
{
    [Fact]
    public void Generate_100kSample_CreditCodesValid()
    {
        var codes = sample.Items.Select(i => i.Message.Merchant!.CreditCode).OfType<string>().ToList();

        Assert.True(codes.Count > sample.Items.Count / 3);
        Assert.All(codes.Distinct(StringComparer.Ordinal), c => Assert.True(UnifiedSocialCreditCode.TryParse(c, out _), c));
    }

    [Fact]
    public void Generate_100kSample_MerchantsAreZipfDistributed()
    {
        var counts = sample.Items.GroupBy(i => i.MerchantKey).Select(g => g.Count()).OrderDescending().ToList();
        var topOnePercent = counts.Take(Math.Max(1, counts.Count / 100)).Sum();

        Assert.InRange(counts.Count, 2_000, 10_000);
        Assert.True(topOnePercent > 0.08 * sample.Items.Count, $"top 1% of merchants hold {topOnePercent} complaints");
    }

    [Fact]
    public void Generate_100kSample_MerchantNamesAreInvented()
    {
        // Not 阿里: 阿里地区 is a real prefecture in Xizang and appears in addresses.
        string[] realNames = ["淘宝", "天猫", "京东", "拼多多", "抖音", "快手", "美团", "饿了么", "苏宁", "唯品会", "阿里巴巴", "腾讯"];

        Assert.All(sample.Items.Select(i => i.Message.Merchant!.Name!).Distinct(StringComparer.Ordinal), name =>
            Assert.DoesNotContain(realNames, real => name.Contains(real, StringComparison.Ordinal)));
        Assert.All(sample.Items.Select(i => i.Message.Narrative!).Take(20_000), text =>
            Assert.DoesNotContain(realNames, real => text.Contains(real, StringComparison.Ordinal)));
    }

    [Fact]
    public void Generate_100kSample_PlatformMerchantsSpreadOverSeveralPlatforms()
    {
        var platforms = sample.Items.Where(i => i.Message.Kind == FeedVocabulary.PlatformKind).GroupBy(i => i.Message.Platform).ToList();

        Assert.Equal(5, platforms.Count);
        Assert.All(platforms, p => Assert.True(p.Count() > 1_000, p.Key));
    }
}
