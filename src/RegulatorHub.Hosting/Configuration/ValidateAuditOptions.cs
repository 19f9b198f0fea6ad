using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Hosting.Privacy;

namespace RegulatorHub.Hosting.Configuration;

/// <summary>Start-up validation of <c>Audit</c>; messages name the configuration key to fix.</summary>
public sealed class ValidateAuditOptions : IValidateOptions<AuditOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrEmpty(options.Key) || AuditKeyProvider.TryDecode(options.Key) is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Audit:Key must be base64 of at least 32 bytes (e.g. `openssl rand -base64 32`); leave it empty to use a key file in the data directory.");
    }
}
