using System.Buffers;
using System.Collections.ObjectModel;
using System.Text;
using System.Text.RegularExpressions;
using RegulatorHub.Domain.Privacy;

namespace RegulatorHub.Ingestion.Scrubbing;

/// <summary>
/// Finds and replaces personal data (IDs, phones, cards, e-mail, QQ/WeChat, plates, addresses, names, US SSNs and
/// phones) in Chinese and English complaint narratives. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Placeholder language is chosen per narrative: if the text contains any CJK ideograph, Chinese placeholders
/// (<c>[手机号]</c>, <c>[身份证号]</c> …) are used, otherwise English ones (<c>[PHONE]</c>, <c>[ID]</c> …). A narrative is
/// read by one audience, so mixing placeholder languages inside one text would only make it harder to read.
/// </para>
/// <para>
/// For addresses only the street-level tail is replaced ("浙江省杭州市西湖区[地址]"), because the county is what the
/// analytics need. For "张先生" only the surname is replaced ("[姓名]先生") so the sentence still reads naturally.
/// Numbers after order/tracking/model/credit-code markers (订单号, 运单号, 型号, order no …) are never scrubbed, even
/// when they pass Luhn or the ID check.
/// </para>
/// </remarks>
public static class NarrativeScrubber
{
    // Kinds in order of precedence when two rules claim overlapping text: the most specific, checksum-validated
    // or marker-anchored rules win over looser patterns.
    private static readonly PersonalDataKind[] s_precedence =
    [
        PersonalDataKind.Email,
        PersonalDataKind.ResidentId,
        PersonalDataKind.BankCard,
        PersonalDataKind.QQ,
        PersonalDataKind.WeChatId,
        PersonalDataKind.UsSsn,
        PersonalDataKind.Mobile,
        PersonalDataKind.UsPhone,
        PersonalDataKind.Landline,
        PersonalDataKind.LicencePlate,
        PersonalDataKind.Address,
        PersonalDataKind.Name,
    ];

    // Words that can start a detection without any ASCII digit or '@' in the text; used only by the fast pre-check.
    private static readonly SearchValues<string> s_markerWords = SearchValues.Create(
        [
            "姓名", "联系人", "我叫", "本人", "投诉人", "来电人", "来访人", "当事人", "收件人", "收货人", "申请人", "举报人", "消费者",
            "先生", "女士", "小姐", "微信", "wechat", "vx", "wx", "号", "室", "幢", "栋", "单元", "弄",
            "name", "signed", "contact", "mr", "ms", "miss", "dr",
        ],
        StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> s_surnames = SearchValues.Create(ScrubPatterns.Surnames);

    // Characters that, as the third character after a name marker, are far more often the next word than part of a
    // given name ("投诉人张伟在…"), so the name is cut to two characters.
    private static readonly SearchValues<char> s_nameStopChars = SearchValues.Create("在于的是说了和与向从对把被给已也都就称反投购买电手表因等于到去来要将曾");

    private static readonly HashSet<string> s_tollFreeAreaCodes =
        new(["400", "800", "822", "833", "844", "855", "866", "877", "880", "888"], StringComparer.Ordinal);

    /// <summary>Replaces every detected item with a typed placeholder.</summary>
    /// <param name="text">Narrative to scrub.</param>
    /// <returns>Scrubbed text, counts per kind and the spans found in <paramref name="text"/>.</returns>
    public static ScrubResult Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = DetectCore(text);
        if (spans is null)
        {
            return ScrubResult.Unchanged(text);
        }

        var chinese = ContainsCjk(text);
        var counts = new Dictionary<PersonalDataKind, int>();
        var sb = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in spans)
        {
            sb.Append(text, position, span.Start - position);
            sb.Append(Placeholder(span.Kind, chinese));
            position = span.End;
            counts[span.Kind] = counts.TryGetValue(span.Kind, out var n) ? n + 1 : 1;
        }

