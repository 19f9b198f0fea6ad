using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Domain.Tests.Regions;

/// <summary>Loading gazetteers from CSV text and from regions.</summary>
public sealed class RegionGazetteerLoadTests
{
    private const string CnCsv = """
        code,name_zh,name_en,level,parent
        110000,北京市,Beijing,province,
        110105,朝阳区,,county,110000
        220000,吉林省,Jilin,province,
        220100,长春市,,city,220000
        220104,朝阳区,,county,220100
        """;

    private const string UsCsv = """
        code,name_zh,name_en,level,parent
        US-CA,加利福尼亚州,California,state,
        """;

    private static RegionGazetteer Load(string cn, string us = UsCsv)
    {
        using var cnReader = new StringReader(cn);
        using var usReader = new StringReader(us);
        return RegionGazetteer.Load(cnReader, usReader);
    }

    [Fact]
    public void Load_SmallFiles_BuildsHierarchyAndIndexes()
    {
        var gazetteer = Load(CnCsv);

        Assert.Equal(2, gazetteer.Provinces.Count);
        Assert.Single(gazetteer.Cities);
        Assert.Equal(2, gazetteer.Counties.Count);
        Assert.Single(gazetteer.UsStates);
        Assert.Equal("220104", gazetteer.Resolve("吉林", "长春", "朝阳").Region?.Code);
        Assert.Equal("110105", gazetteer.Resolve(null, "北京", "朝阳区").Region?.Code);
        Assert.Equal(RegionResolutionErrorKind.Ambiguous, gazetteer.Resolve(null, null, "朝阳区").ErrorKind);
    }

    [Fact]
    public void Load_ColumnsInAnotherOrder_AreFoundByHeader()
    {
        const string us = """
            code,name_en,name_zh,level,parent
            US-CA,California,加利福尼亚州,state,
            """;

        var state = Load(CnCsv, us).Find("US-CA");

        Assert.Equal("California", state?.NameEn);
        Assert.Equal("加利福尼亚州", state?.NameZh);
    }

    [Theory]
    [InlineData("code,name_zh,name_en,level\n110000,北京市,Beijing,province")]               // missing column
    [InlineData("code,name_zh,name_en,level,parent\n110000,\"北京市\",Beijing,province,")]   // quoting
    [InlineData("code,name_zh,name_en,level,parent\n110000,北京市,Beijing,province")]        // short row
    [InlineData("code,name_zh,name_en,level,parent\n110000,北京市,Beijing,town,")]           // unknown level
    [InlineData("code,name_zh,name_en,level,parent\n110000,北京市,Beijing,city,")]           // broken invariant
    [InlineData("code,name_zh,name_en,level,parent\n110105,朝阳区,,county,110000")]          // unknown parent
    [InlineData("code,name_zh,name_en,level,parent\n110000,北京市,,province,\n110000,北京,,province,")] // duplicate
    [InlineData("")]
    public void Load_MalformedFile_ThrowsInvalidData(string cn)
    {
        Assert.Throws<InvalidDataException>(() => Load(cn));
    }

    [Fact]
    public void Create_ThreeLevels_BuildsAncestorChain()
    {
        Region[] regions =
        [
            new("110000", "北京市", null, RegionLevel.Province, null),
            new("110100", "市辖区", null, RegionLevel.City, "110000"),
            new("110105", "朝阳区", null, RegionLevel.County, "110100"),
        ];

        var gazetteer = RegionGazetteer.Create(regions);

        Assert.Equal(["110100", "110000"], gazetteer.AncestorsOf("110105").Select(r => r.Code));
    }

    [Fact]
    public void Create_DuplicateCode_Throws()
    {
        Region[] regions =
        [
            new("110000", "北京市", null, RegionLevel.Province, null),
            new("110105", "朝阳区", null, RegionLevel.County, "110000"),
            new("110000", "北京", null, RegionLevel.Province, null),
        ];

        Assert.Throws<ArgumentException>(() => RegionGazetteer.Create(regions));
    }
}
