namespace RegulatorHub.Domain.Regions;

/// <summary>Derives the matching-only short names of a Chinese region (浙江省 → 浙江, 恩施土家族苗族自治州 → 恩施).</summary>
/// <remarks>
/// Only the suffixes of the region's own level are stripped, and a short name shorter than two characters is never
/// produced, so 城区 and 矿区 keep only their full names. Ethnic-group names are stripped only after an autonomous-unit
/// suffix (自治区, 自治州, 自治县, 自治旗), so 清水县 does not lose its 水.
/// </remarks>
internal static class RegionNames
{
    private const int MinimumShortLength = 2;

    private static readonly string[] s_provinceSuffixes = ["特别行政区", "自治区", "省", "市"];
    private static readonly string[] s_citySuffixes = ["自治州", "地区", "盟", "市"];
    private static readonly string[] s_countySuffixes = ["自治县", "自治旗", "林区", "特区", "区", "县", "市", "旗"];

    // Ethnic-group names as they appear inside autonomous-unit names. Multi-character names may appear without 族
    // (伊犁哈萨克自治州); single-character names only ever with 族 (大理白族自治州), and are matched only so.
    // 各 stands for 各族, "all ethnic groups" (龙胜各族自治县).
    private static readonly string[] s_ethnicGroups =
    [
        "乌孜别克", "柯尔克孜", "维吾尔", "哈萨克", "塔吉克", "鄂温克", "鄂伦春", "达斡尔", "塔塔尔", "俄罗斯",
        "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗", "撒拉",
        "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
        "高山", "各", "回", "藏", "苗", "彝", "壮", "满", "侗", "瑶", "白", "傣", "黎", "佤", "畲", "水", "土", "羌",
        "怒", "京",
    ];

    /// <summary>Placeholder "city" names that stand for "no prefecture-level city" (municipal districts, 省直辖 units).</summary>
    private static readonly string[] s_cityPlaceholders = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"];

    /// <summary>The short names of a Chinese region, without its full name, distinct, in no particular order.</summary>
    public static IReadOnlyCollection<string> ShortNamesOf(Region region)
    {
        var suffixes = region.Level switch
        {
            RegionLevel.Province => s_provinceSuffixes,
            RegionLevel.City => s_citySuffixes,
            RegionLevel.County => s_countySuffixes,
            _ => [],
        };

        var names = new HashSet<string>(StringComparer.Ordinal);
        var full = region.NameZh;
        foreach (var suffix in suffixes)
        {
            if (!full.EndsWith(suffix, StringComparison.Ordinal) || full.Length - suffix.Length < MinimumShortLength)
            {
                continue;
            }

            var stem = full[..^suffix.Length];
            names.Add(stem);
            if (suffix.StartsWith("自治", StringComparison.Ordinal))
            {
                var stems = StripEthnicGroups(stem);
                names.UnionWith(stems);
                if (suffix == "自治州" && stems.Count > 0)
                {
                    // 恩施州, 延边州, 大理州: the usual way of writing an autonomous prefecture.
                    names.Add(stems[^1] + "州");
                }
            }

            break;
        }

        names.Remove(full);
        return names;
    }

    /// <summary>Whether a city input is a placeholder meaning "directly under the province".</summary>
    public static bool IsCityPlaceholder(ReadOnlySpan<char> text)
    {
        foreach (var placeholder in s_cityPlaceholders)
        {
            if (text.SequenceEqual(placeholder))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Successively strips trailing ethnic-group names, yielding each shorter stem (壮族 → 广西).</summary>
    private static List<string> StripEthnicGroups(string stem)
    {
        var stems = new List<string>();
        var current = stem;
        while (TryStripOne(current, out var shorter))
        {
            stems.Add(shorter);
            current = shorter;
        }

        return stems;
    }

    private static bool TryStripOne(string text, out string shorter)
    {
        foreach (var group in s_ethnicGroups)
        {
            var withZu = group + "族";
            if (text.EndsWith(withZu, StringComparison.Ordinal) && text.Length - withZu.Length >= MinimumShortLength)
            {
                shorter = text[..^withZu.Length];
                return true;
            }

            if (group.Length > 1 && text.EndsWith(group, StringComparison.Ordinal) && text.Length - group.Length >= MinimumShortLength)
            {
                shorter = text[..^group.Length];
                return true;
            }
        }

        shorter = text;
        return false;
    }
}
