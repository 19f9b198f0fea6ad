using System.Buffers;

namespace RegulatorHub.Ingestion.Scrubbing;

/// <summary>
/// Cheap necessary conditions for each detection rule, computed with one pass over the text plus a few vectorized
/// searches. A rule whose trigger is absent cannot match, so its regular expression is not run. Most narratives
/// hold only short numbers (amounts, dates), and skipping the digit rules for them is what keeps the scrubber from
/// dominating ingestion time.
/// </summary>
/// <remarks>
/// Every trigger must over-approximate its rule: a false "present" only costs time, a false "absent" would leak.
/// The labelled-corpus tests check recall with the triggers in place.
/// </remarks>
internal readonly struct ScrubTriggers
{
    // Separators that may sit inside a written number: "138 1234 5678", "(010) 8888-6666", "+1 415.555.0100".
    private static readonly SearchValues<char> s_numberSeparators = SearchValues.Create(" -.()+\t\u00a0\u3000");

    private static readonly MarkerWords s_qqMarkers = new(StringComparison.Ordinal, "QQ", "qq", "Qq", "Q号", "扣扣");
    private static readonly MarkerWords s_weChatMarkers = new(StringComparison.OrdinalIgnoreCase, "微信", "vx", "wx", "wechat");
    private static readonly SearchValues<char> s_provinceAbbreviations = SearchValues.Create(ScrubPatterns.ProvinceAbbreviations);
    private static readonly SearchValues<char> s_countyLevelSuffixes = SearchValues.Create("区县市旗镇");
    private static readonly SearchValues<char> s_addressUnits = SearchValues.Create("号弄巷栋幢单室楼层组座");
    private static readonly MarkerWords s_nameMarkers = new(
        StringComparison.Ordinal, "姓名", "联系人", "我叫", "本人", "投诉人", "来电人", "来访人", "当事人", "收件人", "收货人", "申请人", "举报人", "消费者");

    /// <summary>The honorifics after which a surname is replaced ("张先生").</summary>
    internal static readonly MarkerWords Honorifics = new(StringComparison.Ordinal, "先生", "女士", "小姐");
    private static readonly SearchValues<string> s_englishNameMarkersAnyCase = SearchValues.Create(["name", "signed", "contact"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> s_englishTitles = SearchValues.Create(["Mr", "Ms", "Miss", "Dr"], StringComparison.Ordinal);

    private ScrubTriggers(string text)
    {
        var s = text.AsSpan();
        LongNumbers = FindLongNumbers(s, out var longest);
        LongestNumber = longest;
        HasAt = s.Contains('@');
        HasQQMarker = s_qqMarkers.IsIn(s);
        HasWeChatMarker = s_weChatMarkers.IsIn(s);
        MayHavePlate = HasPlateStart(s);
        MayHaveAddress = s.IndexOfAny(s_countyLevelSuffixes) >= 0 && HasNumberedUnit(s);
        HasNameMarker = s_nameMarkers.IsIn(s);
        HasHonorific = Honorifics.IsIn(s);
        HasEnglishNameMarker = s.IndexOfAny(s_englishNameMarkersAnyCase) >= 0 || s.IndexOfAny(s_englishTitles) >= 0;
    }

    /// <summary>Digits in the longest run of digits joined by at most two separator characters at a time.</summary>
    public int LongestNumber { get; }

    /// <summary>Where the written numbers of at least <see cref="Shortest"/> digits are; <see langword="null"/> when none.</summary>
    public List<(int Start, int End, int Digits)>? LongNumbers { get; }

    public bool HasAt { get; }

    public bool HasQQMarker { get; }

    public bool HasWeChatMarker { get; }

    public bool MayHavePlate { get; }

    public bool MayHaveAddress { get; }

    public bool HasNameMarker { get; }

    public bool HasHonorific { get; }

    public bool HasEnglishNameMarker { get; }

    /// <summary>Whether any rule at all could match.</summary>
    public bool Any =>
        LongestNumber >= Shortest || HasAt || HasQQMarker || HasWeChatMarker || MayHavePlate || MayHaveAddress ||
        HasNameMarker || HasHonorific || HasEnglishNameMarker;

    /// <summary>Digits in the shortest digit-rule identifier (a US SSN).</summary>
    public const int Shortest = 9;

    public static ScrubTriggers Of(string text) => new(text);

    // Jumps from digit to digit with a vectorized search (most characters of a narrative are not digits), then walks
    // each written number to its end.
    private static List<(int Start, int End, int Digits)>? FindLongNumbers(ReadOnlySpan<char> s, out int longest)
    {
        List<(int Start, int End, int Digits)>? found = null;
        longest = 0;
        var i = 0;
        while (i < s.Length)
        {
            var next = s[i..].IndexOfAnyInRange('0', '9');
            if (next < 0)
            {
                break;
            }

            var start = i + next;
            int end = start, digits = 0, separators = 0;
            for (i = start; i < s.Length; i++)
            {
                var c = s[i];
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                    end = i + 1;
                    separators = 0;
                }
                else if (!s_numberSeparators.Contains(c) || ++separators > 2)
                {
                    break;
                }
            }

            longest = Math.Max(longest, digits);
            if (digits >= Shortest)
            {
                (found ??= []).Add((start, end, digits));
            }

            i = end;
        }

        return found;
    }

    // Address tails always end in a numbered unit: a digit, letter or Chinese numeral right before 号/室/栋 … .
    private static bool HasNumberedUnit(ReadOnlySpan<char> s)
    {
        var offset = 0;
        while (offset < s.Length)
        {
            var i = s[offset..].IndexOfAny(s_addressUnits);
            if (i < 0)
            {
                return false;
            }

            var at = offset + i;
            if (at > 0 && (char.IsAsciiLetterOrDigit(s[at - 1]) || "一二三四五六七八九十百零〇".Contains(s[at - 1], StringComparison.Ordinal)))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    private static bool HasPlateStart(ReadOnlySpan<char> s)
    {
        var offset = 0;
        while (offset < s.Length)
        {
            var i = s[offset..].IndexOfAny(s_provinceAbbreviations);
            if (i < 0)
            {
                return false;
            }

            var next = offset + i + 1;
            if (next < s.Length && char.IsAsciiLetterUpper(s[next]))
            {
                return true;
            }

            offset = next;
        }

        return false;
    }
}
