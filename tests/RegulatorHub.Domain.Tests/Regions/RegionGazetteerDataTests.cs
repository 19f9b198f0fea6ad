using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Domain.Tests.Regions;

/// <summary>Checks the embedded gazetteer data: counts, hierarchy and special cases documented in SOURCE.md.</summary>
public sealed class RegionGazetteerDataTests
{
    private static readonly RegionGazetteer s_gazetteer = RegionGazetteer.Default;

    [Fact]
    public void Provinces_Default_Has31MainlandPlusTaiwanHongKongMacao()
    {
        Assert.Equal(34, s_gazetteer.Provinces.Count);
        Assert.Equal(31, s_gazetteer.Provinces.Count(p => string.CompareOrdinal(p.Code, "700000") < 0));
        Assert.Equal(["710000", "810000", "820000"], s_gazetteer.Provinces.Skip(31).Select(p => p.Code));
        Assert.All(s_gazetteer.Provinces, p => Assert.NotNull(p.NameEn));
    }

    [Fact]
    public void Cities_Default_Has333PrefectureLevelUnits()
    {
        Assert.Equal(333, s_gazetteer.Cities.Count);
    }

    [Fact]
    public void Counties_Default_Has2974CountyLevelUnits()
    {
        Assert.Equal(2974, s_gazetteer.Counties.Count);
    }

    [Fact]
    public void UsStates_Default_Has50StatesAndDc()
    {
        Assert.Equal(51, s_gazetteer.UsStates.Count);
        Assert.Contains(s_gazetteer.UsStates, s => s.Code == "US-DC");
        Assert.All(s_gazetteer.UsStates, s =>
        {
            Assert.Equal(RegionLevel.State, s.Level);
            Assert.Null(s.ParentCode);
            Assert.NotNull(s.NameEn);
            Assert.Equal("US", s.CountryCode);
        });
    }

