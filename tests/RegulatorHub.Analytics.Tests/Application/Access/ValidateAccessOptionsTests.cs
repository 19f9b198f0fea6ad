using RegulatorHub.Application.Access;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Tests.Application.Access;

public sealed class ValidateAccessOptionsTests
{
    [Fact]
    public void Problems_DemoAgencies_None()
    {
        Assert.Empty(ValidateAccessOptions.Problems(AccessSamples.DemoOptions(), RegionGazetteer.Default));
    }

    [Fact]
    public void Problems_NoAgencies_None()
    {
        Assert.Empty(ValidateAccessOptions.Problems(new AccessOptions(), RegionGazetteer.Default));
    }

    [Fact]
    public void Problems_UnknownRegionCode_NamesTheAgencyAndCodeIndex()
    {
        var options = AccessSamples.DemoOptions();
        options.Agencies[2].Jurisdictions.Insert(0, "449999");

        var problem = Assert.Single(ValidateAccessOptions.Problems(options, RegionGazetteer.Default));

        Assert.StartsWith("Access:Agencies:2:Jurisdictions:0 '449999' is not a known region code", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_DuplicateId_NamesBothEntries()
    {
        var options = AccessSamples.DemoOptions();
        options.Agencies[3].Id = "samr-hz";

        var problem = Assert.Single(ValidateAccessOptions.Problems(options, RegionGazetteer.Default));

        Assert.Equal("Access:Agencies:3:Id 'samr-hz' is already the id of Access:Agencies:0; ids must be unique.", problem);
    }

    [Fact]
    public void Problems_EveryKindOfMistake_EachNamesItsKey()
    {
        var options = new AccessOptions();
        options.Agencies.Add(new AgencyOptions { Id = null, Name = " " });
        var malformed = new AgencyOptions { Id = "SAMR HZ", Name = "杭州" };
        malformed.Jurisdictions.AddRange(["330100", "330100", ""]);
        options.Agencies.Add(malformed);

        var problems = ValidateAccessOptions.Problems(options, RegionGazetteer.Default);

        Assert.Equal(
            [
                "Access:Agencies:0:Id is required.",
                "Access:Agencies:0:Name is required (without surrounding spaces).",
                "Access:Agencies:0:Jurisdictions needs at least one region code.",
                "Access:Agencies:1:Id 'SAMR HZ' must be 1–64 of a-z, 0-9 and '-'.",
                "Access:Agencies:1:Jurisdictions:1 '330100' repeats Access:Agencies:1:Jurisdictions:0.",
                "Access:Agencies:1:Jurisdictions:2 '' is not a known region code (GB/T 2260 at any level, or US-XX).",
            ],
            problems);
    }

    [Fact]
    public void Validate_Problems_FailNamingEveryKey()
    {
        var options = AccessSamples.DemoOptions();
        options.Agencies[0].Jurisdictions[0] = "hangzhou";

        var result = new ValidateAccessOptions(RegionGazetteer.Default).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Access:Agencies:0:Jurisdictions:0", result.FailureMessage, StringComparison.Ordinal);
    }
}
