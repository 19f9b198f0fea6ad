using RegulatorHub.Domain.Privacy;

namespace RegulatorHub.Domain.Tests.Privacy;

public sealed class PersonalDataCountsTests
{
    [Fact]
    public void ToString_ListsNonZeroKindsInDeclarationOrder()
    {
        var counts = PersonalDataCounts.Of([PersonalDataKind.Address, PersonalDataKind.Mobile, PersonalDataKind.Mobile]);

        Assert.Equal("mobile:2,address:1", counts.ToString());
        Assert.Equal(3, counts.Total);
        Assert.Equal(2, counts[PersonalDataKind.Mobile]);
        Assert.Equal(0, counts[PersonalDataKind.Email]);
    }

    [Fact]
    public void Parse_WrittenForm_RoundTripsEveryKind()
    {
        var all = PersonalDataCounts.Of(Enum.GetValues<PersonalDataKind>());

        Assert.Equal(all, PersonalDataCounts.Parse(all.ToString()));
        Assert.Equal(Enum.GetValues<PersonalDataKind>().Length, all.Total);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_Empty_IsNone(string? text) => Assert.Same(PersonalDataCounts.None, PersonalDataCounts.Parse(text));

    [Theory]
    [InlineData("mobile")]
    [InlineData("phone:1")]
    [InlineData("mobile:-1")]
    [InlineData("mobile:x")]
    public void Parse_Malformed_ThrowsFormatExceptionQuotingTheEntry(string text)
    {
        var error = Assert.Throws<FormatException>(() => PersonalDataCounts.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plus_AddsPerKind()
    {
        var a = PersonalDataCounts.Of([PersonalDataKind.Mobile]);
        var b = PersonalDataCounts.Of([PersonalDataKind.Mobile, PersonalDataKind.Name]);

        Assert.Equal("mobile:2,name:1", a.Plus(b).ToString());
        Assert.Same(a, a.Plus(PersonalDataCounts.None));
    }

    [Fact]
    public void Codes_AreDistinctForEveryKind() =>
        Assert.Equal(
            Enum.GetValues<PersonalDataKind>().Length,
            Enum.GetValues<PersonalDataKind>().Select(PersonalDataCounts.CodeOf).Distinct(StringComparer.Ordinal).Count());
}
