using Microsoft.Extensions.Configuration;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Hosting.Configuration;

namespace RegulatorHub.Ingestion.Tests.Privacy;

public sealed class RawIdentifierPolicyOptionsTests
{
    [Fact]
    public void Bind_PolicyPerSourceFromConfiguration_OverridesDefaultForThatSourceOnly()
    {
        var options = Bind(new()
        {
            ["Ingestion:RawIdentifierPolicy"] = "Quarantine",
            ["Ingestion:RawIdentifierPolicyBySource:tiangou"] = "ScrubAndAccept",
        });

        Assert.Equal(RawIdentifierPolicy.ScrubAndAccept, options.RawIdentifierPolicyFor("tiangou"));
        Assert.Equal(RawIdentifierPolicy.Quarantine, options.RawIdentifierPolicyFor("12315-zj"));
        Assert.True(new ValidateRegulatorHubOptions().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Defaults_QuarantineEverySource() =>
        Assert.Equal(RawIdentifierPolicy.Quarantine, new IngestionOptions().RawIdentifierPolicyFor("any-source"));

    [Fact]
    public void Validate_PolicyForMalformedSourceId_FailsNamingTheKey()
    {
        var options = Bind(new() { ["Ingestion:RawIdentifierPolicyBySource:Bad_Source"] = "ScrubAndAccept" });

        var result = new ValidateRegulatorHubOptions().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Ingestion:RawIdentifierPolicyBySource:Bad_Source", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_UnknownPolicyName_FailsNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Bind(new() { ["Ingestion:RawIdentifierPolicy"] = "Drop" }));

        Assert.Contains("Ingestion:RawIdentifierPolicy", error.Message, StringComparison.Ordinal);
    }

    private static IngestionOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new IngestionOptions();
        configuration.GetSection(IngestionOptions.SectionName).Bind(options);
        return options;
    }
}
