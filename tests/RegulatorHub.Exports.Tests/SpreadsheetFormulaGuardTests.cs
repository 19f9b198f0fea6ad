namespace RegulatorHub.Exports.Tests;

public sealed class SpreadsheetFormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    public void Text_that_a_spreadsheet_would_run_is_prefixed_with_an_apostrophe(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetFormulaGuard.Neutralize(text));

    [Theory]
    [InlineData("京东")]
    [InlineData("a=b")]
    [InlineData("Acme @ home")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_text_is_left_as_it_is(string? text) =>
        Assert.Equal(text, SpreadsheetFormulaGuard.Neutralize(text));
}
