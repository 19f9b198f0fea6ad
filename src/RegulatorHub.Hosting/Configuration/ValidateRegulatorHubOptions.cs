using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Hosting.Configuration;

/// <summary>Start-up validation of the options sections; every message names the configuration key to fix.</summary>
public sealed class ValidateRegulatorHubOptions :
    IValidateOptions<StorageOptions>,
    IValidateOptions<MessagingOptions>,
    IValidateOptions<IngestionOptions>,
    IValidateOptions<SeedOptions>,
    IValidateOptions<AnalyticsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AnalyticsOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SnapshotPath))
        {
            failures.Add("Analytics:SnapshotPath must name a file.");
        }

        if (options.PollInterval < TimeSpan.FromMilliseconds(100) || options.PollInterval > TimeSpan.FromMinutes(10))
        {
            failures.Add($"Analytics:PollInterval must be between 00:00:00.1 and 00:10:00 (was {options.PollInterval}).");
        }

        if (options.PageSize is < 100 or > 1_000_000)
        {
            failures.Add($"Analytics:PageSize must be between 100 and 1000000 (was {options.PageSize}).");
        }

        if (options.SaveAfterFacts < 1)
        {
            failures.Add($"Analytics:SaveAfterFacts must be at least 1 (was {options.SaveAfterFacts}).");
        }

        if (options.SaveInterval < TimeSpan.FromSeconds(1))
        {
            failures.Add($"Analytics:SaveInterval must be at least 00:00:01 (was {options.SaveInterval}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, StorageOptions options) =>
        options.Provider is StorageOptions.SqliteProvider or StorageOptions.CosmosProvider
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not available in this build; use '{StorageOptions.SqliteProvider}' or '{StorageOptions.CosmosProvider}'.");

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MessagingOptions options)
    {
        var failures = new List<string>();
        if (options.Provider is not (MessagingOptions.InProcessProvider or MessagingOptions.AmqpProvider))
        {
            failures.Add($"Messaging:Provider '{options.Provider}' is not available in this build; use '{MessagingOptions.InProcessProvider}' or '{MessagingOptions.AmqpProvider}'.");
        }

        if (options.QueueCapacity is < 1 or > 10_000_000)
        {
            failures.Add($"Messaging:QueueCapacity must be between 1 and 10000000 (was {options.QueueCapacity}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, IngestionOptions options)
    {
        var failures = new List<string>();
        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add($"Ingestion:BatchSize must be between 1 and 10000 (was {options.BatchSize}).");
        }

        if (options.MaxDeliveryCount is < 1 or > 100)
        {
            failures.Add($"Ingestion:MaxDeliveryCount must be between 1 and 100 (was {options.MaxDeliveryCount}).");
        }

        if (!string.IsNullOrEmpty(options.PseudonymKey) && Privacy.PseudonymKeyProvider.TryDecode(options.PseudonymKey) is null)
        {
            failures.Add("Ingestion:PseudonymKey must be base64 of at least 32 bytes (e.g. `openssl rand -base64 32`).");
        }

        foreach (var source in options.RawIdentifierPolicyBySource.Keys)
        {
            if (!FeedVocabulary.IsValidIdentifier(source))
            {
                failures.Add($"Ingestion:RawIdentifierPolicyBySource:{source} does not name a valid source id (1–64 of a-z, 0-9, '-').");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SeedOptions options)
    {
        var failures = new List<string>();
        if (options.Complaints is < 1 or > 50_000_000)
        {
            failures.Add($"Seed:Complaints must be between 1 and 50000000 (was {options.Complaints}).");
        }

        if (options.Years is < 1 or > 20)
        {
            failures.Add($"Seed:Years must be between 1 and 20 (was {options.Years}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
