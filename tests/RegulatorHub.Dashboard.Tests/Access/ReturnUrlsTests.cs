using RegulatorHub.Dashboard.Access;

namespace RegulatorHub.Dashboard.Tests.Access;

public sealed class ReturnUrlsTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/hotspots?region=330000&by=category-province", "/hotspots?region=330000&by=category-province")]
    [InlineData("/merchants/usci%3A91330100", "/merchants/usci%3A91330100")]
    [InlineData(null, "/")]
    [InlineData("", "/")]
    [InlineData("hotspots", "/")]
    [InlineData("//attacker.example/", "/")]
    [InlineData("/\\attacker.example/", "/")]
    [InlineData("https://attacker.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData("/\t/attacker.example/", "/")]
    [InlineData("/\r\n/attacker.example/", "/")]
    public void Local_KeepsOnlyPathsOfThisSite(string? returnUrl, string expected)
    {
        Assert.Equal(expected, ReturnUrls.Local(returnUrl));
    }
}
