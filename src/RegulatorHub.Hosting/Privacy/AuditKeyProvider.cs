using Microsoft.Extensions.Options;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Configuration;

namespace RegulatorHub.Hosting.Privacy;

/// <summary>
/// Supplies the HMAC key that chains the audit trail: from <c>Audit:Key</c> when configured (production: from a key
/// store, kept away from the database's operators), else from <c>audit.key</c> in the data directory, created with
/// random bytes on first start. A separate key from the pseudonym key, so one leaking does not expose the other. The
/// key never comes from the repository.
/// </summary>
public sealed class AuditKeyProvider(IOptions<AuditOptions> audit, IOptions<StorageOptions> storage)
{
    /// <summary>Name of the key file in the data directory.</summary>
    public const string KeyFileName = "audit.key";

    /// <summary>
    /// Whether a key is already there (configured, or the key file exists): tools that only read the trail check this
    /// first, since <see cref="GetKey"/> would make a new key that verifies nothing already written.
    /// </summary>
    public bool HasKey() =>
        !string.IsNullOrEmpty(audit.Value.Key) || File.Exists(Path.Combine(storage.Value.ResolveDataDirectory(), KeyFileName));

    /// <summary>Returns the key, creating the key file if needed.</summary>
    /// <exception cref="InvalidOperationException">The configured key or the key file does not hold base64 of at least 32 bytes.</exception>
    public byte[] GetKey() =>
        SecretKeyFile.Resolve(audit.Value.Key, "Audit:Key", storage.Value.ResolveDataDirectory(), KeyFileName, "audit");

    /// <summary>Decodes a base64 key; <see langword="null"/> when it is not base64 or shorter than 32 bytes.</summary>
    public static byte[]? TryDecode(string base64) => SecretKeyFile.TryDecode(base64);
}
