using System.Globalization;
using Microsoft.Extensions.Options;

namespace RegulatorHub.Application.Referrals;

/// <summary>Start-up validation of <c>Referrals</c>; every message names the configuration key to fix.</summary>
public sealed class ValidateReferralOptions : IValidateOptions<ReferralOptions>
{
    /// <summary>The longest period accepted, in working days (about two years).</summary>
    public const int MaxWorkingDays = 500;

    private const string Section = ReferralOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReferralOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Every problem of <paramref name="options"/>, each naming its key.</summary>
    public static IEnumerable<string> Problems(ReferralOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.InstanceId is not null && !ReferralOptions.IsValidInstanceId(options.InstanceId))
        {
            yield return $"{Section}:InstanceId must be 1–{ReferralOptions.MaxInstanceIdLength} of a-z, 0-9, '.', '-' and '_' (or unset for the default).";
        }

        if (Period(options.AcceptWithinWorkingDays, $"{Section}:AcceptWithinWorkingDays") is { } accept)
        {
            yield return accept;
        }

        if (Period(options.ConcludeWithinWorkingDays, $"{Section}:ConcludeWithinWorkingDays") is { } conclude)
        {
            yield return conclude;
        }

        foreach (var (agencyId, own) in options.Overrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var key = $"{Section}:Overrides:{agencyId}";
            if (!IsAgencyId(agencyId))
            {
                yield return $"{key} does not name an agency id (1–64 of a-z, 0-9 and '-').";
            }

            if (own is null || (own.AcceptWithinWorkingDays is null && own.ConcludeWithinWorkingDays is null))
            {
                yield return $"{key} sets neither AcceptWithinWorkingDays nor ConcludeWithinWorkingDays; set one or remove it.";
                continue;
            }

            if (own.AcceptWithinWorkingDays is { } a && Period(a, $"{key}:AcceptWithinWorkingDays") is { } ownAccept)
            {
                yield return ownAccept;
            }

            if (own.ConcludeWithinWorkingDays is { } c && Period(c, $"{key}:ConcludeWithinWorkingDays") is { } ownConclude)
            {
                yield return ownConclude;
            }
        }

        if (options.MaxDeliveryCount is < 1 or > 100)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{Section}:MaxDeliveryCount must be between 1 and 100 (was {options.MaxDeliveryCount}).");
        }

        if (options.RepublishInterval < TimeSpan.FromSeconds(1) || options.RepublishInterval > TimeSpan.FromHours(1))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{Section}:RepublishInterval must be between 00:00:01 and 01:00:00 (was {options.RepublishInterval}).");
        }
    }

    private static string? Period(int value, string key) =>
        value is >= 1 and <= MaxWorkingDays
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{key} must be between 1 and {MaxWorkingDays} working days (was {value}).");

    private static bool IsAgencyId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
