using Microsoft.Extensions.Options;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>Checks <see cref="CosmosStorageOptions"/> at start; every message names the configuration key.</summary>
public sealed class ValidateCosmosStorageOptions : IValidateOptions<CosmosStorageOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CosmosStorageOptions options)
    {
        var failures = Problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The problems of <paramref name="options"/>, one message each, naming the key.</summary>
    public static IEnumerable<string> Problems(CosmosStorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            yield return "Storage:Cosmos:Endpoint is required when Storage:Provider is 'Cosmos' (e.g. https://myaccount.documents.azure.com:443/).";
        }
        else if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            yield return "Storage:Cosmos:Endpoint must be an absolute https:// URI.";
        }
        else if (options.AcceptLoopbackCertificate && !endpoint.IsLoopback)
        {
            yield return "Storage:Cosmos:AcceptLoopbackCertificate is only allowed for an endpoint on 127.0.0.1 (the local test server).";
        }

        if (string.IsNullOrWhiteSpace(options.Database) || options.Database.Length > 255 || options.Database.IndexOfAny(['/', '\\', '?', '#']) >= 0)
        {
            yield return "Storage:Cosmos:Database must be 1-255 characters without '/', '\\', '?' or '#'.";
        }

        if (options.PartitionBuckets is < 1 or > 256)
        {
            yield return $"Storage:Cosmos:PartitionBuckets must be between 1 and 256 (was {options.PartitionBuckets}).";
        }

        if (options.MaxConcurrency is < 1 or > 512)
        {
            yield return $"Storage:Cosmos:MaxConcurrency must be between 1 and 512 (was {options.MaxConcurrency}).";
        }

        if (options.MaxRetries is < 0 or > 100)
        {
            yield return $"Storage:Cosmos:MaxRetries must be between 0 and 100 (was {options.MaxRetries}).";
        }

        if (options.AutoscaleMaxThroughput is { } ru && (ru < 1000 || ru % 1000 != 0))
        {
            yield return $"Storage:Cosmos:AutoscaleMaxThroughput must be a multiple of 1000, at least 1000 (was {ru}).";
        }

        if (!string.IsNullOrEmpty(options.Key) && !IsBase64(options.Key))
        {
            // The key itself never goes into the message.
            yield return "Storage:Cosmos:Key is not a base64 account key.";
        }
    }

    private static bool IsBase64(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out _);
    }
}
