using RegulatorHub.Application.Privacy;

namespace RegulatorHub.Storage.Tests.Privacy;

public sealed class DisclosureRuleTests
{
    [Fact]
    public void Constructor_Defaults_ThresholdTenAndZerosPublished()
    {
        var rule = new DisclosureRule();

        Assert.Equal(10, rule.Threshold);
        Assert.True(rule.PublishZeros);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Constructor_ThresholdBelowTwo_ThrowsNamingParameter(int threshold)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureRule(threshold));

        Assert.Equal("threshold", error.ParamName);
    }

    [Fact]
    public void Describe_DefaultRule_StatesRangeThresholdAndComplementarySuppression()
    {
        var text = DisclosureRule.Default.Describe();

        Assert.StartsWith("Counts from 1 to 9 are suppressed (threshold k = 10); further cells are suppressed so that no suppressed count can be recomputed from the published row, column or grand totals", text, StringComparison.Ordinal);
        Assert.Contains("Zero counts are published.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ThresholdTwo_NamesTheSingleSuppressedCount()
    {
        Assert.StartsWith("Counts of 1 are suppressed (threshold k = 2)", new DisclosureRule(2).Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ZerosSuppressed_RangeStartsAtZero()
    {
        var text = new DisclosureRule(5, publishZeros: false).Describe();

        Assert.StartsWith("Counts from 0 to 4 are suppressed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zero counts are published", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(9, true)]
    [InlineData(10, false)]
    public void IsSmall_DefaultRule_SuppressesOneToNine(long count, bool expected)
    {
        Assert.Equal(expected, DisclosureRule.Default.IsSmall(count));
    }
}
