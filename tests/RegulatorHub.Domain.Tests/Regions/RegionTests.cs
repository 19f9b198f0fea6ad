using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Domain.Tests.Regions;

/// <summary>The invariants of <see cref="Region"/>.</summary>
public sealed class RegionTests
{
    [Theory]
    [InlineData("330000", "浙江省", RegionLevel.Province, null, "CN")]
    [InlineData("330100", "杭州市", RegionLevel.City, "330000", "CN")]
    [InlineData("330106", "西湖区", RegionLevel.County, "330100", "CN")]
    [InlineData("110105", "朝阳区", RegionLevel.County, "110000", "CN")]
    [InlineData("US-CA", "加利福尼亚州", RegionLevel.State, null, "US")]
    [InlineData("CN", "中国", RegionLevel.Country, null, "CN")]
    public void Constructor_ValidRegion_KeepsValuesAndCountry(string code, string name, RegionLevel level, string? parent, string country)
    {
        var region = new Region(code, name, null, level, parent);

        Assert.Equal(code, region.Code);
        Assert.Equal(name, region.NameZh);
        Assert.Equal(level, region.Level);
        Assert.Equal(parent, region.ParentCode);
        Assert.Equal(country, region.CountryCode);
    }

    [Theory]
    [InlineData("33000", RegionLevel.Province, null)]        // five digits
    [InlineData("33000A", RegionLevel.Province, null)]       // not digits
    [InlineData("330100", RegionLevel.Province, null)]       // province must end 0000
    [InlineData("330000", RegionLevel.Province, "110000")]   // province has no parent
    [InlineData("330000", RegionLevel.City, "330000")]       // city must not end 0000
    [InlineData("330100", RegionLevel.City, null)]           // city needs its province
    [InlineData("330100", RegionLevel.City, "320000")]       // city under another province
    [InlineData("330106", RegionLevel.County, null)]         // county needs a parent
    [InlineData("330106", RegionLevel.County, "330200")]     // county under another city
    [InlineData("330100", RegionLevel.County, "330000")]     // county must not end 00
    [InlineData("US-ca", RegionLevel.State, null)]           // lower case
    [InlineData("USA-C", RegionLevel.State, null)]
    [InlineData("US-CA", RegionLevel.State, "US")]           // state has no parent
    [InlineData("330000", RegionLevel.State, null)]
    [InlineData("cn", RegionLevel.Country, null)]
    public void Constructor_BrokenInvariant_Throws(string code, RegionLevel level, string? parent)
    {
        Assert.Throws<ArgumentException>(() => new Region(code, "名", null, level, parent));
    }

    [Theory]
    [InlineData("", null)]
    [InlineData(" 浙江省", null)]
    [InlineData("浙江省", "")]
    [InlineData("浙江省", "Zhejiang ")]
    public void Constructor_BadName_Throws(string nameZh, string? nameEn)
    {
        Assert.Throws<ArgumentException>(() => new Region("330000", nameZh, nameEn, RegionLevel.Province, null));
    }

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        var a = new Region("330000", "浙江省", "Zhejiang", RegionLevel.Province, null);
        var b = new Region("330000", "浙江省", "Zhejiang", RegionLevel.Province, null);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("330000 浙江省", a.ToString());
    }
}