        sb.Append(text, position, text.Length - position);
        return new ScrubResult(sb.ToString(), spans.AsReadOnly(), new ReadOnlyDictionary<PersonalDataKind, int>(counts));
    }

    /// <summary>Finds personal data without changing the text.</summary>
    /// <param name="text">Narrative to inspect.</param>
    /// <returns>Non-overlapping spans in <paramref name="text"/>, ordered by start.</returns>
    public static IReadOnlyList<PersonalDataSpan> Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (IReadOnlyList<PersonalDataSpan>?)DetectCore(text) ?? [];
    }

    /// <summary>Placeholder used for <paramref name="kind"/>.</summary>
    /// <param name="kind">Kind of personal data.</param>
    /// <param name="chinese">Whether the narrative is Chinese.</param>
    public static string Placeholder(PersonalDataKind kind, bool chinese) => (kind, chinese) switch
    {
        (PersonalDataKind.ResidentId, true) => "[身份证号]",
        (PersonalDataKind.Mobile, true) => "[手机号]",
        (PersonalDataKind.Landline, true) => "[电话]",
        (PersonalDataKind.BankCard, true) => "[银行卡号]",
        (PersonalDataKind.Email, true) => "[邮箱]",
        (PersonalDataKind.QQ, true) => "[QQ号]",
        (PersonalDataKind.WeChatId, true) => "[微信号]",
        (PersonalDataKind.LicencePlate, true) => "[车牌号]",
        (PersonalDataKind.Address, true) => "[地址]",
        (PersonalDataKind.Name, true) => "[姓名]",
        (PersonalDataKind.UsSsn, true) => "[社保号]",
        (PersonalDataKind.UsPhone, true) => "[电话]",
        (PersonalDataKind.ResidentId, false) => "[ID]",
        (PersonalDataKind.Mobile or PersonalDataKind.Landline or PersonalDataKind.UsPhone, false) => "[PHONE]",
        (PersonalDataKind.BankCard, false) => "[CARD]",
        (PersonalDataKind.Email, false) => "[EMAIL]",
        (PersonalDataKind.QQ, false) => "[QQ]",
        (PersonalDataKind.WeChatId, false) => "[WECHAT]",
        (PersonalDataKind.LicencePlate, false) => "[PLATE]",
        (PersonalDataKind.Address, false) => "[ADDRESS]",
        (PersonalDataKind.Name, false) => "[NAME]",
        (PersonalDataKind.UsSsn, false) => "[SSN]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown personal data kind."),
    };

    private static bool ContainsCjk(string text) => text.AsSpan().IndexOfAnyInRange('\u4e00', '\u9fff') >= 0;

    private static bool MightContainPersonalData(string text)
    {
        var s = text.AsSpan();
        return s.IndexOfAnyInRange('0', '9') >= 0 || s.Contains('@') || s.IndexOfAny(s_markerWords) >= 0;
    }

    // Returns null when nothing was found so the no-match path allocates nothing beyond the regex scans.
    private static List<PersonalDataSpan>? DetectCore(string text)
    {
        if (text.Length == 0 || !MightContainPersonalData(text))
        {
            return null;
        }

        List<PersonalDataSpan>? candidates = null;
        List<(int Start, int End)>? protectedRanges = null;

        foreach (var m in EnumerateMatches(ScrubPatterns.Protected(), text))
        {
            var v = m.Groups["v"];
            (protectedRanges ??= []).Add((v.Index, v.Index + v.Length));
        }

        AddDigitRule(ref candidates, text, ScrubPatterns.ResidentId(), PersonalDataKind.ResidentId, IsResidentId);
        AddBankCards(ref candidates, text);
        AddGroupRule(ref candidates, text, ScrubPatterns.QQ(), PersonalDataKind.QQ);
        AddGroupRule(ref candidates, text, ScrubPatterns.WeChat(), PersonalDataKind.WeChatId);
        AddDigitRule(ref candidates, text, ScrubPatterns.UsSsn(), PersonalDataKind.UsSsn, static _ => true);
        AddDigitRule(ref candidates, text, ScrubPatterns.Mobile(), PersonalDataKind.Mobile, static _ => true);
        AddUsPhones(ref candidates, text);
        AddDigitRule(ref candidates, text, ScrubPatterns.Landline(), PersonalDataKind.Landline, static _ => true);
        AddDigitRule(ref candidates, text, ScrubPatterns.Email(), PersonalDataKind.Email, static _ => true);
        AddDigitRule(ref candidates, text, ScrubPatterns.LicencePlate(), PersonalDataKind.LicencePlate, IsPlate);
        AddDigitRule(ref candidates, text, ScrubPatterns.AddressTail(), PersonalDataKind.Address, static _ => true);
        AddChineseNames(ref candidates, text);
        AddGroupRule(ref candidates, text, ScrubPatterns.EnglishName(), PersonalDataKind.Name);

        if (candidates is null)
        {
            return null;
        }

        if (protectedRanges is not null)
        {
            candidates.RemoveAll(c => protectedRanges.Exists(p => c.Start < p.End && p.Start < c.End));
        }

        return Resolve(candidates);
    }

    private static List<PersonalDataSpan>? Resolve(List<PersonalDataSpan> candidates)
    {
        if (candidates.Count == 0)
        {
            return null;
        }

        candidates.Sort(static (a, b) =>
        {
            var byRank = Array.IndexOf(s_precedence, a.Kind).CompareTo(Array.IndexOf(s_precedence, b.Kind));
            if (byRank != 0)
            {
                return byRank;
            }

            var byLength = b.Length.CompareTo(a.Length);
            return byLength != 0 ? byLength : a.Start.CompareTo(b.Start);
        });

        var accepted = new List<PersonalDataSpan>(candidates.Count);
        foreach (var c in candidates)
        {
            if (!accepted.Exists(a => a.Overlaps(c)))
            {
                accepted.Add(c);
            }
        }

        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return accepted;
    }

    private static IEnumerable<Match> EnumerateMatches(Regex regex, string text)
    {
        var m = regex.Match(text);
        while (m.Success)
        {
            yield return m;
            m = m.NextMatch();
        }
    }

    // Restarts one character after a rejected match so that a failed validation (e.g. an 18-digit run with a bad
    // check character) does not hide a valid identifier starting later.
    private static void AddDigitRule(
        ref List<PersonalDataSpan>? candidates, string text, Regex regex, PersonalDataKind kind, Func<ReadOnlySpan<char>, bool> isValid)
    {
        var start = 0;
        while (start < text.Length)
        {
            var m = regex.Match(text, start);
            if (!m.Success)
            {
                return;
            }

            if (isValid(m.ValueSpan))
            {
                (candidates ??= []).Add(new PersonalDataSpan(kind, m.Index, m.Length));
                start = m.Index + Math.Max(1, m.Length);
            }
            else
            {
                start = m.Index + 1;
            }
        }
    }

    private static void AddGroupRule(ref List<PersonalDataSpan>? candidates, string text, Regex regex, PersonalDataKind kind)
    {
        foreach (var m in EnumerateMatches(regex, text))
        {
            var v = m.Groups["v"];
            (candidates ??= []).Add(new PersonalDataSpan(kind, v.Index, v.Length));
        }
    }

    private static bool IsResidentId(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[20];
        var n = IdentifierChecks.CompactDigits(value, digits);
        return n switch
        {
            18 => IdentifierChecks.IsValidResidentId18(digits[..18]),
            15 => value.Length == 15 && IdentifierChecks.IsValidResidentId15(digits[..15]),
            _ => false,
        };
    }

    private static bool IsPlate(ReadOnlySpan<char> value)
    {
        // Real plates carry at least three digits in the serial; this rejects words like "新A款ABCDE".
        var digits = 0;
        foreach (var c in value[2..])
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
        }

        return digits >= 3;
    }

    private static void AddBankCards(ref List<PersonalDataSpan>? candidates, string text)
    {
        Span<char> digits = stackalloc char[24];
        var regex = ScrubPatterns.BankCard();
        var start = 0;
        while (start < text.Length)
        {
            var m = regex.Match(text, start);
            if (!m.Success)
            {
                return;
            }

            var n = IdentifierChecks.CompactDigits(m.ValueSpan, digits);
            if (n is >= 16 and <= 19 && IdentifierChecks.PassesLuhn(digits[..n]) &&
                !IdentifierChecks.HasResidentIdShape(digits[..n]))
            {
                (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.BankCard, m.Index, m.Length));
                start = m.Index + m.Length;
                continue;
            }

            // A grouped 16-digit card followed by an unrelated short number ("6222 … 1234 12元") was over-extended by
            // the optional tail group; retry with exactly four groups.
            if (m.Length > 19 && !char.IsAsciiDigit(m.ValueSpan[4]) && n > 16 &&
                IdentifierChecks.PassesLuhn(digits[..16]))
            {
                (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.BankCard, m.Index, 19));
                start = m.Index + m.Length;
                continue;
            }

            start = m.Index + 1;
        }
    }

    private static void AddUsPhones(ref List<PersonalDataSpan>? candidates, string text)
    {
        foreach (var m in EnumerateMatches(ScrubPatterns.UsPhone(), text))
        {
            // Toll-free numbers (and the Chinese 400/800 service numbers that share the 3-3-4 shape) belong to
            // businesses, not people.
            if (!s_tollFreeAreaCodes.Contains(m.Groups["a"].Value))
            {
                (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.UsPhone, m.Index, m.Length));
            }
        }
    }

    private static void AddChineseNames(ref List<PersonalDataSpan>? candidates, string text)
    {
        foreach (var m in EnumerateMatches(ScrubPatterns.ChineseNameAfterMarker(), text))
        {
            var v = m.Groups["v"];
            var name = v.ValueSpan;
            if (!s_surnames.Contains(name[0]))
            {
                continue;
            }

            // "联系人张先生" is left to the honorific rule so only the surname is replaced.
            if (name.Length == 3 && (name[1..] is "先生" or "女士" or "小姐"))
            {
                continue;
            }

            if (name.Length >= 2 && name[1..2] is "先" or "女" or "小")
            {
                if (name.Length == 2 || name[1..3] is "先生" or "女士" or "小姐")
                {
                    continue;
                }
            }

            var length = name.Length == 3 && s_nameStopChars.Contains(name[2]) ? 2 : name.Length;
            (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.Name, v.Index, length));
        }

        foreach (var m in EnumerateMatches(ScrubPatterns.ChineseHonorific(), text))
        {
            var v = m.Groups["v"];
            if (v.Length > 1 || s_surnames.Contains(v.ValueSpan[0]))
            {
                (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.Name, v.Index, v.Length));
            }
        }
    }
}
