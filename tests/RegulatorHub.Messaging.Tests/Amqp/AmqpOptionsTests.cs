using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Hosting;
using RegulatorHub.Hosting.Configuration;
using RegulatorHub.Messaging.Amqp;

namespace RegulatorHub.Messaging.Tests.Amqp;

/// <summary>Start-up validation of <c>Messaging:Amqp</c> and the choice of adapter by <c>Messaging:Provider</c>.</summary>
public sealed class AmqpOptionsTests
{
    private const string Secret = "s3cr3t-Key-Value-1234567890=";

    [Fact]
    public void Validate_BadValues_NameEachKeyAndNeverEchoSecrets()
    {
        var options = new AmqpMessagingOptions
        {
            Profile = AmqpProfile.RabbitMq,
            ConnectionString = $"http://user:{Secret}@host",
            LinkCredit = 0,
            MaxInFlightSends = 0,
            ReconnectBackoffMin = TimeSpan.Zero,
            MaxDeliveryCount = -1,
        };

        var result = new ValidateAmqpMessagingOptions().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        foreach (var key in new[] { "Messaging:Amqp:ConnectionString", "Messaging:Amqp:LinkCredit", "Messaging:Amqp:MaxInFlightSends", "Messaging:Amqp:ReconnectBackoffMin", "Messaging:Amqp:MaxDeliveryCount" })
        {
            Assert.Contains(failures, failure => failure.Contains(key, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(failures, failure => failure.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ServiceBusWithoutCredentials_NamesTheKeys()
    {
        var result = new ValidateAmqpMessagingOptions().Validate(null, new AmqpMessagingOptions { Host = "contoso.servicebus.windows.net", SasKey = Secret });

        Assert.Contains("Messaging:Amqp:SasKeyName", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RabbitMqDefaults_Succeed()
    {
        var result = new ValidateAmqpMessagingOptions().Validate(null, new AmqpMessagingOptions { Profile = AmqpProfile.RabbitMq, Host = "localhost" });

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public async Task Provider_Amqp_RegistersTheAmqpAdapter()
    {
        await using var provider = Build(new()
        {
            ["Messaging:Provider"] = "Amqp",
            ["Messaging:Amqp:Profile"] = "RabbitMq",
            ["Messaging:Amqp:Host"] = "127.0.0.1",
            ["Messaging:Amqp:LinkCredit"] = "200",
            ["Messaging:Amqp:ReconnectBackoffMax"] = "00:00:05",
        });

        Assert.IsType<AmqpFeedPublisher>(provider.GetRequiredService<IFeedPublisher>());
        Assert.IsType<AmqpFeedReceiver>(provider.GetRequiredService<IFeedReceiver>());
        Assert.IsType<AmqpDeadLetterQueue>(provider.GetRequiredService<IDeadLetterQueue>());
        var options = provider.GetRequiredService<IOptions<AmqpMessagingOptions>>().Value;
        Assert.Equal(200, options.LinkCredit);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ReconnectBackoffMax);
    }

    [Fact]
    public void Provider_Unknown_FailsNamingTheKeyAndTheAllowedValues()
    {
        var result = new ValidateRegulatorHubOptions().Validate(null, new MessagingOptions { Provider = "Kafka" });

        Assert.Contains("Messaging:Provider", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("'InProcess'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("'Amqp'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provider_AmqpWithInvalidSection_FailsOptionsValidation()
    {
        await using var provider = Build(new() { ["Messaging:Provider"] = "Amqp", ["Messaging:Amqp:Profile"] = "RabbitMq", ["Messaging:Amqp:Password"] = Secret });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AmqpMessagingOptions>>().Value);

        Assert.Contains("Messaging:Amqp:Host", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddRegulatorHubCore(configuration);
        return services.BuildServiceProvider();
    }
}
