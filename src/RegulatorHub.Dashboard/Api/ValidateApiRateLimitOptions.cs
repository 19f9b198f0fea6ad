using System.Globalization;
using Microsoft.Extensions.Options;

namespace RegulatorHub.Dashboard.Api;

/// <summary>Start-up validation of <c>Api:RateLimit</c>; every message names the key to fix.</summary>
public sealed class ValidateApiRateLimitOptions : IValidateOptions<ApiRateLimitOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ApiRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.PermitLimit is < 1 or > ApiRateLimitOptions.MaxPermitLimit)
        {
            failures.Add(Message("PermitLimit", 1, ApiRateLimitOptions.MaxPermitLimit, "requests per window and user"));
        }

        if (options.WindowSeconds is < 1 or > ApiRateLimitOptions.MaxWindowSeconds)
        {
            failures.Add(Message("WindowSeconds", 1, ApiRateLimitOptions.MaxWindowSeconds, "seconds"));
        }

        if (options.ExportPermitLimit is < 1 or > ApiRateLimitOptions.MaxPermitLimit)
        {
            failures.Add(Message("ExportPermitLimit", 1, ApiRateLimitOptions.MaxPermitLimit, "export downloads per window and user"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Message(string key, int min, int max, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{ApiRateLimitOptions.SectionName}:{key} must be a whole number from {min} to {max} ({unit}).");
}
