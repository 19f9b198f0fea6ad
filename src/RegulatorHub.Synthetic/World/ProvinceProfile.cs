namespace RegulatorHub.Synthetic.World;

/// <summary>Built-in facts about one mainland province-level unit that the gazetteer does not carry.</summary>
/// <param name="Prefix">First two digits of the GB/T 2260 code.</param>
/// <param name="Iso">Lower-case ISO 3166-2:CN subdivision code, used in hotline source ids (<c>12315-zj</c>).</param>
/// <param name="PlateChar">The one-character abbreviation used on licence plates (浙).</param>
/// <param name="Residents">Resident population, 2020 (seventh) national census communiqué.</param>
/// <param name="Propensity">
/// Illustrative complaints-per-resident factor (invented, not measured): coastal, richer regions file more complaints
/// per person, which is what makes per-capita hotspot maps differ from raw-count maps.
/// </param>
/// <param name="EcommerceFactor">Illustrative concentration of online shops (Zhejiang and Guangdong host many).</param>
/// <param name="AreaCodes">Real fixed-line area codes of the capital and other large cities, for landline numbers.</param>
internal sealed record ProvinceProfile(
    string Prefix,
    string Iso,
    char PlateChar,
    long Residents,
    double Propensity,
    double EcommerceFactor,
    string[] AreaCodes)
{
    /// <summary>The 31 mainland provinces, autonomous regions and municipalities, in code order.</summary>
    public static readonly ProvinceProfile[] All =
    [
        new("11", "bj", '京', 21_893_095, 1.7, 2.0, ["010"]),
        new("12", "tj", '津', 13_866_009, 1.2, 1.0, ["022"]),
        new("13", "he", '冀', 74_610_235, 0.85, 0.8, ["0311", "0315", "0312"]),
        new("14", "sx", '晋', 34_915_616, 0.8, 0.5, ["0351", "0352"]),
        new("15", "nm", '蒙', 24_049_155, 0.8, 0.4, ["0471", "0472"]),
        new("21", "ln", '辽', 42_591_407, 0.9, 0.7, ["024", "0411"]),
        new("22", "jl", '吉', 24_073_453, 0.8, 0.5, ["0431", "0432"]),
        new("23", "hl", '黑', 31_850_088, 0.8, 0.5, ["0451", "0459"]),
        new("31", "sh", '沪', 24_870_895, 1.7, 2.5, ["021"]),
        new("32", "js", '苏', 84_748_016, 1.3, 2.0, ["025", "0512", "0510"]),
        new("33", "zj", '浙', 64_567_588, 1.6, 4.0, ["0571", "0574", "0577", "0579"]),
        new("34", "ah", '皖', 61_027_171, 0.95, 1.0, ["0551", "0553"]),
        new("35", "fj", '闽', 41_540_086, 1.1, 2.0, ["0591", "0592", "0595"]),
        new("36", "jx", '赣', 45_188_635, 0.85, 0.7, ["0791", "0797"]),
        new("37", "sd", '鲁', 101_527_453, 1.0, 1.3, ["0531", "0532", "0539"]),
        new("41", "ha", '豫', 99_365_519, 0.85, 0.9, ["0371", "0379"]),
        new("42", "hb", '鄂', 57_752_557, 0.95, 0.9, ["027", "0710"]),
        new("43", "hn", '湘', 66_444_864, 0.9, 0.8, ["0731", "0735"]),
        new("44", "gd", '粤', 126_012_510, 1.35, 4.0, ["020", "0755", "0757", "0769"]),
        new("45", "gx", '桂', 50_126_804, 0.8, 0.6, ["0771", "0773"]),
        new("46", "hi", '琼', 10_081_232, 0.9, 0.5, ["0898"]),
        new("50", "cq", '渝', 32_054_159, 1.0, 0.9, ["023"]),
        new("51", "sc", '川', 83_674_866, 0.95, 1.0, ["028", "0816"]),
        new("52", "gz", '贵', 38_562_148, 0.75, 0.5, ["0851", "0852"]),
        new("53", "yn", '云', 47_209_277, 0.75, 0.6, ["0871", "0872"]),
        new("54", "xz", '藏', 3_648_100, 0.55, 0.2, ["0891"]),
        new("61", "sn", '陕', 39_528_999, 0.9, 0.8, ["029", "0917"]),
        new("62", "gs", '甘', 25_019_831, 0.7, 0.4, ["0931", "0938"]),
        new("63", "qh", '青', 5_923_957, 0.65, 0.3, ["0971"]),
        new("64", "nx", '宁', 7_202_654, 0.75, 0.3, ["0951"]),
        new("65", "xj", '新', 25_852_345, 0.7, 0.4, ["0991", "0990"]),
    ];
}
