using System.Globalization;
using Microsoft.Extensions.Options;

namespace RegulatorHub.Application.Privacy;

/// <summary>Start-up validation of <c>Privacy:Disclosure</c>; every message names the configuration key to fix.</summary>
public sealed class ValidateDisclosureOptions : IValidateOptions<DisclosureOptions>
{
    /// <summary>The largest threshold accepted: beyond it nearly every published table would be blank.</summary>
    public const int MaxThreshold = 1_000;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Threshold is < 2 or > MaxThreshold)
        {
            return ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"{DisclosureOptions.SectionName}:Threshold must be between 2 and {MaxThreshold} (was {options.Threshold}); counts below it are suppressed, so 1 would suppress nothing."));
        }

        return ValidateOptionsResult.Success;
    }
}
