using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Domain.Tests.Regions;

/// <summary>Free-text name resolution against the embedded gazetteer.</summary>
public sealed class RegionGazetteerResolveTests
{
    private static readonly RegionGazetteer s_gazetteer = RegionGazetteer.Default;

    private static Region AssertResolves(string? province, string? city, string? county, string expectedCode)
    {
        var result = s_gazetteer.Resolve(province, city, county);

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(result.Error);
        Assert.Null(result.FailedField);
        Assert.Equal(RegionResolutionErrorKind.None, result.ErrorKind);
        Assert.NotNull(result.Region);
        Assert.Equal(expectedCode, result.Region.Code);
        return result.Region;
    }

    private static RegionResolution AssertFails(string? province, string? city, string? county, RegionInputField field, RegionResolutionErrorKind kind)
    {
        var result = s_gazetteer.Resolve(province, city, county);

        Assert.False(result.Succeeded);
        Assert.Null(result.Region);
        Assert.Equal(field, result.FailedField);
        Assert.Equal(kind, result.ErrorKind);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        return result;
    }

    [Theory]
    [InlineData("浙江省", "330000")]
    [InlineData("浙江", "330000")]
    [InlineData("  浙江省 ", "330000")]
    [InlineData("Zhejiang", "330000")]
    [InlineData("zhejiang", "330000")]
    [InlineData("330000", "330000")]
    [InlineData("内蒙古自治区", "150000")]
    [InlineData("内蒙古", "150000")]
    [InlineData("新疆维吾尔自治区", "650000")]
    [InlineData("新疆", "650000")]
    [InlineData("广西壮族自治区", "450000")]
    [InlineData("广西", "450000")]
    [InlineData("宁夏", "640000")]
    [InlineData("西藏", "540000")]
    [InlineData("北京", "110000")]
    [InlineData("香港特别行政区", "810000")]
    [InlineData("香港", "810000")]
    [InlineData("澳门", "820000")]
    [InlineData("台湾", "710000")]
    public void Resolve_ProvinceOnly_ReturnsProvince(string province, string expected)
    {
        AssertResolves(province, null, null, expected);
    }

    [Theory]
    [InlineData("浙江省", "杭州市", null, "330100")]
    [InlineData("浙江", "杭州", null, "330100")]
    [InlineData(null, "杭州", null, "330100")]
    [InlineData(null, "杭州市", null, "330100")]
    [InlineData("浙江省", "杭州市", "西湖区", "330106")]
    [InlineData("浙江", "杭州", "西湖", "330106")]
    [InlineData(null, "杭州", "西湖区", "330106")]
    [InlineData("浙江", null, "西湖区", "330106")]
    [InlineData("浙江", "金华", "义乌", "330782")]
    [InlineData("湖北", "恩施州", null, "422800")]
    [InlineData("湖北", "恩施土家族苗族自治州", "恩施市", "422801")]
    [InlineData(null, "恩施", null, "422800")]
    [InlineData(null, "延边", null, "222400")]
    [InlineData(null, "伊犁", null, "654000")]
    [InlineData(null, "克孜勒苏", null, "653000")]
    [InlineData("内蒙古", "锡林郭勒", null, "152500")]
    [InlineData("新疆", "阿克苏", null, "652900")]
    [InlineData("吉林", "吉林", null, "220200")]
    [InlineData("吉林省", "吉林市", null, "220200")]
    [InlineData("甘肃", "临夏州", "积石山", "622927")]
    [InlineData("青海", "西宁", "大通", "630121")]
    [InlineData("内蒙古", "呼伦贝尔", "莫力达瓦", "150722")]
    [InlineData("内蒙古", "呼伦贝尔", "鄂伦春自治旗", "150723")]
    [InlineData("贵州", "六盘水", "六枝", "520203")]
    [InlineData("330000", "330100", "330106", "330106")]
    [InlineData(null, null, "330106", "330106")]
    public void Resolve_FullAndShortNames_ReturnsMostSpecific(string? province, string? city, string? county, string expected)
    {
        AssertResolves(province, city, county, expected);
    }

