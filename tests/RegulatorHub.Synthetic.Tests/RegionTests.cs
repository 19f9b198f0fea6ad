using RegulatorHub.Domain.Regions;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Synthetic.Tests;

[Collection(SampleCollection.Name)]
public sealed class RegionTests(SampleFixture sample)
{
    private static readonly RegionGazetteer s_gazetteer = RegionGazetteer.Default;

    [Fact]
    public void Generate_100kSample_ConsumersInAll31MainlandProvinces()
    {
        var provinces = sample.Items
            .Select(i => ResolveCode(i.Message.ConsumerRegion))
            .OfType<string>()
            .Select(code => s_gazetteer.ProvinceCodeOf(code))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(31, provinces.Count);
        Assert.DoesNotContain("710000", provinces);
        Assert.DoesNotContain("810000", provinces);
        Assert.DoesNotContain("820000", provinces);
    }

    [Fact]
    public void Generate_100kSample_HotlineSourceMatchesConsumerProvince()
    {
        foreach (var item in sample.Items.Where(i => i.Message.Kind == FeedVocabulary.HotlineKind))
        {
            Assert.StartsWith("12315-", item.Message.Source, StringComparison.Ordinal);
            var province = s_gazetteer.ProvinceCodeOf(ResolveCode(item.Message.ConsumerRegion)!);
            Assert.StartsWith(item.Message.CaseId![..2], ProvinceIso(item.Message.Source!), StringComparison.Ordinal);
            Assert.Equal(province, ProvinceOfSource(item.Message.Source!));
        }
    }

    [Fact]
    public void Generate_100kSample_RegionsAreCountyLevelGazetteerUnits()
    {
        var codes = sample.Items
            .SelectMany(i => new[] { i.Message.ConsumerRegion?.Code, i.Message.Merchant?.Region?.Code })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(codes.Count > 1_500, $"only {codes.Count} distinct county codes");
        Assert.All(codes, code =>
        {
            Assert.True(s_gazetteer.TryGet(code, out var region), $"{code} is not in the gazetteer");
            Assert.True(region!.Level == RegionLevel.County || (region.Level == RegionLevel.City && s_gazetteer.ChildrenOf(code).Count == 0), $"{code} is not county-level");
            Assert.NotEqual('7', code[4]);
        });
    }

    [Fact]
    public void Generate_100kSample_PopulousProvincesHaveMoreComplaints()
    {
        var perProvince = sample.Items
            .Select(i => ResolveCode(i.Message.ConsumerRegion))
            .OfType<string>()
            .GroupBy(code => s_gazetteer.ProvinceCodeOf(code))
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.True(perProvince["440000"] > 5 * perProvince["540000"]);
        Assert.True(perProvince["330000"] > perProvince["630000"]);
    }

    private static string? ResolveCode(FeedRegion? region)
    {
        if (region is null)
        {
            return null;
        }

        if (region.Code is not null)
        {
            return region.Code;
        }

        var resolution = s_gazetteer.Resolve(region.Province, region.City, region.County);
        Assert.True(resolution.Succeeded, resolution.Error);
        return resolution.Region!.Code;
    }

    private static string ProvinceIso(string source) => source["12315-".Length..].ToUpperInvariant();

    private static string ProvinceOfSource(string source) => ProvinceIso(source) switch
    {
        "BJ" => "110000", "TJ" => "120000", "HE" => "130000", "SX" => "140000", "NM" => "150000", "LN" => "210000",
        "JL" => "220000", "HL" => "230000", "SH" => "310000", "JS" => "320000", "ZJ" => "330000", "AH" => "340000",
        "FJ" => "350000", "JX" => "360000", "SD" => "370000", "HA" => "410000", "HB" => "420000", "HN" => "430000",
        "GD" => "440000", "GX" => "450000", "HI" => "460000", "CQ" => "500000", "SC" => "510000", "GZ" => "520000",
        "YN" => "530000", "XZ" => "540000", "SN" => "610000", "GS" => "620000", "QH" => "630000", "NX" => "640000",
        "XJ" => "650000",
        _ => throw new ArgumentException($"Unknown hotline source {source}.", nameof(source)),
    };
}
