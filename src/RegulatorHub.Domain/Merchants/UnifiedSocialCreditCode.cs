namespace RegulatorHub.Domain.Merchants;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character identifier of a legal entity.
/// Not personal data; it identifies merchants.
/// </summary>
/// <remarks>
/// Layout: registration authority (1), entity type (1), GB/T 2260 region (6), organisation code (9), check (1).
/// The alphabet is the 31 characters <c>0-9</c> and <c>A-Y</c> without I, O, S, V and Z. The check character is
/// <c>31 - (Σ value(i)·weight(i) mod 31)</c>, with 31 written as 0 (GB 32100-2015 §5).
/// Invariant: <see cref="Value"/> is 18 upper-case characters with a correct check character.
/// </remarks>
public readonly record struct UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] s_weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    /// <summary>The 18-character code, upper case.</summary>
    public string Value { get; }

    /// <summary>Parses and checks a code; surrounding spaces and lower case are tolerated.</summary>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }

        var candidate = text.Trim().ToUpperInvariant();
        if (candidate.Length != 18)
        {
            return false;
        }

        var expected = ComputeCheckCharacter(candidate.AsSpan(0, 17));
        if (expected is null || candidate[17] != expected)
        {
            return false;
        }

        code = new UnifiedSocialCreditCode(candidate);
        return true;
    }

    /// <summary>Computes the check character for the first 17 characters of a code.</summary>
    /// <returns><see langword="null"/> when a character is outside the code's alphabet.</returns>
    public static char? ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(first17[i]), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            sum += value * s_weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
