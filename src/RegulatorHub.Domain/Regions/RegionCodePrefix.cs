namespace RegulatorHub.Domain.Regions;

/// <summary>
/// Region codes as text prefixes, for stores that select "this region and everything under it" with a range or
/// <c>STARTSWITH</c> instead of walking the hierarchy: a GB/T 2260 province <c>NN0000</c> is the prefix <c>NN</c>, a city
/// <c>NNNN00</c> is <c>NNNN</c>, a county is its whole code, and a US state (<c>US-XX</c>) is its whole code.
/// </summary>
/// <remarks>
/// This rests on GB/T 2260's structure, which <see cref="Region"/> enforces: a city shares its province's first two
/// digits and a county its parent's first two or four. For the shipped gazetteer, a code starts with
/// <c>Of(r)</c> exactly when it is <c>r</c> or lies under <c>r</c> (a test checks every pair).
/// </remarks>
public static class RegionCodePrefix
{
    /// <summary>Whether <paramref name="code"/> has the shape of a region code (six digits, or <c>US-</c> and two capitals).</summary>
    public static bool IsWellFormed(string? code) => code is not null && (Region.IsChineseCode(code) || Region.IsUsStateCode(code));

    /// <summary>The prefix shared by <paramref name="code"/> and the codes of every region under it.</summary>
    /// <exception cref="ArgumentException">The code is not well formed, or is <c>000000</c>.</exception>
    public static string Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsWellFormed(code) || code == "000000")
        {
            throw new ArgumentException($"'{code}' is not a region code (six digits, or US-XX).", nameof(code));
        }

        if (Region.IsUsStateCode(code))
        {
            return code;
        }

        return code.EndsWith("0000", StringComparison.Ordinal) ? code[..2]
            : code.EndsWith("00", StringComparison.Ordinal) ? code[..4]
            : code;
    }

    /// <summary>Whether <paramref name="code"/> is <paramref name="regionCode"/> or a code under it.</summary>
    /// <returns><see langword="false"/> for a missing code.</returns>
    public static bool IsUnder(string? code, string regionCode) =>
        code is not null && code.StartsWith(Of(regionCode), StringComparison.Ordinal) && IsWellFormed(code);
}
