using System.Globalization;
using System.Text;

namespace RegulatorHub.Domain.Merchants;

/// <summary>
/// The canonical key of a merchant: the unified social credit code when given, else platform + shop id,
/// else normalized name + region.
/// </summary>
/// <remarks>
/// The textual form is prefixed by the kind (<c>uscc:</c>, <c>shop:</c>, <c>name:</c>) so keys of different
/// strength never collide. Invariant: <see cref="Value"/> is non-empty and round-trips through <see cref="Parse"/>.
/// </remarks>
public readonly record struct MerchantKey
{
    private const string CreditCodePrefix = "uscc:";
    private const string ShopPrefix = "shop:";
    private const string NamePrefix = "name:";

    private MerchantKey(string value, MerchantKeyKind kind)
    {
        Value = value;
        Kind = kind;
    }

    /// <summary>The key's textual form, e.g. <c>uscc:91330100MA27XXXX1X</c> or <c>shop:tmall:12345</c>.</summary>
    public string Value { get; }

    /// <summary>Which evidence the key was built from.</summary>
    public MerchantKeyKind Kind { get; }

    /// <summary>Builds the strongest key the given evidence allows.</summary>
    /// <param name="creditCode">A valid unified social credit code, or <see langword="null"/>.</param>
    /// <param name="platform">Platform identifier, used with <paramref name="shopId"/>.</param>
    /// <param name="shopId">The platform's shop id.</param>
    /// <param name="name">Merchant name, used with <paramref name="regionCode"/> as the last resort.</param>
    /// <param name="regionCode">Merchant region code, or <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentException">No usable evidence was given, or the credit code is invalid.</exception>
    public static MerchantKey Create(string? creditCode, string? platform, string? shopId, string? name, string? regionCode)
    {
        if (!string.IsNullOrWhiteSpace(creditCode))
        {
            if (!UnifiedSocialCreditCode.TryParse(creditCode, out var code))
            {
                throw new ArgumentException("Not a valid unified social credit code.", nameof(creditCode));
            }

            return new MerchantKey(CreditCodePrefix + code.Value, MerchantKeyKind.CreditCode);
        }

        if (!string.IsNullOrWhiteSpace(platform) && !string.IsNullOrWhiteSpace(shopId))
        {
            return new MerchantKey(
                string.Concat(ShopPrefix, platform.Trim().ToLowerInvariant(), ":", shopId.Trim()),
                MerchantKeyKind.PlatformShop);
        }

        var normalizedName = NormalizeName(name);
        if (normalizedName.Length == 0)
        {
            throw new ArgumentException("A merchant needs a credit code, a platform shop id or a name.", nameof(name));
        }

        return new MerchantKey(
            string.Concat(NamePrefix, normalizedName, "@", regionCode?.Trim() ?? "?"),
            MerchantKeyKind.NameAndRegion);
    }

    /// <summary>Reads a key from its textual form.</summary>
    /// <exception cref="FormatException">The text has no known prefix or is empty after it.</exception>
    public static MerchantKey Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        MerchantKeyKind? kind = value switch
        {
            _ when value.StartsWith(CreditCodePrefix, StringComparison.Ordinal) => MerchantKeyKind.CreditCode,
            _ when value.StartsWith(ShopPrefix, StringComparison.Ordinal) => MerchantKeyKind.PlatformShop,
            _ when value.StartsWith(NamePrefix, StringComparison.Ordinal) => MerchantKeyKind.NameAndRegion,
            _ => null,
        };
        if (kind is null || value.Length <= 5)
        {
            throw new FormatException("A merchant key starts with uscc:, shop: or name: and has a value after it.");
        }

        return new MerchantKey(value, kind.Value);
    }

    /// <summary>
    /// Normalizes a merchant name for matching: Unicode NFKC (full-width letters and digits become half-width),
    /// lower-case Latin letters, and no whitespace or punctuation.
    /// </summary>
    public static string NormalizeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var folded = name.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c) || IsPunctuation(category))
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private static bool IsPunctuation(UnicodeCategory category) => category is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
        or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
        or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;
}
