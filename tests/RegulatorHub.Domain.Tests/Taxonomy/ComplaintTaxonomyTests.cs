using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Domain.Tests.Taxonomy;

public sealed class ComplaintTaxonomyTests
{
    [Fact]
    public void Default_ShipsBothAxesOfTheBrief()
    {
        var taxonomy = ComplaintTaxonomy.Default;

        Assert.Equal(10, taxonomy.Subjects.Count(s => s.Group == "goods"));
        Assert.Equal(14, taxonomy.Subjects.Count(s => s.Group == "services"));
        Assert.Equal(11, taxonomy.Issues.Count);
        Assert.All(taxonomy.Subjects.Concat(taxonomy.Issues), e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.NameZh));
            Assert.False(string.IsNullOrWhiteSpace(e.NameEn));
        });
    }

    [Fact]
    public void TryGet_KnownCode_ReturnsLabels()
    {
        Assert.True(ComplaintTaxonomy.Default.TryGet(TaxonomyAxis.Subject, "goods.food", out var food));
        Assert.Equal("食品类", food.NameZh);
        Assert.Equal("Food", food.NameEn);
        Assert.False(ComplaintTaxonomy.Default.TryGet(TaxonomyAxis.Issue, "goods.food", out _));
    }

    [Fact]
    public void Load_DuplicateCode_FailsNamingTheCode()
    {
        using var json = new MemoryStream("""{"subjects":[{"code":"a","zh":"甲","en":"A"},{"code":"a","zh":"乙","en":"B"}],"issues":[]}"""u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => ComplaintTaxonomy.Load(json));

        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hotline-category")]
    [InlineData("hotline-issue")]
    [InlineData("platform-category")]
    [InlineData("platform-complaint-type")]
    public void DefaultCatalog_ShipsCheckedCrosswalk(string id)
    {
        var crosswalk = CrosswalkCatalog.Default.Get(id);

        Assert.True(crosswalk.Count > 5);
        Assert.Null(crosswalk.Fallback);
    }

    [Fact]
    public void TryMap_LabelWithWidthAndCaseVariants_Matches()
    {
        var crosswalk = CrosswalkCatalog.Default.Get("hotline-category");

        Assert.True(crosswalk.TryMap("  家用电子电器类 ", out var code, out var isFallback));
        Assert.Equal("goods.appliances", code);
        Assert.False(isFallback);
        Assert.True(crosswalk.TryMap("ＧＯＯＤＳ.FOOD", out code, out _));
        Assert.Equal("goods.food", code);
    }

    [Fact]
    public void TryMap_UnlistedLabelWithoutFallback_Fails()
    {
        Assert.False(CrosswalkCatalog.Default.Get("platform-complaint-type").TryMap("不存在", out _, out _));
    }

    [Fact]
    public void Load_TargetCodeNotInTaxonomy_FailsNamingLabelAndCode()
    {
        using var json = new MemoryStream("""{"axis":"issue","entries":{"Late":"lateness"}}"""u8.ToArray());

        var error = Assert.Throws<InvalidDataException>(() => Crosswalk.Load("test", json, ComplaintTaxonomy.Default));

        Assert.Contains("'Late'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'lateness'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownCrosswalk_SaysWhichFileIsMissing()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => CrosswalkCatalog.Default.Get("nope"));

        Assert.Contains("Data/crosswalks/nope.json", error.Message, StringComparison.Ordinal);
    }
}
