using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Service Bus shared access signature tokens: <c>SharedAccessSignature sr=RESOURCE&amp;sig=SIGNATURE&amp;se=EXPIRY&amp;skn=KEYNAME</c>,
/// where RESOURCE is the URL-encoded resource URI, EXPIRY the expiry in Unix seconds, and SIGNATURE the base64
/// HMAC-SHA256, keyed with the UTF-8 bytes of the key text, of <c>RESOURCE + "\n" + EXPIRY</c> (then URL-encoded).
/// </summary>
public static class SharedAccessSignature
{
    /// <summary>A token for <paramref name="resourceUri"/> valid until <paramref name="expiresAt"/> (whole seconds, rounded down).</summary>
    public static string CreateToken(string resourceUri, string keyName, string key, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(resourceUri);
        ArgumentException.ThrowIfNullOrEmpty(keyName);
        ArgumentException.ThrowIfNullOrEmpty(key);

        var expiry = expiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var encodedResource = Uri.EscapeDataString(resourceUri);
        var signature = ComputeSignature(encodedResource + "\n" + expiry, key);
        return $"SharedAccessSignature sr={encodedResource}&sig={Uri.EscapeDataString(signature)}&se={expiry}&skn={Uri.EscapeDataString(keyName)}";
    }

    /// <summary>Base64 HMAC-SHA256 of <paramref name="stringToSign"/> keyed with the UTF-8 bytes of <paramref name="key"/>.</summary>
    public static string ComputeSignature(string stringToSign, string key) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(stringToSign)));
}
