using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Domain.Tests.Regions;

/// <summary>Region codes as prefixes for store queries.</summary>
public sealed class RegionCodePrefixTests
{
    [Theory]
    [InlineData("330000", "33")]
    [InlineData("330100", "3301")]
    [InlineData("330106", "330106")]
    [InlineData("110105", "110105")]
    [InlineData("US-CA", "US-CA")]
    public void Of_CodeAtEachLevel_IsItsPrefix(string code, string expected)
    {
        Assert.Equal(expected, RegionCodePrefix.Of(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("33")]
    [InlineData("3301000")]
    [InlineData("US-ca")]
    [InlineData("000000")]
    [InlineData("33%")]
    public void Of_MalformedCode_IsRefused(string code)
    {
        Assert.Throws<ArgumentException>(() => RegionCodePrefix.Of(code));
    }

    [Theory]
    [InlineData("330106", "330000", true)]
    [InlineData("330106", "330100", true)]
    [InlineData("330212", "330100", false)]
    [InlineData("US-CA", "US-CA", true)]
    [InlineData(null, "330000", false)]
    [InlineData("33", "330000", false)]
    public void IsUnder_CodeAndRegion_ComparesByPrefix(string? code, string region, bool expected)
    {
        Assert.Equal(expected, RegionCodePrefix.IsUnder(code, region));
    }
}
