using RegulatorHub.Domain.Merchants;

namespace RegulatorHub.Domain.Tests.Merchants;

public sealed class MerchantKeyTests
{
    // A code built with the GB 32100-2015 check: 17 characters, then the computed check character.
    private static readonly string s_validCode = "91330106MA27XK5G3" + UnifiedSocialCreditCode.ComputeCheckCharacter("91330106MA27XK5G3");

    [Fact]
    public void TryParse_CodeWithCorrectCheckCharacter_Accepts()
    {
        // With the GB 32100-2015 weights: Σ = 1640, 1640 mod 31 = 28, 31 − 28 = 3, so the check character is 3.
        Assert.True(UnifiedSocialCreditCode.TryParse("91350100M000100Y43", out var code));
        Assert.Equal("91350100M000100Y43", code.Value);
    }

    [Theory]
    [InlineData("91350100M000100Y44")] // wrong check character
    [InlineData("91350100M000100Y4")] // 17 characters
    [InlineData("91350100M0001I0Y43")] // I is not in the alphabet
    public void TryParse_Invalid_Rejects(string text) => Assert.False(UnifiedSocialCreditCode.TryParse(text, out _));

    [Fact]
    public void Create_WithCreditCode_UsesItWhateverElseIsGiven()
    {
        var key = MerchantKey.Create(s_validCode.ToLowerInvariant(), "tiangou", "123", "某某店", "330106");

        Assert.Equal(MerchantKeyKind.CreditCode, key.Kind);
        Assert.Equal("uscc:" + s_validCode, key.Value);
    }

    [Fact]
    public void Create_WithoutCode_UsesPlatformAndShop()
    {
        var key = MerchantKey.Create(null, " TianGou ", " 88 ", "某某店", "330106");

        Assert.Equal(MerchantKeyKind.PlatformShop, key.Kind);
        Assert.Equal("shop:tiangou:88", key.Value);
    }

    [Fact]
    public void Create_NameOnly_NormalizesWidthCaseAndPunctuation()
    {
        var a = MerchantKey.Create(null, null, null, "ＡＢＣ 电器（杭州）有限公司", "330106");
        var b = MerchantKey.Create(null, null, null, "abc电器(杭州)有限公司", "330106");
        var elsewhere = MerchantKey.Create(null, null, null, "abc电器(杭州)有限公司", "440106");

        Assert.Equal(MerchantKeyKind.NameAndRegion, a.Kind);
        Assert.Equal(a, b);
        Assert.NotEqual(a, elsewhere);
    }

    [Fact]
    public void Create_InvalidCreditCode_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => MerchantKey.Create("91350100M000100Y44", null, null, "x", null));

        Assert.Equal("creditCode", error.ParamName);
    }

    [Fact]
    public void Create_NoEvidence_Throws() =>
        Assert.Throws<ArgumentException>(() => MerchantKey.Create(null, "tiangou", null, "  ", null));

    [Fact]
    public void Parse_RoundTripsEveryKind()
    {
        foreach (var key in new[]
                 {
                     MerchantKey.Create(s_validCode, null, null, null, null),
                     MerchantKey.Create(null, "p", "1", null, null),
                     MerchantKey.Create(null, null, null, "店", null),
                 })
        {
            Assert.Equal(key, MerchantKey.Parse(key.Value));
        }

        Assert.Throws<FormatException>(() => MerchantKey.Parse("vat:123"));
    }
}
