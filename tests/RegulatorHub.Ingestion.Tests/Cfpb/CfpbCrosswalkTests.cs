using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Ingestion.Tests.Cfpb;

public sealed class CfpbCrosswalkTests
{
    [Fact]
    public void CfpbProductCrosswalk_Loads_WithFinancialFallback()
    {
        var crosswalk = CrosswalkCatalog.Default.Get("cfpb-product");

        Assert.Equal(TaxonomyAxis.Subject, crosswalk.Axis);
        Assert.Equal("services.financial", crosswalk.Fallback);
        Assert.True(crosswalk.Count >= 9);
    }

    [Fact]
    public void CfpbIssueCrosswalk_Loads_WithOtherFallback()
    {
        var crosswalk = CrosswalkCatalog.Default.Get("cfpb-issue");

        Assert.Equal(TaxonomyAxis.Issue, crosswalk.Axis);
        Assert.Equal("other", crosswalk.Fallback);
        Assert.True(crosswalk.Count >= 76);
    }

    [Theory]
    [InlineData("Checking or savings account")]
    [InlineData("Credit reporting, credit repair services, or other personal consumer reports")]
    [InlineData("Bank account or service")]
    [InlineData("Consumer Loan")]
    [InlineData("Credit reporting or other personal consumer reports")]
    [InlineData("Payday loan, title loan, personal loan, or advance loan")]
    public void CfpbProductCrosswalk_CurrentAndHistoricalProducts_ListedAsFinancial(string product)
    {
        Assert.True(CrosswalkCatalog.Default.Get("cfpb-product").TryMap(product, out var code, out var fallback));
        Assert.False(fallback);
        Assert.Equal("services.financial", code);
    }

    [Theory]
    [InlineData("Fees or interest", "price")]
    [InlineData("Problem caused by your funds being low", "price")]
    [InlineData("Fraud or scam", "personal-information")]
    [InlineData("Incorrect information on your report", "personal-information")]
    [InlineData("Improper use of your report", "personal-information")]
    [InlineData("Communication tactics", "personal-dignity")]
    [InlineData("Took or threatened to take negative or legal action", "personal-dignity")]
    [InlineData("Advertising and marketing, including promotional offers", "false-advertising")]
    [InlineData("False statements or representation", "false-advertising")]
    [InlineData("Managing an account", "after-sales")]
    [InlineData("Trouble during payment process", "after-sales")]
    [InlineData("Opening an account", "contract")]
    [InlineData("Attempts to collect debt not owed", "contract")]
    [InlineData("Trouble using your card", "quality")]
    [InlineData("Loan modification,collection,foreclosure", "after-sales")]
    [InlineData("Cont'd attempts collect debt not owed", "contract")]
    public void CfpbIssueCrosswalk_RepresentativeIssues_MapToIssueNature(string issue, string expected)
    {
        Assert.True(CrosswalkCatalog.Default.Get("cfpb-issue").TryMap(issue, out var code, out var fallback));
        Assert.False(fallback);
        Assert.Equal(expected, code);
    }
}
