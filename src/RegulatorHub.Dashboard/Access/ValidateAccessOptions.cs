using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Configuration;

namespace RegulatorHub.Dashboard.Access;

/// <summary>Start-up validation of <c>Access</c> (accounts) and <c>Authentication:Oidc</c>; every message names the key to fix.</summary>
public sealed class ValidateAccessOptions(IOptions<StorageOptions> storage) : IValidateOptions<AccountOptions>, IValidateOptions<OidcOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AccountOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Demo passwords are published: a shared store gets demo accounts only when someone asked for them.
        return options.DemoAccounts is null && storage.Value.Provider == StorageOptions.CosmosProvider
            ? ValidateOptionsResult.Fail(
                "Access:DemoAccounts must be set explicitly (true or false) when Storage:Provider is 'Cosmos': demo accounts have published passwords, so a shared store never gets them by default.")
            : ValidateOptionsResult.Success;
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, OidcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!options.IsConfigured)
        {
            if (!string.IsNullOrWhiteSpace(options.ClientId) || !string.IsNullOrWhiteSpace(options.ClientSecret))
            {
                failures.Add("Authentication:Oidc:Authority is required when Authentication:Oidc:ClientId or ClientSecret is set.");
            }

            return Result(failures);
        }

        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
        {
            failures.Add("Authentication:Oidc:Authority must be an absolute https URL (the issuer).");
        }
        else if (authority.Scheme == "http" && options.RequireHttpsMetadata)
        {
            failures.Add("Authentication:Oidc:Authority must use https (set Authentication:Oidc:RequireHttpsMetadata to false only for a local test provider).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add("Authentication:Oidc:ClientId is required when Authentication:Oidc:Authority is set.");
        }

        // The value is never echoed: it is a secret.
        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add("Authentication:Oidc:ClientSecret is required when Authentication:Oidc:Authority is set (user secrets or the environment variable Authentication__Oidc__ClientSecret).");
        }

        if (string.IsNullOrWhiteSpace(options.RoleClaim))
        {
            failures.Add("Authentication:Oidc:RoleClaim must name the claim that carries the role.");
        }

        if (string.IsNullOrWhiteSpace(options.AgencyClaim))
        {
            failures.Add("Authentication:Oidc:AgencyClaim must name the claim that carries the agency id.");
        }

        if (string.IsNullOrWhiteSpace(options.DisplayNameClaim))
        {
            failures.Add("Authentication:Oidc:DisplayNameClaim must name the claim shown as the user's name.");
        }

        return Result(failures);
    }

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
