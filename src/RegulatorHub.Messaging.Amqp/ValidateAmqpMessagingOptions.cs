using System.Globalization;
using Microsoft.Extensions.Options;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>Start-up validation of <c>Messaging:Amqp</c>; every message names the key to fix and never echoes a secret.</summary>
public sealed class ValidateAmqpMessagingOptions : IValidateOptions<AmqpMessagingOptions>
{
    private const string Section = AmqpMessagingOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AmqpMessagingOptions options)
    {
        var failures = new List<string>();
        AmqpEndpoint.TryResolve(options, failures);

        if (options.Port is < 1 or > 65535)
        {
            failures.Add(Message($"{Section}:Port must be between 1 and 65535 (was {options.Port})."));
        }

        if (options.LinkCredit is < 1 or > 10_000)
        {
            failures.Add(Message($"{Section}:LinkCredit must be between 1 and 10000 (was {options.LinkCredit})."));
        }

        if (options.PrefetchBatch < 0 || options.PrefetchBatch > options.LinkCredit)
        {
            failures.Add(Message($"{Section}:PrefetchBatch must be between 0 (half the credit) and {Section}:LinkCredit ({options.LinkCredit}) (was {options.PrefetchBatch})."));
        }

        if (options.MaxInFlightSends is < 1 or > 100_000)
        {
            failures.Add(Message($"{Section}:MaxInFlightSends must be between 1 and 100000 (was {options.MaxInFlightSends})."));
        }

        if (options.ReconnectBackoffMin <= TimeSpan.Zero || options.ReconnectBackoffMin > TimeSpan.FromMinutes(5))
        {
            failures.Add(Message($"{Section}:ReconnectBackoffMin must be above 0 and at most 00:05:00 (was {options.ReconnectBackoffMin})."));
        }

        if (options.ReconnectBackoffMax < options.ReconnectBackoffMin || options.ReconnectBackoffMax > TimeSpan.FromMinutes(30))
        {
            failures.Add(Message($"{Section}:ReconnectBackoffMax must be at least {Section}:ReconnectBackoffMin and at most 00:30:00 (was {options.ReconnectBackoffMax})."));
        }

        if (options.OperationTimeout < TimeSpan.FromSeconds(1) || options.OperationTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add(Message($"{Section}:OperationTimeout must be between 00:00:01 and 00:10:00 (was {options.OperationTimeout})."));
        }

        if (options.SasTokenLifetime < TimeSpan.FromMinutes(5) || options.SasTokenLifetime > TimeSpan.FromHours(24))
        {
            failures.Add(Message($"{Section}:SasTokenLifetime must be between 00:05:00 and 1.00:00:00 (was {options.SasTokenLifetime})."));
        }

        if (options.MaxDeliveryCount is < 0 or > 1000)
        {
            failures.Add(Message($"{Section}:MaxDeliveryCount must be between 0 (off) and 1000 (was {options.MaxDeliveryCount})."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Message(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
