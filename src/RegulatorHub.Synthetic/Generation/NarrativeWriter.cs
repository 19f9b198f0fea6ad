using System.Text;
using RegulatorHub.Synthetic.Sampling;
using RegulatorHub.Synthetic.Vocabulary;
using RegulatorHub.Synthetic.World;

namespace RegulatorHub.Synthetic.Generation;

/// <summary>
/// Writes Chinese complaint narratives of 60–200 characters from the sentence banks, embedding the complainant's
/// personal data (for about <see cref="SyntheticFeedOptions.PersonalDataShare"/> of them) and number-like text that is
/// not personal data, and records both exactly as written.
/// </summary>
/// <remarks>
/// One instance per generation run (not thread-safe): it reuses its buffers. Personal data sits in a tail built first,
/// so that its length is known and optional sentences are only added where they fit within 200 characters.
/// </remarks>
internal sealed class NarrativeWriter
{
    public const int MinLength = 60;
    public const int MaxLength = 200;

    private const string PlateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string LowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly PersonalDataKind[] s_tailOrder =
    [
        PersonalDataKind.Name, PersonalDataKind.Mobile, PersonalDataKind.Landline, PersonalDataKind.Address,
        PersonalDataKind.ResidentId, PersonalDataKind.BankCard, PersonalDataKind.Email, PersonalDataKind.QQ,
        PersonalDataKind.WeChatId, PersonalDataKind.LicencePlate,
    ];

    // Same order as PersonalDataKind.
    private static readonly AliasTable s_kinds = new([22, 30, 5, 10, 8, 6, 6, 10, 4, 6, 1]);
    private static readonly AliasTable s_kindsVehicle = new([22, 30, 5, 10, 8, 6, 6, 10, 4, 6, 25]);
    private static readonly string[] s_chineseNumbers = ["两", "三", "四", "五", "六", "七", "八", "九", "十"];
    private static readonly Template[] s_hotlineServiceThirdNoAmount = WithoutAmount(Phrases.HotlineServiceThird);
    private static readonly Template[] s_hotlineServiceFirstNoAmount = WithoutAmount(Phrases.HotlineServiceFirst);

    private readonly StringBuilder _body = new(256);
    private readonly StringBuilder _tail = new(160);
    private readonly List<EmbeddedPersonalData> _personal = new(8);
    private readonly List<EmbeddedLookAlike> _lookAlikes = new(8);
    private readonly RegionTable _regions;
    private readonly double _personalDataShare;
    private bool _nameUsed;

    public NarrativeWriter(RegionTable regions, double personalDataShare)
    {
        _regions = regions;
        _personalDataShare = personalDataShare;
    }

    public EmbeddedPersonalData[] PersonalData => _personal.Count == 0 ? [] : [.. _personal];

    public EmbeddedLookAlike[] LookAlikes => _lookAlikes.Count == 0 ? [] : [.. _lookAlikes];

