using System.Globalization;
using Microsoft.Extensions.Options;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>Start-up validation of <c>Messaging:Amqp:ReferralEvents</c>; every message names the key to fix.</summary>
public sealed class ValidateAmqpReferralEventOptions : IValidateOptions<AmqpReferralEventOptions>
{
    private const string Section = AmqpReferralEventOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AmqpReferralEventOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!IsEntityName(options.Topic, 260))
        {
            failures.Add($"{Section}:Topic must be 1–260 of letters, digits, '.', '-' and '_'.");
        }

        // Service Bus limits subscription names to 50 characters.
        if (options.Subscription is not null && !IsEntityName(options.Subscription, 50))
        {
            failures.Add($"{Section}:Subscription must be 1–50 of letters, digits, '.', '-' and '_' (or unset for the instance id).");
        }

        if (options.LinkCredit is < 1 or > 1000)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{Section}:LinkCredit must be between 1 and 1000 (was {options.LinkCredit})."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsEntityName(string? name, int maxLength) =>
        name is { Length: > 0 } && name.Length <= maxLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');
}
