using System.Security.Cryptography;
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

    private const int KeyBytes = 32;

    /// <summary>Returns the key, creating the key file if needed.</summary>
    public byte[] GetKey()
    {
        if (!string.IsNullOrEmpty(ingestion.Value.PseudonymKey))
        {
            return TryDecode(ingestion.Value.PseudonymKey)
                ?? throw new InvalidOperationException("Ingestion:PseudonymKey must be base64 of at least 32 bytes.");
        }

        var directory = storage.Value.ResolveDataDirectory();
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, KeyFileName);
        if (!File.Exists(path))
        {
            CreateKeyFile(path);
        }

        return TryDecode(File.ReadAllText(path).Trim())
            ?? throw new InvalidOperationException($"The pseudonym key file '{path}' is corrupt: it must hold base64 of at least 32 bytes.");
    }

    /// <summary>Decodes a base64 key; <see langword="null"/> when it is not base64 or shorter than 32 bytes.</summary>
    public static byte[]? TryDecode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written >= KeyBytes ? buffer[..written] : null;
    }

    private static void CreateKeyFile(string path)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // Readable by the service account only.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(key);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; use theirs.
        }
    }
}
