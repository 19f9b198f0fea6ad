using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Tests.TestSupport;

namespace RegulatorHub.Ingestion.Tests.Normalization;

public sealed class ComplainantPseudonymizerTests
{
    [Theory]
    [InlineData("13800138000")]
    [InlineData("+86 138 0013 8000")]
    [InlineData("0086-138-0013-8000")]
    [InlineData("8613800138000")]
    public void Pseudonymize_SamePhoneWrittenDifferently_SamePseudonym(string written)
    {
        var pseudonymizer = new ComplainantPseudonymizer(Pipelines.Key);

        Assert.Equal(pseudonymizer.Pseudonymize("phone", "13800138000"), pseudonymizer.Pseudonymize("phone", written));
    }

    [Fact]
    public void Pseudonymize_SameKey_Stable_DifferentKey_Different()
    {
        var first = new ComplainantPseudonymizer(Pipelines.Key).Pseudonymize("id-number", "11010519491231002x");
        var again = new ComplainantPseudonymizer(Pipelines.Key).Pseudonymize("id-number", "11010519491231002X");
        var otherKey = new ComplainantPseudonymizer(new byte[32]).Pseudonymize("id-number", "11010519491231002X");

        Assert.Equal(first, again);
        Assert.NotEqual(first, otherKey);
        Assert.Matches("^[0-9a-f]{32}$", first);
    }

    [Fact]
    public void Pseudonymize_SameValueOfDifferentTypes_Differ()
    {
        var pseudonymizer = new ComplainantPseudonymizer(Pipelines.Key);

        Assert.NotEqual(pseudonymizer.Pseudonymize("account", "12345678"), pseudonymizer.Pseudonymize("source-token", "12345678"));
    }

    [Fact]
    public void Constructor_ShortKey_Refused() =>
        Assert.Throws<ArgumentException>(() => new ComplainantPseudonymizer(new byte[16]));
}
