using System.Globalization;

namespace RegulatorHub.Analytics.Facts;

/// <summary>
/// 32 bits standing for a complainant pseudonym, for counting repeat complainants. Pseudonyms are already keyed
/// HMAC output in hex, so their first eight hex digits are a uniform hash; anything else is hashed with FNV-1a.
/// </summary>
/// <remarks>
/// Two complainants share a value with probability 2⁻³²; among a million complainants that merges about a hundred
/// pairs, a repeat-count error far below anything shown (shares are printed to one decimal).
/// </remarks>
internal static class ComplainantHash
{
    public static uint Of(string? pseudonym)
    {
        if (string.IsNullOrEmpty(pseudonym))
        {
            return 0;
        }

        var value = pseudonym.Length >= 8 && uint.TryParse(pseudonym.AsSpan(0, 8), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex)
            ? hex
            : Fnv1a(pseudonym);
        return value == 0 ? 1 : value;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