    /// <summary>Writes a narrative; read <see cref="PersonalData"/> and <see cref="LookAlikes"/> afterwards.</summary>
    public string Write(ref NarrativeInput input, ref Person person, Xoshiro256 rng)
    {
        _body.Clear();
        _tail.Clear();
        _personal.Clear();
        _lookAlikes.Clear();
        _nameUsed = false;

        var kinds = 0;
        if (rng.Chance(_personalDataShare))
        {
            var count = rng.NextDouble() switch { < 0.5 => 1, < 0.82 => 2, _ => 3 };
            var table = input.Product.Contains('车', StringComparison.Ordinal) ? s_kindsVehicle : s_kinds;
            while (count > 0)
            {
                var kind = table.Sample(rng);
                if ((kinds & (1 << kind)) == 0)
                {
                    kinds |= 1 << kind;
                    count--;
                }
            }
        }

        if (input.Duplicate)
        {
            _body.Append(rng.Pick(input.ThirdPerson ? Phrases.DuplicateOpenersThird : Phrases.DuplicateOpeners));
        }

        WriteTemplate(_body, PickEvent(ref input, rng), ref input, ref person, rng, kinds);
        var bank = input.Goods
            ? input.Device || input.Problem is not (ProblemKind.Quality or ProblemKind.Safety)
                ? Phrases.ProblemGoods[(int)input.Problem]
                : input.Problem == ProblemKind.Quality ? Phrases.QualityGeneral : Phrases.SafetyGeneral
            : Phrases.ProblemServices[(int)input.Problem] ?? Phrases.ProblemGoods[(int)input.Problem];
        WriteTemplate(_body, rng.Pick(bank), ref input, ref person, rng, kinds);

        // The tail (personal data) goes first so its length is known; a pending name goes into it too.
        var tailMarks = WriteTail(kinds, ref person, rng);
        while (_body.Length + _tail.Length > MaxLength && tailMarks.Count > 0)
        {
            var (length, personalCount) = tailMarks[^1];
            tailMarks.RemoveAt(tailMarks.Count - 1);
            _tail.Length = length;
            _personal.RemoveRange(personalCount, _personal.Count - personalCount);
            if (_tail.Length > 0)
            {
                _tail[^1] = '。';
            }
        }

        if (rng.Chance(0.6))
        {
            var reactions = input.Platform && rng.Chance(0.35) ? Phrases.PlatformReactions : Phrases.Reactions;
            var reaction = rng.Pick(reactions);
            if ((!reaction.Has('C') || input.CreditCode is not null) && (!reaction.Has('L') || input.Goods))
            {
                TryAppend(reaction, ref input, ref person, rng);
            }
        }

        if (rng.Chance(0.8))
        {
            var demands = input.Problem == ProblemKind.PrepaidCard && rng.Chance(0.5) ? Phrases.PrepaidDemands
                : input.Problem == ProblemKind.FoodSafety && rng.Chance(0.4) ? Phrases.FoodDemands
                : input.Platform && rng.Chance(0.4) ? Phrases.PlatformDemands
                : Phrases.Demands;
            TryAppend(rng.Pick(demands), ref input, ref person, rng);
        }

        var filler = rng.NextInt(Phrases.Fillers.Length);
        while (_body.Length + _tail.Length < MinLength)
        {
            WriteTemplate(_body, Phrases.Fillers[filler], ref input, ref person, rng, 0);
            filler = (filler + 1) % Phrases.Fillers.Length;
        }

        _body.Append(_tail);
        return _body.ToString();
    }

    private static Template[] WithoutAmount(Template[] templates) => templates.Where(t => !t.Has('A')).ToArray();

    private static Template PickEvent(ref NarrativeInput input, Xoshiro256 rng)
    {
        if (input.Platform)
        {
            return rng.Pick(input.Goods ? Phrases.PlatformGoodsEvents : Phrases.PlatformServiceEvents);
        }

        if (input.Goods)
        {
            return rng.Pick(input.ThirdPerson ? Phrases.HotlineGoodsThird : Phrases.HotlineGoodsFirst);
        }

        if (!input.HasAmount)
        {
            return rng.Pick(input.ThirdPerson ? s_hotlineServiceThirdNoAmount : s_hotlineServiceFirstNoAmount);
        }

        return rng.Pick(input.ThirdPerson ? Phrases.HotlineServiceThird : Phrases.HotlineServiceFirst);
    }

    /// <summary>Appends an optional sentence, and takes it back if it would push the narrative past 200 characters.</summary>
    private void TryAppend(Template template, ref NarrativeInput input, ref Person person, Xoshiro256 rng)
    {
        var length = _body.Length;
        var lookAlikes = _lookAlikes.Count;
        WriteTemplate(_body, template, ref input, ref person, rng, 0);
        if (_body.Length + _tail.Length > MaxLength)
        {
            _body.Length = length;
            _lookAlikes.RemoveRange(lookAlikes, _lookAlikes.Count - lookAlikes);
        }
    }

