using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;

namespace RegulatorHub.Hosting.Privacy;

/// <summary>
/// Supplies the HMAC key for complainant pseudonyms: from <c>Ingestion:PseudonymKey</c> when configured (production:
/// from a key store), else from <c>pseudonym.key</c> in the data directory, created with random bytes on first start.
/// The key never comes from the repository.
/// </summary>
public sealed class PseudonymKeyProvider(IOptions<IngestionOptions> ingestion, IOptions<StorageOptions> storage)
{
    /// <summary>Name of the key file in the data directory.</summary>
    public const string KeyFileName = "pseudonym.key";

    /// <summary>Returns the key, creating the key file if needed.</summary>
    public byte[] GetKey() =>
        SecretKeyFile.Resolve(ingestion.Value.PseudonymKey, "Ingestion:PseudonymKey", storage.Value.ResolveDataDirectory(), KeyFileName, "pseudonym");

    /// <summary>Decodes a base64 key; <see langword="null"/> when it is not base64 or shorter than 32 bytes.</summary>
    public static byte[]? TryDecode(string base64) => SecretKeyFile.TryDecode(base64);
}
