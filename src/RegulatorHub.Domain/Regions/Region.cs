namespace RegulatorHub.Domain.Regions;

/// <summary>
/// One administrative region: a Chinese province, prefecture-level city or county-level unit (GB/T 2260 code), or a
/// United States state (ISO 3166-2 code).
/// </summary>
/// <remarks>
/// <para>Invariants, checked by the constructor:</para>
/// <list type="bullet">
/// <item><see cref="Code"/> is six ASCII digits (Chinese regions), <c>US-</c> plus two upper-case ASCII letters
/// (<see cref="RegionLevel.State"/>), or two upper-case ASCII letters (<see cref="RegionLevel.Country"/>).</item>
/// <item>A <see cref="RegionLevel.Province"/> code ends in <c>0000</c>; a <see cref="RegionLevel.City"/> code ends in
/// <c>00</c> but not <c>0000</c>; a <see cref="RegionLevel.County"/> code does not end in <c>00</c>.</item>
/// <item>Provinces, states and countries have no parent. A city's parent is its province (<c>NN0000</c>, same first
/// two digits). A county's parent is its province or a city with the same first four digits.</item>
/// <item><see cref="NameZh"/> is non-empty without surrounding white space; <see cref="NameEn"/> is either
/// <see langword="null"/> or non-empty without surrounding white space.</item>
/// </list>
/// <para>The parent itself is not checked for existence here; <see cref="RegionGazetteer"/> does that when it loads.</para>
/// </remarks>
public sealed record Region
{
    /// <summary>Creates a region, validating the invariants listed on the type.</summary>
    /// <exception cref="ArgumentException">An argument breaks one of the invariants.</exception>
    public Region(string code, string nameZh, string? nameEn, RegionLevel level, string? parentCode)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(nameZh);
        Validate(code, nameZh, nameEn, level, parentCode);
        Code = code;
        NameZh = nameZh;
        NameEn = nameEn;
        Level = level;
        ParentCode = parentCode;
    }

    /// <summary>The region code: GB/T 2260 six digits for China, <c>US-XX</c> for US states.</summary>
    public string Code { get; }

    /// <summary>The Chinese name as officially written, e.g. <c>浙江省</c>, <c>杭州市</c>, <c>加利福尼亚州</c>.</summary>
    public string NameZh { get; }

    /// <summary>The English name, when the data has one (provinces and US states); otherwise <see langword="null"/>.</summary>
    public string? NameEn { get; }

    /// <summary>The administrative level.</summary>
    public RegionLevel Level { get; }

    /// <summary>The code of the parent region, or <see langword="null"/> for provinces, states and countries.</summary>
    public string? ParentCode { get; }

    /// <summary>
    /// The ISO 3166-1 alpha-2 country of the region: <c>CN</c> for six-digit codes, <c>US</c> for <c>US-XX</c> codes, the
    /// code itself for a country.
    /// </summary>
    public string CountryCode => Level switch
    {
        RegionLevel.Country => Code,
        RegionLevel.State => "US",
        _ => "CN",
    };

    /// <summary>Returns <c>code name</c>, e.g. <c>330106 西湖区</c>.</summary>
    public override string ToString() => $"{Code} {NameZh}";

    internal static bool IsChineseCode(string code)
    {
        if (code.Length != 6)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsUsStateCode(string code) =>
        code.Length == 5 && code.StartsWith("US-", StringComparison.Ordinal)
        && char.IsAsciiLetterUpper(code[3]) && char.IsAsciiLetterUpper(code[4]);

    private static void Validate(string code, string nameZh, string? nameEn, RegionLevel level, string? parentCode)
    {
        if (nameZh.Length == 0 || nameZh.Trim().Length != nameZh.Length)
        {
            throw new ArgumentException($"Region {code}: the Chinese name must be non-empty and trimmed.", nameof(nameZh));
        }

        if (nameEn is not null && (nameEn.Length == 0 || nameEn.Trim().Length != nameEn.Length))
        {
            throw new ArgumentException($"Region {code}: the English name must be null or non-empty and trimmed.", nameof(nameEn));
        }

        switch (level)
        {
            case RegionLevel.Country:
                Require(code.Length == 2 && char.IsAsciiLetterUpper(code[0]) && char.IsAsciiLetterUpper(code[1]), code, "a country code must be two upper-case letters");
                Require(parentCode is null, code, "a country has no parent");
                break;
            case RegionLevel.State:
                Require(IsUsStateCode(code), code, "a state code must look like US-CA");
                Require(parentCode is null, code, "a state has no parent");
                break;
            case RegionLevel.Province:
                Require(IsChineseCode(code) && code.EndsWith("0000", StringComparison.Ordinal) && !code.StartsWith("00", StringComparison.Ordinal), code, "a province code must look like NN0000");
                Require(parentCode is null, code, "a province has no parent");
                break;
            case RegionLevel.City:
                Require(IsChineseCode(code) && code.EndsWith("00", StringComparison.Ordinal) && !code.EndsWith("0000", StringComparison.Ordinal), code, "a city code must look like NNNN00");
                Require(parentCode == string.Concat(code.AsSpan(0, 2), "0000"), code, "a city's parent must be its province NN0000");
                break;
            case RegionLevel.County:
                Require(IsChineseCode(code) && !code.EndsWith("00", StringComparison.Ordinal), code, "a county code must not end in 00");
                Require(
                    parentCode == string.Concat(code.AsSpan(0, 2), "0000") || parentCode == string.Concat(code.AsSpan(0, 4), "00"),
                    code,
                    "a county's parent must be its province NN0000 or its city NNNN00");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown region level.");
        }
    }

    private static void Require(bool condition, string code, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"Region '{code}': {rule}.", nameof(code));
        }
    }
}