    private void WriteTemplate(StringBuilder sb, Template template, ref NarrativeInput input, ref Person person, Xoshiro256 rng, int kinds)
    {
        var literals = template.Literals;
        var tokens = template.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            sb.Append(literals[i]);
            switch (tokens[i])
            {
                case 'W':
                    WriteWho(sb, ref input, ref person, rng, kinds);
                    break;
                case 'D':
                    WritePurchaseDate(sb, ref input, rng);
                    break;
                case 'M':
                    sb.Append(input.MerchantName);
                    break;
                case 'T':
                    sb.Append(input.PlatformName ?? "网店");
                    break;
                case 'P':
                    sb.Append(input.Product);
                    break;
                case 'A':
                    WriteAmount(sb, input.Amount, rng);
                    break;
                case 'O':
                    if (input.OrderNumber is { } order)
                    {
                        sb.Append(order);
                        _lookAlikes.Add(new EmbeddedLookAlike(LookAlikeKind.OrderNumber, order));
                    }

                    break;
                case 'N':
                    WriteSmallNumber(sb, rng);
                    break;
                case 'F':
                    // Refunds, fees and compensation are a fraction of what was paid.
                    WriteAmount(sb, RoundAmount((double)input.Amount * (0.05 + (0.5 * rng.NextDouble()))), rng);
                    break;
                case 'R':
                    WriteTracking(sb, rng);
                    break;
                case 'H':
                    WriteServiceNumber(sb, rng);
                    break;
                case 'L':
                    WriteModel(sb, rng);
                    break;
                case 'C':
                    sb.Append(input.CreditCode);
                    _lookAlikes.Add(new EmbeddedLookAlike(LookAlikeKind.CreditCode, input.CreditCode!));
                    break;
                case 'Q':
                    sb.Append(rng.Pick(Phrases.Claims));
                    break;
                case 'J':
                    sb.Append(rng.Pick(Phrases.MaterialClaims));
                    break;
                case 'K':
                    WriteTime(sb, rng);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown placeholder {{{tokens[i]}}} in \"{template.Source}\".");
            }
        }

        sb.Append(literals[^1]);
        if (template.Mentions12315)
        {
            _lookAlikes.Add(new EmbeddedLookAlike(LookAlikeKind.ServiceNumber, "12315"));
        }
    }

    private void WriteWho(StringBuilder sb, ref NarrativeInput input, ref Person person, Xoshiro256 rng, int kinds)
    {
        var withName = (kinds & (1 << (int)PersonalDataKind.Name)) != 0 && !_nameUsed;
        if (input.ThirdPerson)
        {
            if (withName)
            {
                WriteName(sb, ref person);
                if (rng.Chance(0.25))
                {
                    sb.Append(person.Female ? "（女士）" : "（先生）");
                }
            }

            return;
        }

        if (withName)
        {
            sb.Append("本人");
            WriteName(sb, ref person);
            return;
        }

        sb.Append(rng.Chance(0.6) ? "本人" : "我");
    }

    private void WriteName(StringBuilder sb, ref Person person)
    {
        var start = sb.Length;
        sb.Append(NameBank.Surnames[person.Surname].Surname).Append(person.Given1);
        if (person.Given2 is not null)
        {
            sb.Append(person.Given2);
        }

        _personal.Add(new EmbeddedPersonalData(PersonalDataKind.Name, sb.ToString(start, sb.Length - start)));
        _nameUsed = true;
    }

    /// <summary>Writes the personal-data tail; returns (tail length, personal count) before each item, for trimming.</summary>
    private List<(int Length, int PersonalCount)> WriteTail(int kinds, ref Person person, Xoshiro256 rng)
    {
        var marks = new List<(int, int)>(4);
        if (kinds == 0)
        {
            return marks;
        }

        var items = 0;
        foreach (var kind in s_tailOrder)
        {
            if ((kinds & (1 << (int)kind)) == 0 || (kind == PersonalDataKind.Name && _nameUsed))
            {
                continue;
            }

            marks.Add((_tail.Length, _personal.Count));
            if (items > 0)
            {
                _tail[^1] = '，';
            }
            else if (kind is PersonalDataKind.Mobile or PersonalDataKind.Landline or PersonalDataKind.Email or PersonalDataKind.QQ or PersonalDataKind.WeChatId
                && rng.Chance(0.15))
            {
                _tail.Append("我的联系方式：");
            }

            WriteItem(kind, ref person, rng);
            _tail.Append('。');
            items++;
        }

        return marks;
    }

    private void WriteItem(PersonalDataKind kind, ref Person person, Xoshiro256 rng)
    {
        var sb = _tail;
        if (kind == PersonalDataKind.Name)
        {
            sb.Append(rng.NextInt(4) switch { 0 => "联系人：", 1 => "我叫", 2 => "投诉人", _ => "姓名：" });
            WriteName(sb, ref person);
            if (rng.Chance(0.2))
            {
                sb.Append(person.Female ? "女士" : "先生");
            }

            return;
        }

        sb.Append(kind switch
        {
            PersonalDataKind.Mobile => rng.NextInt(6) switch { 0 => "联系电话：", 1 => "联系电话", 2 => "我的电话", 3 => "手机号", 4 => "手机", _ => "电话" },
            PersonalDataKind.Landline => rng.NextInt(3) switch { 0 => "座机", 1 => "家里电话", _ => "固话：" },
            PersonalDataKind.Address => rng.NextInt(4) switch { 0 => "地址：", 1 => "我家住", 2 => "收货地址是", _ => "住址" },
            PersonalDataKind.ResidentId => rng.NextInt(4) switch { 0 => "身份证号", 1 => "身份证号码：", 2 => "身份证：", _ => "证件号" },
            PersonalDataKind.BankCard => rng.NextInt(3) switch { 0 => "退款请退到我的银行卡", 1 => "银行卡号：", _ => "卡号" },
            PersonalDataKind.Email => rng.NextInt(3) switch { 0 => "邮箱", 1 => "邮箱：", _ => "可发邮件至" },
            PersonalDataKind.QQ => rng.NextInt(3) switch { 0 => "QQ", 1 => "QQ号：", _ => "QQ：" },
            PersonalDataKind.WeChatId => rng.NextInt(3) switch { 0 => "微信号", 1 => "微信：", _ => "加我微信" },
            _ => rng.NextInt(3) switch { 0 => "车牌号", 1 => "车牌", _ => "车辆号牌" },
        });

        var start = sb.Length;
        switch (kind)
        {
            case PersonalDataKind.Mobile:
                WriteMobile(sb, ref person, rng);
                break;
            case PersonalDataKind.Landline:
                WriteLandline(sb, ref person, rng);
                break;
            case PersonalDataKind.Address:
                WriteAddress(sb, ref person, rng);
                break;
            case PersonalDataKind.ResidentId:
                WriteResidentId(sb, ref person, rng);
                break;
            case PersonalDataKind.BankCard:
                WriteBankCard(sb, ref person, rng);
                break;
            case PersonalDataKind.Email:
                WriteEmail(sb, ref person);
                break;
            case PersonalDataKind.QQ:
                Identifiers.AppendNumber(sb, person.QQ);
                break;
            case PersonalDataKind.WeChatId:
                WriteWeChat(sb, ref person);
                break;
            default:
                WritePlate(sb, ref person, rng);
                break;
        }

        _personal.Add(new EmbeddedPersonalData(kind, sb.ToString(start, sb.Length - start)));
    }

    /// <summary>The plain 11-digit mobile number, as hotlines put it in <c>complainant.id</c>.</summary>
    public static string MobileOf(ref Person person)
    {
        Span<char> buffer = stackalloc char[11];
        Identifiers.MobilePrefixes[person.MobilePrefix].AsSpan().CopyTo(buffer);
        Identifiers.WriteDigits(buffer[3..], person.MobileTail);
        return new string(buffer);
    }

    private static void WriteMobile(StringBuilder sb, ref Person person, Xoshiro256 rng)
    {
        Span<char> tail = stackalloc char[8];
        Identifiers.WriteDigits(tail, person.MobileTail);
        var prefix = Identifiers.MobilePrefixes[person.MobilePrefix];
        var roll = rng.NextDouble();
        if (roll < 0.6)
        {
            sb.Append(prefix).Append(tail);
        }
        else if (roll < 0.7)
        {
            sb.Append(rng.Chance(0.5) ? "+86 " : "+86").Append(prefix).Append(tail);
        }
        else if (roll < 0.73)
        {
            sb.Append("0086").Append(prefix).Append(tail);
        }
        else
        {
            var separator = roll < 0.85 ? '-' : ' ';
            if (roll > 0.97)
            {
                sb.Append("+86-");
                separator = '-';
            }

            sb.Append(prefix).Append(separator).Append(tail[..4]).Append(separator).Append(tail[4..]);
        }
    }

    private void WriteLandline(StringBuilder sb, ref Person person, Xoshiro256 rng)
    {
        var province = _regions.Units[person.Unit].ProvinceIndex;
        var codes = _regions.Provinces[province].Profile.AreaCodes;
        var area = codes[person.AreaCode % codes.Length];
        var digits = area.Length == 3 || person.LandlineTail % 10 < 7 ? 8 : 7;
        Span<char> local = stackalloc char[digits];
        Identifiers.WriteDigits(local, person.LandlineTail);
        local[0] = (char)('2' + (person.LandlineTail % 7)); // local numbers never start with 0 or 1
        var roll = rng.NextDouble();
        if (roll < 0.7)
        {
            sb.Append(area).Append('-').Append(local);
        }
        else if (roll < 0.85)
        {
            sb.Append('(').Append(area).Append(')').Append(local);
        }
        else
        {
            sb.Append(area).Append(' ').Append(local);
        }
    }

    private void WriteAddress(StringBuilder sb, ref Person person, Xoshiro256 rng)
    {
        var unit = _regions.Units[person.Unit];
        if (rng.Chance(0.7) || unit.CityName is null)
        {
            sb.Append(_regions.AddressPrefix(person.Unit));
        }
        else
        {
            sb.Append(unit.CityName).Append(unit.Name);
        }

        if (person.Rural)
        {
            sb.Append(NameBank.Towns[person.Town]).Append(NameBank.Surnames[person.Surname].Surname).Append("家村");
            Identifiers.AppendNumber(sb, person.UnitNumber);
            sb.Append('组');
            Identifiers.AppendNumber(sb, person.StreetNumber % 60 + 1);
            sb.Append('号');
            return;
        }

        sb.Append(NameBank.Streets[person.Street]);
        Identifiers.AppendNumber(sb, person.StreetNumber);
        sb.Append('号');
        switch (rng.NextInt(3))
        {
            case 0:
                sb.Append(NameBank.Communities[person.Community]);
                Identifiers.AppendNumber(sb, person.Building);
                sb.Append('幢');
                Identifiers.AppendNumber(sb, person.UnitNumber);
                sb.Append("单元");
                Identifiers.AppendNumber(sb, person.Room);
                sb.Append('室');
                break;
            case 1:
                sb.Append(NameBank.Communities[person.Community]);
                Identifiers.AppendNumber(sb, person.Building);
                sb.Append('-');
                Identifiers.AppendNumber(sb, person.UnitNumber);
                sb.Append('-');
                Identifiers.AppendNumber(sb, person.Room);
                break;
            default:
                Identifiers.AppendNumber(sb, person.Building);
                sb.Append('栋');
                Identifiers.AppendNumber(sb, person.Room);
                sb.Append('室');
                break;
        }
    }

    private void WriteResidentId(StringBuilder sb, ref Person person, Xoshiro256 rng)
    {
        Span<char> id = stackalloc char[18];
        _regions.Units[person.BirthUnit].Code.AsSpan().CopyTo(id);
        var birth = PersonFactory.BirthEpoch.AddDays(person.BirthDays);
        Identifiers.WriteDigits(id.Slice(6, 4), birth.Year);
        Identifiers.WriteDigits(id.Slice(10, 2), birth.Month);
        Identifiers.WriteDigits(id.Slice(12, 2), birth.Day);
        Identifiers.WriteDigits(id.Slice(14, 3), person.IdSequence);
        var check = Identifiers.ResidentIdCheck(id);

        // People type a lower-case x now and then; the check is the same character.
        id[17] = check == 'X' && rng.Chance(0.15) ? 'x' : check;
        sb.Append(id);
    }

    private static void WriteBankCard(StringBuilder sb, ref Person person, Xoshiro256 rng)
    {
        var length = person.BankLength;
        Span<char> card = stackalloc char[length];
        Identifiers.BankBins[person.BankBin].AsSpan().CopyTo(card);
        Identifiers.WriteDigits(card[6..(length - 1)], person.BankBody);
        card[length - 1] = Identifiers.LuhnCheckDigit(card[..(length - 1)]);
        if (rng.Chance(0.75))
        {
            sb.Append(card);
            return;
        }

        for (var i = 0; i < length; i += 4)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append(card.Slice(i, Math.Min(4, length - i)));
        }
    }

    private static void WriteEmail(StringBuilder sb, ref Person person)
    {
        switch (person.MailStyle)
        {
            case 0:
                sb.Append(NameBank.Surnames[person.Surname].Pinyin);
                Identifiers.AppendNumber(sb, person.MailNumber);
                break;
            case 1:
                AppendLetters(sb, person.AccountSalt, 6);
                sb.Append('_');
                Identifiers.AppendNumber(sb, person.MailNumber % 100, 2);
                break;
            default:
                Identifiers.AppendNumber(sb, person.QQ);
                break;
        }

        sb.Append('@').Append(NameBank.MailDomains[person.MailDomain]);
    }

    private static void WriteWeChat(StringBuilder sb, ref Person person)
    {
        switch (person.WeChatStyle)
        {
            case 0:
                sb.Append("wxid_");
                var salt = person.AccountSalt;
                for (var i = 0; i < 10; i++)
                {
                    sb.Append(LowerAlnum[(int)(salt % (ulong)LowerAlnum.Length)]);
                    salt /= (ulong)LowerAlnum.Length;
                }

                break;
            case 1:
                sb.Append(NameBank.Surnames[person.Surname].Pinyin).Append('_');
                Identifiers.AppendNumber(sb, person.WeChatNumber % 10_000);
                break;
            case 2:
                sb.Append(NameBank.Surnames[person.Surname].Pinyin);
                AppendLetters(sb, person.AccountSalt >> 20, 3);
                Identifiers.AppendNumber(sb, person.WeChatNumber % 1000, 3);
                break;
            default:
                AppendLetters(sb, person.AccountSalt >> 7, 4);
                Identifiers.AppendNumber(sb, 1960 + (person.BirthDays / 365), 4);
                break;
        }
    }

    private void WritePlate(StringBuilder sb, ref Person person, Xoshiro256 rng)
    {
        var province = _regions.Units[person.Unit].ProvinceIndex;
        sb.Append(_regions.Provinces[province].Profile.PlateChar).Append(person.PlateLetter);
        if (rng.Chance(0.15))
        {
            sb.Append('·');
        }

        Span<char> body = stackalloc char[5];
        Identifiers.WriteDigits(body, person.PlateBody);
        if (person.PlateBody % 4 == 0)
        {
            sb.Append(person.PlateBody % 8 == 0 ? 'D' : 'F'); // new-energy plates have six characters
        }
        else if (person.PlateBody % 3 == 0)
        {
            body[person.PlateBody % 5] = PlateLetters[person.PlateBody % PlateLetters.Length];
        }

        sb.Append(body);
    }

    private void WritePurchaseDate(StringBuilder sb, ref NarrativeInput input, Xoshiro256 rng)
    {
        var back = input.LongRunning ? rng.NextInt(300) : Math.Min(60, (int)(-10 * Math.Log(1 - rng.NextDouble())));
        var date = input.Received.AddDays(-back);
        var start = sb.Length;
        var roll = rng.NextDouble();
        if (roll < 0.35)
        {
            Identifiers.AppendNumber(sb, date.Year);
            sb.Append('年');
            Identifiers.AppendNumber(sb, date.Month);
            sb.Append('月');
            Identifiers.AppendNumber(sb, date.Day);
            sb.Append('日');
        }
        else if (roll < 0.7)
        {
            Identifiers.AppendNumber(sb, date.Month);
            sb.Append('月');
            Identifiers.AppendNumber(sb, date.Day);
            sb.Append(roll < 0.6 ? '日' : '号');
        }
        else
        {
            var separator = roll < 0.85 ? '-' : roll < 0.95 ? '.' : '/';
            var pad = separator == '-' ? 2 : 1;
            Identifiers.AppendNumber(sb, date.Year);
            sb.Append(separator);
            Identifiers.AppendNumber(sb, date.Month, pad);
            sb.Append(separator);
            Identifiers.AppendNumber(sb, date.Day, pad);
        }

        _lookAlikes.Add(new EmbeddedLookAlike(LookAlikeKind.Date, sb.ToString(start, sb.Length - start)));
    }

    /// <summary>Amounts as consumers write them: 1299元, ¥1299, ￥1,299.00, 89.9元, 300块钱.</summary>
    private void WriteAmount(StringBuilder sb, decimal amount, Xoshiro256 rng)
    {
        var cents = (long)(amount * 100);
        var whole = cents / 100;
        var fraction = cents % 100;
        var start = sb.Length;
        var roll = rng.NextDouble();
        var prefix = roll switch { < 0.15 => "¥", < 0.25 => "￥", _ => null };
        if (prefix is not null)
        {
            sb.Append(prefix);
        }

        if (whole >= 1000 && rng.Chance(0.15))
        {
            AppendGrouped(sb, whole);
        }
        else
        {
            Identifiers.AppendNumber(sb, whole);
        }

        if (fraction != 0 || rng.Chance(0.15))
        {
            sb.Append('.');
            if (fraction % 10 == 0 && fraction != 0 && rng.Chance(0.5))
            {
                Identifiers.AppendNumber(sb, fraction / 10);
            }
            else
            {
                Identifiers.AppendNumber(sb, fraction, 2);
            }
        }

        if (prefix is null)
        {
            sb.Append(fraction == 0 && roll > 0.9 ? (roll > 0.95 ? "块钱" : "块") : "元");
        }

        _lookAlikes.Add(new EmbeddedLookAlike(LookAlikeKind.Amount, sb.ToString(start, sb.Length - start)));
    }

    /// <summary>Prices: one decimal under 100 yuan, whole yuan above.</summary>
    public static decimal RoundAmount(double value)
    {
        value = Math.Clamp(value, 1, 5_000_000);
        return value < 100 ? Math.Round((decimal)value, 1) : Math.Round((decimal)value, 0);
    }

    private static void AppendGrouped(StringBuilder sb, long value)
    {
        if (value >= 1000)
        {
            AppendGrouped(sb, value / 1000);
            sb.Append(',');
            Identifiers.AppendNumber(sb, value % 1000, 3);
            return;
        }

        Identifiers.AppendNumber(sb, value);
    }

    private static void WriteSmallNumber(StringBuilder sb, Xoshiro256 rng)
    {
        if (rng.Chance(0.3))
        {
            sb.Append(rng.Pick(s_chineseNumbers));
            return;
        }

        Identifiers.AppendNumber(sb, 2 + rng.NextInt(8));
    }

    private void WriteTracking(StringBuilder sb, Xoshiro256 rng)
    {
        var start = sb.Length;
        Span<char> digits = stackalloc char[rng.Chance(0.6) ? 12 : 15];
        Identifiers.WriteDigits(digits, rng.NextLong(1_000_000_000_000_000L));
        if (digits.Length == 12)
        {
            sb.Append(rng.Pick(Phrases.TrackingPrefixes));
        }
        else
        {
            digits[0] = (char)('7' + rng.NextInt(3));
        }

        sb.Append(digits);
        _lookAlikes.Add(new EmbeddedLookAlike(LookAlikeKind.TrackingNumber, sb.ToString(start, sb.Length - start)));
    }

    private void WriteServiceNumber(StringBuilder sb, Xoshiro256 rng)
    {
        var start = sb.Length;
        if (rng.Chance(0.75))
        {
            sb.Append("400-");
            Identifiers.AppendNumber(sb, 100 + rng.NextInt(900), 3);
            sb.Append('-');
            Identifiers.AppendNumber(sb, rng.NextInt(10_000), 4);
        }
        else
        {
            sb.Append("95");
            Identifiers.AppendNumber(sb, rng.NextInt(1000), 3);
        }

        _lookAlikes.Add(new EmbeddedLookAlike(LookAlikeKind.ServiceNumber, sb.ToString(start, sb.Length - start)));
    }

    private void WriteModel(StringBuilder sb, Xoshiro256 rng)
    {
        var start = sb.Length;
        var prefix = rng.Pick(Phrases.ModelPrefixes);
        sb.Append(prefix);
        if (prefix.Length == 2 && rng.Chance(0.5))
        {
            sb.Append('-');
        }

        Identifiers.AppendNumber(sb, rng.Chance(0.5) ? 10 + rng.NextInt(90) : (1 + rng.NextInt(9)) * 1000);
        _lookAlikes.Add(new EmbeddedLookAlike(LookAlikeKind.ModelNumber, sb.ToString(start, sb.Length - start)));
    }

    private void WriteTime(StringBuilder sb, Xoshiro256 rng)
    {
        if (rng.Chance(0.5))
        {
            sb.Append(rng.Chance(0.5) ? "今天下午" : "昨天上午");
            Identifiers.AppendNumber(sb, 1 + rng.NextInt(11));
            sb.Append('点');
            return;
        }

        sb.Append("今天");
        var start = sb.Length;
        Identifiers.AppendNumber(sb, 8 + rng.NextInt(13), 2);
        sb.Append(':');
        Identifiers.AppendNumber(sb, rng.NextInt(60), 2);
        _lookAlikes.Add(new EmbeddedLookAlike(LookAlikeKind.Time, sb.ToString(start, sb.Length - start)));
    }

    private static void AppendLetters(StringBuilder sb, ulong bits, int count)
    {
        for (var i = 0; i < count; i++)
        {
            sb.Append((char)('a' + (int)(bits % 26)));
            bits /= 26;
        }
    }
}
