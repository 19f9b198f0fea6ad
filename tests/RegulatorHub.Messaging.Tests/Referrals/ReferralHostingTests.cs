using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Hosting;
using RegulatorHub.Hosting.Referrals;
using RegulatorHub.Messaging.Amqp;
using RegulatorHub.Messaging.InProcess;

namespace RegulatorHub.Messaging.Tests.Referrals;

/// <summary>What <c>AddRegulatorHubReferrals</c> registers, from configuration alone.</summary>
public sealed class ReferralHostingTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddRegulatorHubCore(configuration);
        services.AddRegulatorHubReferrals(configuration);
        services.AddRegulatorHubReferrals(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Defaults_InProcessBusConsumerRelayAndAnInstanceIdFromTheDataDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "regulatorhub-hosting-" + Guid.NewGuid().ToString("N"));
        await using var provider = Build(new() { ["Storage:DataDirectory"] = directory });

        var service = provider.GetRequiredService<ReferralService>();
        var hosted = provider.GetServices<IHostedService>().Select(s => s.GetType()).ToList();

        Assert.Equal(ReferralOptions.DefaultInstanceId(directory), service.InstanceId);
        Assert.IsType<InProcessReferralEventBus>(provider.GetRequiredService<IReferralEventPublisher>());
        Assert.NotNull(provider.GetRequiredService<IReferralEventReceiver>());
        Assert.IsType<AuditReferralAuditSink>(provider.GetRequiredService<IReferralAuditSink>());
        Assert.Single(hosted, t => t == typeof(ReferralEventConsumer));
        Assert.Single(hosted, t => t == typeof(ReferralEventRelay));
        Assert.Equal(7, service.DeadlinesFor("samr-sh").AcceptWithinWorkingDays);
    }

    [Fact]
    public async Task ConsumeEventsFalse_RegistersNoConsumer()
    {
        await using var provider = Build(new() { ["Referrals:ConsumeEvents"] = "false", ["Referrals:InstanceId"] = "web-01" });

        Assert.DoesNotContain(provider.GetServices<IHostedService>(), s => s is ReferralEventConsumer);
        Assert.Equal("web-01", provider.GetRequiredService<ReferralService>().InstanceId);
    }

    [Fact]
    public async Task InvalidSettings_FailValidationNamingTheKeys()
    {
        await using var provider = Build(new()
        {
            ["Referrals:AcceptWithinWorkingDays"] = "0",
            ["Referrals:Overrides:samr-sz:ConcludeWithinWorkingDays"] = "9999",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReferralOptions>>().Value);

        Assert.Contains("Referrals:AcceptWithinWorkingDays", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Referrals:Overrides:samr-sz:ConcludeWithinWorkingDays", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AmqpProvider_UsesTheAmqpAdapter()
    {
        await using var provider = Build(new()
        {
            ["Messaging:Provider"] = "Amqp",
            ["Messaging:Amqp:Profile"] = "RabbitMq",
            ["Messaging:Amqp:Host"] = "127.0.0.1",
            ["Referrals:InstanceId"] = "web-01",
        });

        Assert.IsType<AmqpReferralEventPublisher>(provider.GetRequiredService<IReferralEventPublisher>());
        var receiver = Assert.IsType<AmqpReferralEventReceiver>(provider.GetRequiredService<IReferralEventReceiver>());
        Assert.Equal("/amq/queue/referral-events.web-01", receiver.Addresses.Receive);
    }

    [Fact]
    public async Task AmqpProvider_InvalidReferralEventsSection_FailsValidationNamingTheKey()
    {
        await using var provider = Build(new()
        {
            ["Messaging:Provider"] = "Amqp",
            ["Messaging:Amqp:Profile"] = "RabbitMq",
            ["Messaging:Amqp:Host"] = "127.0.0.1",
            ["Messaging:Amqp:ReferralEvents:Subscription"] = "web 01",
            ["Messaging:Amqp:ReferralEvents:LinkCredit"] = "0",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AmqpReferralEventOptions>>().Value);

        Assert.Contains("Messaging:Amqp:ReferralEvents:Subscription", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Messaging:Amqp:ReferralEvents:LinkCredit", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgencyDirectory_FromAccessAgencies_FindsTheMostSpecificAgencyForARegion()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Access:Agencies:0:Id"] = "samr-zj",
            ["Access:Agencies:0:Name"] = "浙江省市场监督管理局",
            ["Access:Agencies:0:Jurisdictions:0"] = "330000",
            ["Access:Agencies:1:Id"] = "samr-hz",
            ["Access:Agencies:1:Name"] = "杭州市市场监督管理局",
            ["Access:Agencies:1:Jurisdictions:0"] = "330100",
            ["Access:Agencies:2:Id"] = "samr-sh",
            ["Access:Agencies:2:Name"] = "上海市市场监督管理局",
            ["Access:Agencies:2:Jurisdictions:0"] = "310000",
        }).Build();

        var directory = AgencyDirectory.From(configuration.GetSection(AccessOptions.SectionName).Get<AccessOptions>()!, RegionGazetteer.Default);

        Assert.Equal("samr-hz", directory.AgencyFor("330106"));
        Assert.Equal("samr-zj", directory.AgencyFor("330206"));
        Assert.Equal("samr-sh", directory.AgencyFor("310104"));
        Assert.Null(directory.AgencyFor("440305"));
        Assert.Null(directory.AgencyFor(null));
        Assert.True(directory.Exists("samr-hz"));
        Assert.False(directory.Exists("samr-sz"));
        Assert.Equal("上海市市场监督管理局", directory.NameOf("samr-sh"));
        Assert.Null(directory.NameOf("samr-sz"));
    }
}
