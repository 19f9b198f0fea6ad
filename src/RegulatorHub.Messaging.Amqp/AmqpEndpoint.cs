using System.Globalization;
using System.Text.RegularExpressions;
using Amqp;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// The broker endpoint resolved from <see cref="AmqpMessagingOptions"/>: where to connect, how to authenticate and
/// which link addresses to use. The one place that knows the profiles' differences in addressing.
/// </summary>
internal sealed partial class AmqpEndpoint
{
    private const string Section = AmqpMessagingOptions.SectionName;

    private AmqpEndpoint()
    {
    }

    public required AmqpProfile Profile { get; init; }

    public required string Host { get; init; }

    public required int Port { get; init; }

    public required bool UseTls { get; init; }

    /// <summary>SASL PLAIN user; null means SASL ANONYMOUS.</summary>
    public string? SaslUser { get; init; }

    public string? SaslPassword { get; init; }

    /// <summary>Service Bus CBS: the policy name and key tokens are signed with; null when not using CBS.</summary>
    public string? CbsKeyName { get; init; }

    public string? CbsKey { get; init; }

    public required string QueueName { get; init; }

    /// <summary>Link address of the queue.</summary>
    public required string QueueAddress { get; init; }

    /// <summary>Link address of the dead-letter queue.</summary>
    public required string DeadLetterAddress { get; init; }

    /// <summary>The audience a CBS token is put for (and its signed resource): the queue entity.</summary>
    public string CbsAudience => $"amqp://{Host}/{QueueName}";

    public Address ToAddress() =>
        new(Host, Port, SaslUser, SaslPassword, "/", UseTls ? "AMQPS" : "AMQP");

    /// <summary>Resolves <paramref name="options"/>; throws with every problem named by its configuration key.</summary>
    public static AmqpEndpoint Resolve(AmqpMessagingOptions options)
    {
        var failures = new List<string>();
        var endpoint = TryResolve(options, failures);
        return endpoint ?? throw new InvalidOperationException(string.Join(" ", failures));
    }

    /// <summary>Resolves <paramref name="options"/>, adding a message per problem (naming the key) to <paramref name="failures"/>.</summary>
    public static AmqpEndpoint? TryResolve(AmqpMessagingOptions options, List<string> failures)
    {
        var before = failures.Count;
        var endpoint = options.Profile switch
        {
            AmqpProfile.AzureServiceBus => ResolveServiceBus(options, failures),
            AmqpProfile.RabbitMq => ResolveRabbitMq(options, failures),
            _ => Fail(failures, $"{Section}:Profile '{options.Profile}' is not known; use AzureServiceBus or RabbitMq."),
        };
        return failures.Count == before ? endpoint : null;
    }