    [Fact]
    public void All_Default_IsEveryLevelTogetherWithUniqueCodes()
    {
        Assert.Equal(34 + 333 + 2974 + 51, s_gazetteer.All.Count);
        Assert.Equal(s_gazetteer.All.Count, s_gazetteer.All.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AncestorsOf_EveryCounty_EndsAtItsProvince()
    {
        foreach (var county in s_gazetteer.Counties)
        {
            var ancestors = s_gazetteer.AncestorsOf(county).ToList();
            Assert.InRange(ancestors.Count, 1, 2);
            var province = ancestors[^1];
            Assert.Equal(RegionLevel.Province, province.Level);
            Assert.Equal(county.Code[..2], province.Code[..2]);
            Assert.Equal(province, s_gazetteer.ProvinceOf(county));
            Assert.Equal("CN", county.CountryCode);
        }
    }

    [Fact]
    public void ChildrenOf_Municipality_ListsDistrictsDirectly()
    {
        var children = s_gazetteer.ChildrenOf("110000");

        Assert.Equal(16, children.Count);
        Assert.All(children, c => Assert.Equal(RegionLevel.County, c.Level));
        Assert.Contains(children, c => c.NameZh == "朝阳区");
    }

    [Fact]
    public void ChildrenOf_Chongqing_HoldsFormerCountyGroupingDirectly()
    {
        Assert.Equal("500000", s_gazetteer.Find("500229")?.ParentCode);
        Assert.Null(s_gazetteer.Find("500100"));
        Assert.Null(s_gazetteer.Find("500200"));
    }

    [Theory]
    [InlineData("419001", "410000")] // 济源市
    [InlineData("429004", "420000")] // 仙桃市
    [InlineData("429021", "420000")] // 神农架林区
    [InlineData("469002", "460000")] // 琼海市
    [InlineData("659001", "650000")] // 石河子市
    public void Find_ProvinciallyAdministeredUnit_HasProvinceAsParent(string code, string province)
    {
        var region = s_gazetteer.Find(code);

        Assert.NotNull(region);
        Assert.Equal(RegionLevel.County, region.Level);
        Assert.Equal(province, region.ParentCode);
    }

    [Theory]
    [InlineData("4190")]
    [InlineData("4290")]
    [InlineData("4690")]
    [InlineData("6590")]
    [InlineData("1101")]
    [InlineData("1201")]
    [InlineData("3101")]
    [InlineData("5001")]
    [InlineData("5002")]
    public void Find_PlaceholderCityCodes_AreNotRegions(string prefix)
    {
        Assert.Null(s_gazetteer.Find(prefix + "00"));
    }

    [Theory]
    [InlineData("441900", "东莞市")]
    [InlineData("442000", "中山市")]
    [InlineData("460400", "儋州市")]
    [InlineData("620200", "嘉峪关市")]
    public void ChildrenOf_CityWithoutCounties_IsEmpty(string code, string name)
    {
        var city = s_gazetteer.Find(code);

        Assert.NotNull(city);
        Assert.Equal(name, city.NameZh);
        Assert.Equal(RegionLevel.City, city.Level);
        Assert.Empty(s_gazetteer.ChildrenOf(code));
        Assert.Null(s_gazetteer.Find("620201"));
    }

    [Fact]
    public void TryGet_KnownCode_ReturnsRegion()
    {
        Assert.True(s_gazetteer.TryGet("330106", out var region));
        Assert.Equal("西湖区", region.NameZh);
        Assert.Equal(RegionLevel.County, region.Level);
        Assert.Equal("330100", region.ParentCode);
        Assert.Null(region.NameEn);
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("US-XX")]
    [InlineData("")]
    [InlineData("330106 ")]
    public void TryGet_UnknownCode_ReturnsFalse(string code)
    {
        Assert.False(s_gazetteer.TryGet(code, out var region));
        Assert.Null(region);
        Assert.Null(s_gazetteer.Find(code));
    }

    [Fact]
    public void Find_Province_HasEnglishName()
    {
        var region = s_gazetteer.Find("330000");

        Assert.NotNull(region);
        Assert.Equal("浙江省", region.NameZh);
        Assert.Equal("Zhejiang", region.NameEn);
        Assert.Equal(RegionLevel.Province, region.Level);
        Assert.Null(region.ParentCode);
        Assert.Equal("CN", region.CountryCode);
    }

    [Fact]
    public void Find_UsState_HasBothNames()
    {
        var region = s_gazetteer.Find("US-CA");

        Assert.NotNull(region);
        Assert.Equal("California", region.NameEn);
        Assert.Equal("加利福尼亚州", region.NameZh);
    }

    [Fact]
    public void AncestorsOf_County_IsCityThenProvince()
    {
        Assert.Equal(["330100", "330000"], s_gazetteer.AncestorsOf("330106").Select(r => r.Code));
        Assert.Empty(s_gazetteer.AncestorsOf("330000"));
        Assert.Empty(s_gazetteer.AncestorsOf("US-CA"));
    }

    [Theory]
    [InlineData("330106", "330000")]
    [InlineData("330100", "330000")]
    [InlineData("330000", "330000")]
    [InlineData("110105", "110000")]
    [InlineData("429004", "420000")]
    [InlineData("US-CA", "US-CA")]
    public void ProvinceCodeOf_Region_ReturnsTopLevelCode(string code, string expected)
    {
        Assert.Equal(expected, s_gazetteer.ProvinceCodeOf(code));
    }

    [Fact]
    public void ProvinceCodeOf_UnknownCode_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => s_gazetteer.ProvinceCodeOf("999999"));
        Assert.Throws<KeyNotFoundException>(() => s_gazetteer.ChildrenOf("999999"));
    }

    [Fact]
    public void CountiesOf_Province_CoversCitiesAndDirectUnits()
    {
        var hubei = s_gazetteer.CountiesOf("420000");

        Assert.Contains(hubei, c => c.Code == "429004");
        Assert.Contains(hubei, c => c.Code == "420106"); // 武汉市武昌区
        Assert.All(hubei, c => Assert.StartsWith("42", c.Code, StringComparison.Ordinal));
        Assert.Equal(s_gazetteer.Counties.Count(c => c.Code.StartsWith("42", StringComparison.Ordinal)), hubei.Count);
    }

    [Fact]
    public void CountiesOf_CountyAndState_AreItselfAndEmpty()
    {
        Assert.Equal(["330106"], s_gazetteer.CountiesOf("330106").Select(r => r.Code));
        Assert.Empty(s_gazetteer.CountiesOf("US-CA"));
    }

    [Fact]
    public void ChildrenOf_EveryProvinceAndCity_SumsToAllBelowProvinces()
    {
        var total = s_gazetteer.Provinces.Sum(p => s_gazetteer.ChildrenOf(p.Code).Count)
            + s_gazetteer.Cities.Sum(c => s_gazetteer.ChildrenOf(c.Code).Count);

        Assert.Equal(s_gazetteer.Cities.Count + s_gazetteer.Counties.Count, total);
    }

    [Fact]
    public void Default_CalledConcurrently_ReturnsOneInstance()
    {
        var instances = new RegionGazetteer[8];
        Parallel.For(0, instances.Length, i => instances[i] = RegionGazetteer.Default);

        Assert.All(instances, g => Assert.Same(RegionGazetteer.Default, g));
    }
}