    [Theory]
    [InlineData("北京市", "北京市", "朝阳区", "110105")]
    [InlineData("北京", null, "朝阳区", "110105")]
    [InlineData("北京市", "朝阳区", null, "110105")]
    [InlineData("北京", "朝阳", null, "110105")]
    [InlineData("北京市", "市辖区", "朝阳区", "110105")]
    [InlineData(null, "北京市", "朝阳区", "110105")]
    [InlineData("北京市", "北京市", null, "110000")]
    [InlineData("重庆", "县", "城口县", "500229")]
    [InlineData("重庆市", "城口", null, "500229")]
    [InlineData("上海", "上海", "浦东新区", "310115")]
    public void Resolve_Municipality_ResolvesDistrictUnderProvince(string? province, string? city, string? county, string expected)
    {
        AssertResolves(province, city, county, expected);
    }

    [Theory]
    [InlineData("吉林", "长春", "朝阳区", "220104")]
    [InlineData("吉林省", null, "朝阳区", "220104")]
    [InlineData("江苏", "南京", "鼓楼区", "320106")]
    [InlineData("江苏", "徐州市", "鼓楼", "320302")]
    [InlineData("福建", null, "鼓楼区", "350102")]
    [InlineData("河南", null, "鼓楼区", "410204")]
    [InlineData("江西", null, "西湖区", "360103")]
    [InlineData("辽宁", "朝阳", "朝阳县", "211321")]
    public void Resolve_AmbiguousCountyWithinParent_ReturnsTheOneThere(string? province, string? city, string? county, string expected)
    {
        AssertResolves(province, city, county, expected);
    }

    [Theory]
    [InlineData("湖北", "仙桃", null, "429004")]
    [InlineData("湖北省", "仙桃市", null, "429004")]
    [InlineData("湖北", "省直辖县级行政区划", "仙桃市", "429004")]
    [InlineData("湖北", null, "神农架林区", "429021")]
    [InlineData("湖北", "神农架", null, "429021")]
    [InlineData("湖北", "仙桃市", "仙桃市", "429004")]
    [InlineData("河南", "济源", null, "419001")]
    [InlineData("海南", "琼海", null, "469002")]
    [InlineData("新疆", "自治区直辖县级行政区划", "石河子市", "659001")]
    [InlineData(null, "石河子", null, "659001")]
    public void Resolve_ProvinciallyAdministeredUnit_ResolvesUnderProvince(string? province, string? city, string? county, string expected)
    {
        AssertResolves(province, city, county, expected);
    }

    [Theory]
    [InlineData("广东", "东莞市", null, "441900")]
    [InlineData("广东", "东莞", "东莞市", "441900")]
    [InlineData("广东", "中山市", "中山市", "442000")]
    [InlineData("海南", "儋州", null, "460400")]
    [InlineData("甘肃", "嘉峪关市", "嘉峪关市", "620200")]
    [InlineData("广东", null, "东莞市", "441900")]
    [InlineData(null, null, "中山市", "442000")]
    public void Resolve_CityWithoutCounties_ResolvesToCity(string? province, string? city, string? county, string expected)
    {
        AssertResolves(province, city, county, expected);
    }

    [Theory]
    [InlineData("CA", "US-CA")]
    [InlineData("ca", "US-CA")]
    [InlineData("US-CA", "US-CA")]
    [InlineData("California", "US-CA")]
    [InlineData("california", "US-CA")]
    [InlineData("加利福尼亚州", "US-CA")]
    [InlineData("DC", "US-DC")]
    [InlineData("District of Columbia", "US-DC")]
    [InlineData("New York", "US-NY")]
    [InlineData("NY", "US-NY")]
    public void Resolve_UsState_ReturnsState(string province, string expected)
    {
        AssertResolves(province, null, null, expected);
    }

    [Fact]
    public void Resolve_UsStateWithCity_IgnoresCityAndCounty()
    {
        AssertResolves("TX", "Austin", "Travis", "US-TX");
    }

    [Fact]
    public void Resolve_AmbiguousCountyWithoutParent_FailsNamingCandidates()
    {
        var result = AssertFails(null, null, "朝阳区", RegionInputField.County, RegionResolutionErrorKind.Ambiguous);

        Assert.Contains("朝阳区", result.Error, StringComparison.Ordinal);
        Assert.Contains("ambiguous", result.Error, StringComparison.Ordinal);
        Assert.Contains("110105", result.Error, StringComparison.Ordinal);
        Assert.Contains("220104", result.Error, StringComparison.Ordinal);
        Assert.Null(result.ResolvedAncestor);
    }

