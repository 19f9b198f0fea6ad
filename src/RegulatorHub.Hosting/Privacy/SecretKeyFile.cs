using System.Security.Cryptography;

namespace RegulatorHub.Hosting.Privacy;

/// <summary>
/// The one way RegulatorHub keeps an HMAC key: taken from configuration when set, else from a key file in the data
/// directory that is created with random bytes on first use, readable by the service account only. Shared by the
/// pseudonym key and the audit key, so both get the same checks and the same file handling.
/// </summary>
internal static class SecretKeyFile
{
    /// <summary>The minimum and generated key length in bytes (the HMAC-SHA-256 block of output).</summary>
    public const int KeyBytes = 32;

    /// <summary>
    /// The configured key if <paramref name="configured"/> is set, else the key in <paramref name="fileName"/> under
    /// <paramref name="directory"/>, created if missing.
    /// </summary>
    /// <param name="configured">The configured base64 key, or empty.</param>
    /// <param name="configKey">The configuration key, for the message when the configured key is not valid.</param>
    /// <param name="directory">The data directory.</param>
    /// <param name="fileName">The key file's name.</param>
    /// <param name="description">What the key is for, for the message when the file is corrupt (e.g. <c>audit</c>).</param>
    /// <exception cref="InvalidOperationException">The configured key or the key file does not hold base64 of at least 32 bytes.</exception>
    public static byte[] Resolve(string? configured, string configKey, string directory, string fileName, string description)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return TryDecode(configured)
                ?? throw new InvalidOperationException($"{configKey} must be base64 of at least {KeyBytes} bytes.");
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            Create(path);
        }

        return TryDecode(File.ReadAllText(path).Trim())
            ?? throw new InvalidOperationException($"The {description} key file '{path}' is corrupt: it must hold base64 of at least {KeyBytes} bytes.");
    }

    /// <summary>Decodes a base64 key; <see langword="null"/> when it is not base64 or shorter than 32 bytes.</summary>
    public static byte[]? TryDecode(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) && written >= KeyBytes ? buffer[..written] : null;
    }

    private static void Create(string path)
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
