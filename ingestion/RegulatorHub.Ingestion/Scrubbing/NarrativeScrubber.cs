using System.Buffers;
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

    private static readonly SearchValues<char> s_surnames = SearchValues.Create(ScrubPatterns.Surnames);

    private static readonly SearchValues<string> s_englishProtectedMarkers =
        SearchValues.Create(["order", "tracking", "model", "invoice"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> s_emailLocalChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-");

    private static readonly SearchValues<char> s_emailDomainChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");


    // Characters that, as the third character after a name marker, are far more often the next word than part of a
    // given name ("投诉人张伟在…"), so the name is cut to two characters.
    private static readonly SearchValues<char> s_nameStopChars = SearchValues.Create("在于的是说了和与向从对把被给已也都就称反投购买电手表因等于到去来要将曾");

    /// <summary>Replaces every detected item with a typed placeholder.</summary>
    /// <param name="text">Narrative to scrub.</param>
    /// <returns>Scrubbed text, counts per kind and the spans found in <paramref name="text"/>.</returns>
    public static ScrubResult Scrub(string text) => Scrub(text, kinds: null);

    /// <summary>Replaces only the detected items of the given kinds, leaving everything else as it was.</summary>
    /// <param name="text">Text to scrub.</param>
    /// <param name="kinds">Kinds to replace; <see langword="null"/> for all.</param>
    /// <returns>Scrubbed text, counts per kind and the replaced spans in <paramref name="text"/>.</returns>
    public static ScrubResult Scrub(string text, IReadOnlySet<PersonalDataKind>? kinds)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = DetectCore(text);
        if (spans is not null && kinds is not null)
        {
            spans.RemoveAll(s => !kinds.Contains(s.Kind));
        }

        if (spans is null || spans.Count == 0)
        {
            return ScrubResult.Unchanged(text);
        }

        var chinese = ContainsCjk(text);
        var sb = new StringBuilder(text.Length);
        var position = 0;
        foreach (var span in spans)
        {
            sb.Append(text, position, span.Start - position);
            sb.Append(Placeholder(span.Kind, chinese));
            position = span.End;
        }

        sb.Append(text, position, text.Length - position);
        return new ScrubResult(sb.ToString(), spans.AsReadOnly());
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


    // Returns null when nothing was found so the no-match path allocates nothing. Each rule runs only when its
    // trigger is present (see ScrubTriggers); the protected ranges are looked for only when something was found.
    private static List<PersonalDataSpan>? DetectCore(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var triggers = ScrubTriggers.Of(text);
        if (!triggers.Any)
        {
            return null;
        }

        List<PersonalDataSpan>? candidates = null;
        if (triggers.LongNumbers is { } numbers)
        {
            AddNumberRules(ref candidates, text, numbers);
        }

        if (triggers.HasQQMarker)
        {
            AddGroupRule(ref candidates, text, ScrubPatterns.QQ(), PersonalDataKind.QQ);
        }

        if (triggers.HasWeChatMarker)
        {
            AddGroupRule(ref candidates, text, ScrubPatterns.WeChat(), PersonalDataKind.WeChatId);
        }

        if (triggers.HasAt)
        {
            AddEmails(ref candidates, text);
        }

        if (triggers.MayHavePlate)
        {
            AddDigitRule(ref candidates, text, 0, ScrubPatterns.LicencePlate(), PersonalDataKind.LicencePlate, IsPlate);
        }

        if (triggers.MayHaveAddress)
        {
            AddGroupRule(ref candidates, text, ScrubPatterns.AddressTail(), PersonalDataKind.Address);
        }

        if (triggers.HasNameMarker || triggers.HasHonorific)
        {
            AddChineseNames(ref candidates, text, triggers);
        }

        if (triggers.HasEnglishNameMarker)
        {
            AddGroupRule(ref candidates, text, ScrubPatterns.EnglishName(), PersonalDataKind.Name);
        }

        if (candidates is null)
        {
            return null;
        }

        RemoveProtected(candidates, text);
        return Resolve(candidates);
    }

    // The number rules run only on a small window around each long written number, not over the whole text: the
    // window is padded so that the rules' boundary look-arounds and prefixes ("+86 ", "(010) ") still see their
    // characters. Spans found in a window are shifted back to positions in the text.
    private static void AddNumberRules(ref List<PersonalDataSpan>? candidates, string text, List<(int Start, int End, int Digits)> numbers)
    {
        const int Padding = 3;
        foreach (var (start, end, digits) in numbers)
        {
            var number = text.AsSpan(start, end - start);
            var from = Math.Max(0, start - Padding);
            var window = text.AsSpan(from, Math.Min(text.Length, end + Padding) - from);

            // Cheap shape checks first: each regex call costs far more than looking at the number's characters.
            var hasSeparator = number.ContainsAnyExceptInRange('0', '9');
            if (digits >= 15)
            {
                AddDigitRule(ref candidates, window, from, ScrubPatterns.ResidentId(), PersonalDataKind.ResidentId, IsResidentId);
            }

            if (digits >= 16)
            {
                AddBankCards(ref candidates, window, from);
            }

            if (number.Contains('-'))
            {
                AddDigitRule(ref candidates, window, from, ScrubPatterns.UsSsn(), PersonalDataKind.UsSsn, static _ => true);
            }

            if (digits >= 10)
            {
                if (MayHoldMobile(number))
                {
                    AddDigitRule(ref candidates, window, from, ScrubPatterns.Mobile(), PersonalDataKind.Mobile, static _ => true);
                }

                if (hasSeparator || window.Contains('('))
                {
                    AddUsPhones(ref candidates, window, from);
                }

                if (window.Contains('0'))
                {
                    AddDigitRule(ref candidates, window, from, ScrubPatterns.Landline(), PersonalDataKind.Landline, static _ => true);
                }
            }
        }
    }

    // A mainland mobile number has "1" followed by 3–9 somewhere in it.
    private static bool MayHoldMobile(ReadOnlySpan<char> number)
    {
        for (var i = number.IndexOf('1'); i >= 0 && i < number.Length - 1; i = number[(i + 1)..].IndexOf('1') is var j and >= 0 ? i + 1 + j : -1)
        {
            if (number[i + 1] is >= '3' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    private static void RemoveProtected(List<PersonalDataSpan> candidates, string text)
    {
        List<(int Start, int End)>? protectedRanges = null;
        var english = text.AsSpan().IndexOfAny(s_englishProtectedMarkers) >= 0
            ? EnumerateMatches(ScrubPatterns.ProtectedEnglish(), text)
            : [];
        foreach (var m in EnumerateMatches(ScrubPatterns.ProtectedChinese(), text).Concat(english))
        {
            var v = m.Groups["v"];
            (protectedRanges ??= []).Add((v.Index, v.Index + v.Length));
        }

        if (protectedRanges is not null)
        {
            candidates.RemoveAll(c => protectedRanges.Exists(p => c.Start < p.End && p.Start < c.End));
        }
    }

    // E-mail addresses are matched only in a window around each '@': the pattern, run over a whole English text,
    // would try every letter as the start of an address.
    private static void AddEmails(ref List<PersonalDataSpan>? candidates, string text)
    {
        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            var from = at;
            while (from > 0 && at - from < 64 && s_emailLocalChars.Contains(text[from - 1]))
            {
                from--;
            }

            var to = at + 1;
            while (to < text.Length && to - at < 256 && s_emailDomainChars.Contains(text[to]))
            {
                to++;
            }

            var windowStart = Math.Max(0, from - 1);
            AddDigitRule(ref candidates, text.AsSpan(windowStart, Math.Min(text.Length, to + 1) - windowStart), windowStart, ScrubPatterns.Email(), PersonalDataKind.Email, static _ => true);
        }
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
    // check character) does not hide a valid identifier starting later. Spans are reported at shift + index.
    private static void AddDigitRule(
        ref List<PersonalDataSpan>? candidates, ReadOnlySpan<char> text, int shift, Regex regex, PersonalDataKind kind, Func<ReadOnlySpan<char>, bool> isValid)
    {
        // ValueMatch enumeration allocates nothing per match, which matters because these rules run many times per text.
        var start = 0;
        while (start < text.Length)
        {
            var restart = -1;
            foreach (var m in regex.EnumerateMatches(text, start))
            {
                if (isValid(text.Slice(m.Index, m.Length)))
                {
                    (candidates ??= []).Add(new PersonalDataSpan(kind, shift + m.Index, m.Length));
                    continue;
                }

                restart = m.Index + 1;
                break;
            }

            if (restart < 0)
            {
                return;
            }

            start = restart;
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

    private static void AddBankCards(ref List<PersonalDataSpan>? candidates, ReadOnlySpan<char> text, int shift)
    {
        Span<char> digits = stackalloc char[24];
        var regex = ScrubPatterns.BankCard();
        var start = 0;
        while (start < text.Length)
        {
            var next = -1;
            foreach (var m in regex.EnumerateMatches(text, start))
            {
                var value = text.Slice(m.Index, m.Length);
                var n = IdentifierChecks.CompactDigits(value, digits);
                if (n is >= 16 and <= 19 && IdentifierChecks.PassesLuhn(digits[..n]) &&
                    !IdentifierChecks.HasResidentIdShape(digits[..n]))
                {
                    (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.BankCard, shift + m.Index, m.Length));
                    continue;
                }

                // A grouped 16-digit card followed by an unrelated short number ("6222 … 1234 12元") was over-extended
                // by the optional tail group; retry with exactly four groups.
                if (m.Length > 19 && !char.IsAsciiDigit(value[4]) && n > 16 && IdentifierChecks.PassesLuhn(digits[..16]))
                {
                    (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.BankCard, shift + m.Index, 19));
                    continue;
                }

                next = m.Index + 1;
                break;
            }

            if (next < 0)
            {
                return;
            }

            start = next;
        }
    }

    private static void AddUsPhones(ref List<PersonalDataSpan>? candidates, ReadOnlySpan<char> text, int shift)
    {
        Span<char> digits = stackalloc char[16];
        foreach (var m in ScrubPatterns.UsPhone().EnumerateMatches(text))
        {
            // Toll-free numbers (and the Chinese 400/800 service numbers that share the 3-3-4 shape) belong to
            // businesses, not people. The area code is the first three digits after an optional +1.
            var value = text.Slice(m.Index, m.Length);
            var n = IdentifierChecks.CompactDigits(value, digits);
            var area = digits[(n - 10)..(n - 7)];
            if (area is not ("400" or "800" or "822" or "833" or "844" or "855" or "866" or "877" or "880" or "888"))
            {
                (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.UsPhone, shift + m.Index, m.Length));
            }
        }
    }

    private static void AddChineseNames(ref List<PersonalDataSpan>? candidates, string text, ScrubTriggers triggers)
    {
        var afterMarkers = triggers.HasNameMarker ? EnumerateMatches(ScrubPatterns.ChineseNameAfterMarker(), text) : [];
        foreach (var m in afterMarkers)
        {
            // 2–4 ideographs follow the marker: a surname (one character, or two for 欧阳, 上官 …) and a given name of
            // one or two, possibly followed by the next word.
            var v = m.Groups["v"];
            var captured = v.ValueSpan;
            var surname = captured.Length >= 3 && IsCompoundSurname(captured[..2]) ? 2 : 1;
            if (surname == 1 && !s_surnames.Contains(captured[0]))
            {
                continue;
            }

            // "联系人张先生" is left to the honorific rule so only the surname is replaced.
            var given = captured[surname..];
            if (given is "先" or "女" or "小" || given.StartsWith("先生") || given.StartsWith("女士") || given.StartsWith("小姐"))
            {
                continue;
            }

            given = given[..Math.Min(2, given.Length)];
            var length = surname + (given.Length == 2 && s_nameStopChars.Contains(given[1]) ? 1 : given.Length);
            (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.Name, v.Index, length));
        }

        if (triggers.HasHonorific)
        {
            AddSurnamesBeforeHonorifics(ref candidates, text);
        }
    }

    // "张先生", "欧阳女士": only the surname is captured, so the sentence keeps its grammar. Searching for the honorific
    // and looking back is several times faster than a pattern that must try every ideograph as a surname.
    private static void AddSurnamesBeforeHonorifics(ref List<PersonalDataSpan>? candidates, string text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var i = ScrubTriggers.Honorifics.IndexIn(text.AsSpan(offset));
            if (i < 0)
            {
                return;
            }

            var at = offset + i;
            if (at >= 2 && IsCompoundSurname(text.AsSpan(at - 2, 2)))
            {
                (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.Name, at - 2, 2));
            }
            else if (at >= 1 && s_surnames.Contains(text[at - 1]))
            {
                (candidates ??= []).Add(new PersonalDataSpan(PersonalDataKind.Name, at - 1, 1));
            }

            offset = at + 2;
        }
    }

    private static bool IsCompoundSurname(ReadOnlySpan<char> s) => s is "欧阳" or "司马" or "上官" or "诸葛" or "东方" or "皇甫" or "慕容" or "令狐";
}
