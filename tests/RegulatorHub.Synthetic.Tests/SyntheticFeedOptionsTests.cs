namespace RegulatorHub.Synthetic.Tests;

public sealed class SyntheticFeedOptionsTests
{
    public static TheoryData<SyntheticFeedOptions, string> InvalidOptions => new()
    {
        { SyntheticFeedOptions.Default with { Complaints = 0 }, nameof(SyntheticFeedOptions.Complaints) },
        { SyntheticFeedOptions.Default with { Start = new DateOnly(2026, 7, 1) }, nameof(SyntheticFeedOptions.End) },
        { SyntheticFeedOptions.Default with { Start = new DateOnly(1999, 12, 31) }, nameof(SyntheticFeedOptions.Start) },
        { SyntheticFeedOptions.Default with { PlatformShare = 1.5 }, nameof(SyntheticFeedOptions.PlatformShare) },
        { SyntheticFeedOptions.Default with { ResendShare = -0.1 }, nameof(SyntheticFeedOptions.ResendShare) },
        { SyntheticFeedOptions.Default with { CrossChannelDuplicateShare = double.NaN }, nameof(SyntheticFeedOptions.CrossChannelDuplicateShare) },
        { SyntheticFeedOptions.Default with { OutbreaksPerYear = 60 }, nameof(SyntheticFeedOptions.OutbreaksPerYear) },
        { SyntheticFeedOptions.Default with { PersonalDataShare = 2 }, nameof(SyntheticFeedOptions.PersonalDataShare) },
        { SyntheticFeedOptions.Default with { Merchants = 10 }, nameof(SyntheticFeedOptions.Merchants) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Constructor_InvalidOption_ThrowsNamingTheProperty(SyntheticFeedOptions options, string property)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticFeedGenerator(options));

        Assert.Equal(property, error.ParamName);
        Assert.Contains(property, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_SpansAtLeastThreeYears()
    {
        var options = SyntheticFeedOptions.Default;

        Assert.True(options.Start.AddYears(3) <= options.End.AddDays(1));
        Assert.True(options.Complaints >= 500_000);
    }
}
