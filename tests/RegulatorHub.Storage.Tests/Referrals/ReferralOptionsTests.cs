using Microsoft.Extensions.Configuration;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Calendar;

namespace RegulatorHub.Storage.Tests.Referrals;

public sealed class ReferralOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass() => Assert.Empty(ValidateReferralOptions.Problems(new ReferralOptions()));

    [Fact]
    public void Validate_EveryProblem_NamesItsKey()
    {
        var options = new ReferralOptions
        {
            InstanceId = "Web 01",
            AcceptWithinWorkingDays = 0,
            ConcludeWithinWorkingDays = 501,
            MaxDeliveryCount = 0,
            RepublishInterval = TimeSpan.Zero,
        };
        options.Overrides["samr-sz"] = new ReferralDeadlineOverride { AcceptWithinWorkingDays = -1 };
        options.Overrides["SAMR SH"] = new ReferralDeadlineOverride { ConcludeWithinWorkingDays = 30 };
        options.Overrides["samr-bj"] = new ReferralDeadlineOverride();

        var problems = ValidateReferralOptions.Problems(options).ToList();

        string[] keys =
        [
            "Referrals:InstanceId",
            "Referrals:AcceptWithinWorkingDays",
            "Referrals:ConcludeWithinWorkingDays",
            "Referrals:Overrides:SAMR SH",
            "Referrals:Overrides:samr-bj",
            "Referrals:Overrides:samr-sz:AcceptWithinWorkingDays",
            "Referrals:MaxDeliveryCount",
            "Referrals:RepublishInterval",
        ];
        Assert.Equal(keys.Length, problems.Count);
        Assert.All(keys, key => Assert.Contains(problems, p => p.StartsWith(key + " ", StringComparison.Ordinal)));
        Assert.DoesNotContain(problems, p => p.Contains("Web 01", StringComparison.Ordinal));
    }

    [Fact]
    public void Bind_OverridesFromConfiguration_ApplyToTheirAgency()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Referrals:AcceptWithinWorkingDays"] = "5",
            ["Referrals:Overrides:samr-sz:ConcludeWithinWorkingDays"] = "30",
        }).Build();
        var options = new ReferralOptions();

        configuration.GetSection(ReferralOptions.SectionName).Bind(options);

        Assert.Empty(ValidateReferralOptions.Problems(options));
        Assert.Equal((5, 30), (options.DeadlinesFor("samr-sz", WorkingDayCalendar.China).AcceptWithinWorkingDays, options.DeadlinesFor("samr-sz", WorkingDayCalendar.China).ConcludeWithinWorkingDays));
        Assert.Equal((5, 45), (options.DeadlinesFor("samr-sh", WorkingDayCalendar.China).AcceptWithinWorkingDays, options.DeadlinesFor("samr-sh", WorkingDayCalendar.China).ConcludeWithinWorkingDays));
    }

    [Fact]
    public void DefaultInstanceId_IsValidStableAndDiffersByDataDirectory()
    {
        var a = ReferralOptions.DefaultInstanceId("/var/lib/regulatorhub/a");

        Assert.True(ReferralOptions.IsValidInstanceId(a), a);
        Assert.Equal(a, ReferralOptions.DefaultInstanceId("/var/lib/regulatorhub/a"));
        Assert.NotEqual(a, ReferralOptions.DefaultInstanceId("/var/lib/regulatorhub/b"));
    }
}