    private static AmqpEndpoint? ResolveServiceBus(AmqpMessagingOptions options, List<string> failures)
    {
        string host, keyName, key;
        var queue = options.QueueName;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (!ServiceBusConnectionString.TryParse(options.ConnectionString, out var parsed, out var error))
            {
                return Fail(failures, $"{Section}:ConnectionString: {error}");
            }

            (host, keyName, key) = (parsed.Host, parsed.SharedAccessKeyName, parsed.SharedAccessKey);
            queue = parsed.EntityPath ?? queue;
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.Host))
            {
                failures.Add($"{Section}:Host is required for Service Bus when {Section}:ConnectionString is not set (e.g. contoso.servicebus.windows.net).");
            }

            if (string.IsNullOrWhiteSpace(options.SasKeyName) || string.IsNullOrWhiteSpace(options.SasKey))
            {
                failures.Add($"{Section}:SasKeyName and {Section}:SasKey are required for Service Bus when {Section}:ConnectionString is not set.");
            }

            (host, keyName, key) = (options.Host ?? string.Empty, options.SasKeyName ?? string.Empty, options.SasKey ?? string.Empty);
        }

        if (options.UseTls == false)
        {
            failures.Add($"{Section}:UseTls cannot be false for Service Bus: it accepts AMQP over TLS only.");
        }

        CheckQueueName(queue, allowSlash: true, failures);
        if (!string.IsNullOrEmpty(options.DeadLetterQueueName))
        {
            failures.Add($"{Section}:DeadLetterQueueName does not apply to Service Bus (its dead-letter queue is '<queue>/$deadletterqueue'); remove it.");
        }

        var cbs = options.Authentication == ServiceBusAuthentication.SasToken;
        return new AmqpEndpoint
        {
            Profile = AmqpProfile.AzureServiceBus,
            Host = host,
            Port = options.Port ?? 5671,
            UseTls = true,
            SaslUser = cbs ? null : keyName,
            SaslPassword = cbs ? null : key,
            CbsKeyName = cbs ? keyName : null,
            CbsKey = cbs ? key : null,
            QueueName = queue,
            QueueAddress = queue,
            DeadLetterAddress = queue + "/$deadletterqueue",
        };
    }

    private static AmqpEndpoint? ResolveRabbitMq(AmqpMessagingOptions options, List<string> failures)
    {
        string host;
        int? port = options.Port;
        var useTls = options.UseTls ?? false;
        string? user = options.UserName, password = options.Password;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            if (!Uri.TryCreate(options.ConnectionString, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps") || uri.Host.Length == 0)
            {
                // Do not echo the string: it may hold a password.
                return Fail(failures, $"{Section}:ConnectionString for RabbitMQ must be amqp://user:password@host:port or amqps://… .");
            }

            host = uri.Host;
            useTls = uri.Scheme == "amqps";
            port = uri.IsDefaultPort || uri.Port < 0 ? null : uri.Port;
            if (uri.UserInfo.Length > 0)
            {
                var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
                user = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
                password = colon < 0 ? null : Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }
        else if (string.IsNullOrWhiteSpace(options.Host))
        {
            return Fail(failures, $"{Section}:Host (or {Section}:ConnectionString) is required for RabbitMQ.");
        }
        else
        {
            host = options.Host;
        }

        if (string.IsNullOrEmpty(user) != string.IsNullOrEmpty(password))
        {
            failures.Add($"{Section}:UserName and {Section}:Password go together: set both (SASL PLAIN) or neither (SASL ANONYMOUS).");
        }

        CheckQueueName(options.QueueName, allowSlash: false, failures);
        var deadLetterQueue = string.IsNullOrWhiteSpace(options.DeadLetterQueueName) ? options.QueueName + ".dlq" : options.DeadLetterQueueName;
        if (!string.IsNullOrWhiteSpace(options.DeadLetterQueueName))
        {
            CheckQueueName(deadLetterQueue, allowSlash: false, failures, "DeadLetterQueueName");
        }

        return new AmqpEndpoint
        {
            Profile = AmqpProfile.RabbitMq,
            Host = host,
            Port = port ?? (useTls ? 5671 : 5672),
            UseTls = useTls,
            SaslUser = string.IsNullOrEmpty(user) ? null : user,
            SaslPassword = string.IsNullOrEmpty(user) ? null : password,
            QueueName = options.QueueName,
            QueueAddress = "/amq/queue/" + options.QueueName,
            DeadLetterAddress = "/amq/queue/" + deadLetterQueue,
        };
    }

    private static void CheckQueueName(string? name, bool allowSlash, List<string> failures, string key = "QueueName")
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 260 || !QueueNamePattern().IsMatch(name) || (!allowSlash && name.Contains('/', StringComparison.Ordinal)))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Section}:{key} '{name}' is not a valid queue name: 1–260 letters, digits, '.', '-', '_'{(allowSlash ? " or '/'" : string.Empty)}."));
        }
    }

    private static AmqpEndpoint? Fail(List<string> failures, string message)
    {
        failures.Add(message);
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9._/-]+$")]
    private static partial Regex QueueNamePattern();
}
