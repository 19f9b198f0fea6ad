using RegulatorHub.Domain.Access;

namespace RegulatorHub.Domain.Tests.Access;

/// <summary>The invariants and value semantics of <see cref="Agency"/>.</summary>
public sealed class AgencyTests
{
    [Fact]
    public void Constructor_ValidAgency_KeepsValues()
    {
        var agency = new Agency("samr-hz", "杭州市市场监督管理局", ["330100"]);

        Assert.Equal("samr-hz", agency.Id);
        Assert.Equal("杭州市市场监督管理局", agency.Name);
        Assert.Equal(["330100"], agency.Jurisdictions);
    }

    [Theory]
    [InlineData("")]
    [InlineData("SAMR-HZ")]
    [InlineData("samr hz")]
    [InlineData("samr_hz")]
    public void Constructor_MalformedId_IsRefused(string id)
    {
        Assert.Throws<ArgumentException>(() => new Agency(id, "杭州市市场监督管理局", ["330100"]));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" 杭州市市场监督管理局")]
    public void Constructor_BlankOrUntrimmedName_IsRefused(string name)
    {
        Assert.Throws<ArgumentException>(() => new Agency("samr-hz", name, ["330100"]));
    }

    [Fact]
    public void Constructor_NoOrRepeatedOrBlankJurisdiction_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Agency("samr-hz", "杭州", []));
        Assert.Throws<ArgumentException>(() => new Agency("samr-hz", "杭州", ["330100", "330100"]));
        Assert.Throws<ArgumentException>(() => new Agency("samr-hz", "杭州", [" "]));
    }

    [Fact]
    public void Equals_SameValuesInNewLists_AreEqual()
    {
        var a = new Agency("samr-zj", "浙江省市场监督管理局", ["330000", "330100"]);
        var b = new Agency("samr-zj", "浙江省市场监督管理局", new List<string> { "330000", "330100" });
        var c = new Agency("samr-zj", "浙江省市场监督管理局", ["330000"]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Constructor_JurisdictionListChangedAfterwards_KeepsItsOwnCopy()
    {
        var codes = new List<string> { "330100" };
        var agency = new Agency("samr-hz", "杭州市市场监督管理局", codes);

        codes.Add("310000");

        Assert.Equal(["330100"], agency.Jurisdictions);
    }
}