    [Fact]
    public void Resolve_AmbiguousCountyWithinProvince_FailsNamingBothCities()
    {
        var result = AssertFails("江苏省", null, "鼓楼区", RegionInputField.County, RegionResolutionErrorKind.Ambiguous);

        Assert.Contains("江苏省", result.Error, StringComparison.Ordinal);
        Assert.Contains("南京市", result.Error, StringComparison.Ordinal);
        Assert.Contains("徐州市", result.Error, StringComparison.Ordinal);
        Assert.Equal("320000", result.ResolvedAncestor?.Code);
    }

    [Fact]
    public void Resolve_ShortCountyNameMatchingSeveral_FailsAsAmbiguous()
    {
        // 临夏州 has both 临夏市 and 临夏县; the short name cannot choose.
        var result = AssertFails("甘肃", "临夏州", "临夏", RegionInputField.County, RegionResolutionErrorKind.Ambiguous);

        Assert.Contains("622901", result.Error, StringComparison.Ordinal);
        Assert.Contains("622921", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_FullCountyNameBeatsShortMatches()
    {
        AssertResolves("甘肃", "临夏州", "临夏县", "622921");
    }

    [Fact]
    public void Resolve_UnknownProvince_FailsNamingProvince()
    {
        var result = AssertFails("火星省", "杭州", null, RegionInputField.Province, RegionResolutionErrorKind.UnknownName);

        Assert.StartsWith("Province '火星省'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_UnknownCity_FailsNamingCity()
    {
        var result = AssertFails("浙江", "火星市", null, RegionInputField.City, RegionResolutionErrorKind.UnknownName);

        Assert.StartsWith("City '火星市'", result.Error, StringComparison.Ordinal);
        Assert.Equal("330000", result.ResolvedAncestor?.Code);
    }

    [Fact]
    public void Resolve_UnknownCounty_FailsNamingCounty()
    {
        var result = AssertFails("浙江", "杭州", "火星区", RegionInputField.County, RegionResolutionErrorKind.UnknownName);

        Assert.StartsWith("County '火星区'", result.Error, StringComparison.Ordinal);
        Assert.Equal("330100", result.ResolvedAncestor?.Code);
    }

    [Fact]
    public void Resolve_CityNotInProvince_FailsSayingWhereItIs()
    {
        var result = AssertFails("江苏", "杭州", null, RegionInputField.City, RegionResolutionErrorKind.NotInParent);

        Assert.Contains("not in 320000 江苏省", result.Error, StringComparison.Ordinal);
        Assert.Contains("330100 杭州市", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_CountyNotInCity_FailsSayingWhereItIs()
    {
        var result = AssertFails("江苏", "南京", "西湖区", RegionInputField.County, RegionResolutionErrorKind.NotInParent);

        Assert.Contains("330106", result.Error, StringComparison.Ordinal);
        Assert.Contains("360103", result.Error, StringComparison.Ordinal);
        Assert.Equal("320100", result.ResolvedAncestor?.Code);
    }

    [Fact]
    public void Resolve_CityWithCountiesInCountySlot_Fails()
    {
        // Only cities without county-level units may stand in the county slot.
        AssertFails("广东", null, "广州市", RegionInputField.County, RegionResolutionErrorKind.UnknownName);
    }

    [Fact]
    public void Resolve_ProvinceNameInCitySlotOfAnotherProvince_Fails()
    {
        AssertFails("江苏", "浙江", null, RegionInputField.City, RegionResolutionErrorKind.UnknownName);
    }

    [Fact]
    public void Resolve_OtherCountyInCountyLevelCitySlot_Fails()
    {
        AssertFails("湖北", "仙桃市", "潜江市", RegionInputField.County, RegionResolutionErrorKind.NotInParent);
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("", " ", "\u3000")]
    public void Resolve_NoInput_Fails(string? province, string? city, string? county)
    {
        AssertFails(province, city, county, RegionInputField.Province, RegionResolutionErrorKind.NoInput);
    }

    [Fact]
    public void Resolve_ShortProvinceName_DoesNotMatchCity()
    {
        // 吉林 is both a province and a city: in the province slot it is the province.
        AssertResolves("吉林", null, null, "220000");
        // A county-level short name must not satisfy the city slot of another province.
        AssertFails("浙江", "朝阳", null, RegionInputField.City, RegionResolutionErrorKind.NotInParent);
    }

    [Theory]
    [InlineData(null, "海南", null, RegionInputField.City, "460000", "632500")]   // 海南省 / 海南藏族自治州
    [InlineData(null, "吉林", null, RegionInputField.City, "220000", "220200")]   // 吉林省 / 吉林市
    [InlineData(null, null, "河南", RegionInputField.County, "410000", "632324")] // 河南省 / 河南蒙古族自治县
    [InlineData(null, null, "恩施", RegionInputField.County, "422800", "422801")] // 恩施州 / 恩施市
    public void Resolve_ShortNameAcrossLevelsWithoutParent_FailsAsAmbiguous(string? province, string? city, string? county, RegionInputField field, string first, string second)
    {
        var result = AssertFails(province, city, county, field, RegionResolutionErrorKind.Ambiguous);

        Assert.Contains(first, result.Error, StringComparison.Ordinal);
        Assert.Contains(second, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("海南", null, null, "460000")]
    [InlineData("青海", "海南", null, "632500")]
    [InlineData(null, "吉林市", null, "220200")]
    [InlineData("青海", "海南州", "共和", "632521")]
    [InlineData("青海", "黄南", "河南", "632324")]
    [InlineData("广西", "桂林", "龙胜", "450328")]
    public void Resolve_ShortNameWithParentOrFullName_Resolves(string? province, string? city, string? county, string expected)
    {
        AssertResolves(province, city, county, expected);
    }

    [Fact]
    public void Resolve_OneCharacterShortName_IsNotIndexed()
    {
        // 城区 would shorten to 城; one-character short names are never produced.
        AssertFails("山西", "阳泉", "城", RegionInputField.County, RegionResolutionErrorKind.UnknownName);
    }

    [Fact]
    public void Resolve_EthnicNameNotStrippedOutsideAutonomousUnits()
    {
        // 清水县 keeps its 水: only autonomous units lose ethnic-group names.
        AssertFails("甘肃", "天水", "清", RegionInputField.County, RegionResolutionErrorKind.UnknownName);
        AssertResolves("甘肃", "天水", "清水", "620521");
    }

    [Fact]
    public void Resolve_EveryRegionByFullNameWithinParents_RoundTrips()
    {
        foreach (var county in s_gazetteer.Counties)
        {
            var parent = s_gazetteer.Find(county.ParentCode!)!;
            var province = s_gazetteer.ProvinceOf(county);
            var city = parent.Level == RegionLevel.City ? parent.NameZh : null;

            var result = s_gazetteer.Resolve(province.NameZh, city, county.NameZh);

            Assert.True(result.Succeeded, $"{county}: {result.Error}");
            Assert.Equal(county, result.Region);
        }

        foreach (var city in s_gazetteer.Cities)
        {
            var result = s_gazetteer.Resolve(s_gazetteer.ProvinceOf(city).NameZh, city.NameZh, null);

            Assert.True(result.Succeeded, $"{city}: {result.Error}");
            Assert.Equal(city, result.Region);
        }

        foreach (var state in s_gazetteer.UsStates)
        {
            Assert.Equal(state, s_gazetteer.Resolve(state.NameEn, null, null).Region);
            Assert.Equal(state, s_gazetteer.Resolve(state.Code, null, null).Region);
            Assert.Equal(state, s_gazetteer.Resolve(state.Code[3..], null, null).Region);
            Assert.Equal(state, s_gazetteer.Resolve(state.NameZh, null, null).Region);
        }
    }

    [Fact]
    public void Resolve_DefaultResult_IsNeitherSuccessNorError()
    {
        var result = default(RegionResolution);

        Assert.False(result.Succeeded);
        Assert.Null(result.Error);
        Assert.Equal(RegionResolutionErrorKind.None, result.ErrorKind);
    }
}
