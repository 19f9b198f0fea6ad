using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Domain.Tests.Access;

/// <summary>Coverage of a jurisdiction over the region hierarchy of the shipped gazetteer.</summary>
public sealed class JurisdictionTests
{
    private static readonly RegionGazetteer s_gazetteer = RegionGazetteer.Default;

    [Theory]
    [InlineData("330100", "330100", true)]   // the city itself
    [InlineData("330100", "330106", true)]   // a county under the city
    [InlineData("330100", "330000", false)]  // the province above is wider than the city
    [InlineData("330100", "330212", false)]  // a county of another city (Ningbo)
    [InlineData("330000", "330212", true)]   // a county under the province, through its city
    [InlineData("330000", "330100", true)]
    [InlineData("310000", "310101", true)]   // a municipality's district sits directly under it
    [InlineData("110000", "110105", true)]
    [InlineData("110000", "310101", false)]
    [InlineData("420000", "429004", true)]   // a provincially administered county-level city
    [InlineData("440300", "440304", true)]
    [InlineData("441900", "441900", true)]   // a city without counties covers itself
    [InlineData("330106", "330106", true)]
    [InlineData("330106", "330100", false)]  // a county does not cover its city
    [InlineData("US-CA", "US-CA", true)]     // US states match exactly
    [InlineData("US-CA", "US-NV", false)]
    public void Covers_RegionInOrOutsideTheHierarchy_FollowsTheGazetteer(string jurisdiction, string region, bool expected)
    {
        var coverage = new Jurisdiction([jurisdiction], s_gazetteer);

        Assert.Equal(expected, coverage.Covers(region));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("330199")]   // shaped like a county code, but no such county
    [InlineData("33")]
    [InlineData("US-XX")]
    [InlineData("hangzhou")]
    public void Covers_MissingOrUnknownCode_IsNeverCovered(string? region)
    {
        var coverage = new Jurisdiction(["330000", "US-CA"], s_gazetteer);

        Assert.False(coverage.Covers(region));
    }

    [Fact]
    public void CoveringRegion_SeveralLevelsListed_ReturnsTheMostSpecific()
    {
        var coverage = new Jurisdiction(["330000", "330100", "310000"], s_gazetteer);

        Assert.Equal("330100", coverage.CoveringRegion("330106")?.Code);
        Assert.Equal("330000", coverage.CoveringRegion("330212")?.Code);
        Assert.Equal("310000", coverage.CoveringRegion("310101")?.Code);
        Assert.Null(coverage.CoveringRegion("320100"));
    }

    [Fact]
    public void Regions_DuplicatesAndOrder_AreDistinctAndOrderedByCode()
    {
        var coverage = new Jurisdiction(["330100", "110000", "330100"], s_gazetteer);

        Assert.Equal(["110000", "330100"], coverage.Regions.Select(r => r.Code));
    }

    [Theory]
    [InlineData("330199")]
    [InlineData("US-XX")]
    [InlineData("")]
    public void Constructor_UnknownCode_IsRefusedNamingIt(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => new Jurisdiction(["330100", code], s_gazetteer));

        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_NoCodes_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Jurisdiction([], s_gazetteer));
    }

    [Fact]
    public void Covers_EveryRegionPair_AgreesWithTheCodePrefixStoresUse()
    {
        // Stores select "under a region" by code prefix; the gazetteer's hierarchy must say the same for every pair.
        // Pairs are compared within each first-two-character group (a province, or the US states): Region's own
        // invariants keep every parent within its child's province, and different groups never share a prefix.
        var mismatches = new List<string>();
        foreach (var group in s_gazetteer.All.GroupBy(r => r.Code[..2], StringComparer.Ordinal))
        {
            foreach (var outer in group)
            {
                var coverage = new Jurisdiction([outer.Code], s_gazetteer);
                foreach (var inner in group)
                {
                    if (coverage.Covers(inner.Code) != RegionCodePrefix.IsUnder(inner.Code, outer.Code))
                    {
                        mismatches.Add($"{outer.Code} ⊇ {inner.Code}");
                    }
                }
            }
        }

        Assert.Empty(mismatches);
    }
}
