using RegulatorHub.Application.Access;
using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Tests.Application.Access;

public sealed class AgencyDirectoryTests
{
    private readonly AgencyDirectory _directory = AccessSamples.Directory();

    [Fact]
    public void Find_KnownAndUnknownIds_ReturnsTheAgencyOrNull()
    {
        Assert.Equal("杭州市市场监督管理局", _directory.Find("samr-hz")?.Name);
        Assert.Null(_directory.Find("samr-gz"));
        Assert.Null(_directory.Find(null));
        Assert.Equal(["samr-bj", "samr-hz", "samr-sh", "samr-sz", "samr-zj"], _directory.All.Select(a => a.Id));
    }

    [Theory]
    [InlineData("330106", new[] { "samr-hz", "samr-zj" })]   // 西湖区: the city's bureau before the province's
    [InlineData("330100", new[] { "samr-hz", "samr-zj" })]
    [InlineData("330212", new[] { "samr-zj" })]              // 鄞州区 (Ningbo): the province only
    [InlineData("310101", new[] { "samr-sh" })]
    [InlineData("440304", new[] { "samr-sz" })]
    [InlineData("440103", new string[0])]                    // Guangzhou: no demo agency
    [InlineData("US-CA", new string[0])]
    [InlineData("999999", new string[0])]
    [InlineData(null, new string[0])]
    public void AgenciesCovering_Region_MostSpecificFirst(string? region, string[] expected)
    {
        Assert.Equal(expected, _directory.AgenciesCovering(region).Select(a => a.Id));
    }

    [Fact]
    public void AgenciesCovering_CountyListedBesideItsCity_CountyAgencyFirst()
    {
        var directory = new AgencyDirectory(
            [new Agency("samr-hz", "杭州", ["330100"]), new Agency("samr-xh", "西湖", ["330106"]), new Agency("samr-zj", "浙江", ["330000"])],
            RegionGazetteer.Default);

        Assert.Equal(["samr-xh", "samr-hz", "samr-zj"], directory.AgenciesCovering("330106").Select(a => a.Id));
    }

    [Fact]
    public void JurisdictionOf_Agency_CoversItsRegions()
    {
        var jurisdiction = _directory.JurisdictionOf(_directory.Find("samr-sh")!);

        Assert.True(jurisdiction.Covers("310101"));
        Assert.False(jurisdiction.Covers("330106"));
        Assert.Throws<KeyNotFoundException>(() => _directory.JurisdictionOf(new Agency("samr-gz", "广州", ["440100"])));
    }

    [Fact]
    public void Constructor_DuplicateIdOrUnknownRegion_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new AgencyDirectory([new Agency("a", "A", ["330100"]), new Agency("a", "B", ["310000"])], RegionGazetteer.Default));
        Assert.Throws<ArgumentException>(() => new AgencyDirectory([new Agency("a", "A", ["339999"])], RegionGazetteer.Default));
    }
}
