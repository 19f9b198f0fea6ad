using RegulatorHub.Application.Access;

namespace RegulatorHub.Analytics.Tests.Application.Access;

public sealed class ComplaintViewPurposesTests
{
    [Fact]
    public void TryParse_EveryName_RoundTrips()
    {
        foreach (var purpose in ComplaintViewPurposes.All)
        {
            Assert.True(ComplaintViewPurposes.TryParse(ComplaintViewPurposes.Name(purpose), out var parsed));
            Assert.Equal(purpose, parsed);
        }

        Assert.Equal(Enum.GetValues<ComplaintViewPurpose>(), ComplaintViewPurposes.All);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Handling")]
    [InlineData("QualityCheck")]
    [InlineData("curiosity")]
    public void TryParse_AnythingElse_IsRefused(string? name)
    {
        Assert.False(ComplaintViewPurposes.TryParse(name, out _));
    }
}
