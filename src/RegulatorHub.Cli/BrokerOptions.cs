using System.CommandLine;
using Microsoft.Extensions.Configuration;
using RegulatorHub.Application.Configuration;

namespace RegulatorHub.Cli;

/// <summary>
/// Options of the commands that talk to a broker. Each is a shortcut for a setting that can also come from the
/// environment (<c>Messaging__Provider=Amqp</c>, <c>Messaging__Amqp__ConnectionString=…</c>), which keeps secrets
/// out of shell history.
/// </summary>
internal sealed class BrokerOptions
{
    public Option<string?> Broker { get; } = new("--broker")
    {
        Description = "Broker connection: amqp://user:password@host:port for RabbitMQ, or a Service Bus connection string (default: Messaging:Amqp:ConnectionString).",
    };

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "RabbitMq or AzureServiceBus (default: Messaging:Amqp:Profile; RabbitMq for an amqp:// --broker).",
    };

    public Option<string?> Queue { get; } = new("--queue") { Description = "Queue name (default: Messaging:Amqp:QueueName, 'complaints')." };

    /// <summary>Adds these options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Broker);
        command.Add(Profile);
        command.Add(Queue);
    }

    /// <summary>The settings these options stand for; a broker given on the command line selects the AMQP transport.</summary>
    public Dictionary<string, string?> ToSettings(ParseResult parse)
    {
        var settings = new Dictionary<string, string?>();
        if (parse.GetValue(Broker) is { Length: > 0 } broker)
        {
            settings[$"{MessagingOptions.SectionName}:Provider"] = MessagingOptions.AmqpProvider;
            settings[$"{MessagingOptions.SectionName}:Amqp:ConnectionString"] = broker;
            if (parse.GetValue(Profile) is null && broker.StartsWith("amqp", StringComparison.OrdinalIgnoreCase))
            {
                settings[$"{MessagingOptions.SectionName}:Amqp:Profile"] = "RabbitMq";
            }
        }

        if (parse.GetValue(Profile) is { Length: > 0 } profile)
        {
            settings[$"{MessagingOptions.SectionName}:Amqp:Profile"] = profile;
        }

        if (parse.GetValue(Queue) is { Length: > 0 } queue)
        {
            settings[$"{MessagingOptions.SectionName}:Amqp:QueueName"] = queue;
        }

        return settings;
    }

    /// <summary>Whether a broker is configured, from these options or the environment; the in-process queue is not one.</summary>
    public static bool IsBrokerConfigured(IConfiguration configuration) =>
        (configuration[$"{MessagingOptions.SectionName}:Provider"] ?? MessagingOptions.InProcessProvider) != MessagingOptions.InProcessProvider;
}
