using System.Security.Cryptography;
using System.Text;

namespace RegulatorHub.Ingestion.Normalization;

/// <summary>
/// Turns a structured complainant identifier into a keyed pseudonym (HMAC-SHA-256), so repeat complainants can
/// be counted without anyone being identified from the store. The raw identifier is never kept.
/// </summary>
/// <remarks>
/// The identifier is normalized first (phone numbers lose +86/0086, spaces and dashes; ID numbers are upper-cased)
/// so that the same person gets the same pseudonym however the number was written. The pseudonym is the first
/// 128 bits of the MAC in hex: ample against collisions across billions of people, half the storage.
/// Without the key, pseudonyms cannot be linked back to identifiers by trying all phone numbers.
/// </remarks>
public sealed class ComplainantPseudonymizer
{
    /// <summary>Shortest accepted key, in bytes (the MAC's own output size).</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[] _key;

    /// <summary>Creates a pseudonymizer with a secret key of at least <see cref="MinimumKeyBytes"/> bytes.</summary>
    public ComplainantPseudonymizer(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumKeyBytes)
        {
            throw new ArgumentException($"The pseudonym key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>The pseudonym for an identifier of a type (<c>phone</c>, <c>id-number</c>, <c>account</c>, <c>source-token</c>).</summary>
    /// <returns>32 lower-case hex characters.</returns>
    public string Pseudonymize(string idType, string id)
    {
        var normalized = Normalize(idType, id);
        var inputLength = Encoding.UTF8.GetMaxByteCount(idType.Length + 1 + normalized.Length);
        Span<byte> input = inputLength <= 512 ? stackalloc byte[inputLength] : new byte[inputLength];
        var written = Encoding.UTF8.GetBytes(idType, input);
        input[written++] = (byte)':';
        written += Encoding.UTF8.GetBytes(normalized, input[written..]);

        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, input[..written], mac);
        return Convert.ToHexStringLower(mac[..16]);
    }

    /// <summary>The canonical written form of an identifier, which is what gets keyed.</summary>
    public static string Normalize(string idType, string id)
    {
        var trimmed = id.Trim();
        switch (idType)
        {
            case "phone":
                var digits = new StringBuilder(trimmed.Length);
                foreach (var c in trimmed)
                {
                    if (char.IsAsciiDigit(c))
                    {
                        digits.Append(c);
                    }
                }

                var text = digits.ToString();
                return text switch
                {
                    { Length: 15 } when text.StartsWith("0086", StringComparison.Ordinal) => text[4..],
                    { Length: 13 } when text.StartsWith("86", StringComparison.Ordinal) => text[2..],
                    _ => text,
                };
            case "id-number":
                return trimmed.ToUpperInvariant();
            default:
                return trimmed;
        }
    }
}
