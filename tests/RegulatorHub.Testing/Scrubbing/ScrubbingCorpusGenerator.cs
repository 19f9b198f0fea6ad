using System.Globalization;
using System.Text;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Ingestion.Scrubbing;

namespace RegulatorHub.Testing.Scrubbing;

/// <summary>
/// Deterministic (seeded) generator of labelled Chinese and English complaint narratives with planted personal data
/// at known spans, identifiers glued to CJK characters or split by spaces/dashes, and look-alikes that must survive.
/// </summary>
public sealed class ScrubbingCorpusGenerator
{
    private static readonly string[] s_regions = ["110101", "310104", "330106", "440305", "510107", "320102", "420106", "370202"];
    private static readonly string[] s_areaCodes = ["010", "021", "020", "0571", "0755", "0512", "0431"];
    private static readonly string[] s_domains = ["qq.com", "163.com", "126.com", "gmail.com", "sina.com", "outlook.com", "example.cn"];
    private static readonly string[] s_surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "林", "欧阳"];
    private static readonly string[] s_givenNames = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "建华", "志强", "桂英"];
    private static readonly string[] s_nameMarkers = ["姓名：", "联系人：", "我叫", "本人", "投诉人", "收件人：", "收货人"];
    private static readonly string[] s_nameFollowers = ["，", "。", "于3月购买", "反映", "称", "在店内", "要求退款"];
    private static readonly string[] s_honorifics = ["先生", "女士", "小姐"];
    private static readonly string[] s_adminPrefixes = ["浙江省杭州市西湖区", "广东省深圳市南山区", "上海市浦东新区", "北京市朝阳区", "江苏省苏州市工业园区", "四川省成都市武侯区", "湖北省武汉市洪山区", "山东省青岛市崂山区", "河北省保定市竞秀区", "云南省大理市"];
    private static readonly string[] s_roads = ["文三路", "建国路", "中山大道", "解放街", "人民路", "学院路", "长江路", "和平巷", "幸福村"];
    private static readonly string[] s_provinces = ["京", "沪", "浙", "粤", "苏", "川", "鄂", "鲁", "冀", "闽"];
    private static readonly string[] s_firstNames = ["John", "Mary", "Robert", "Linda", "James", "Susan", "David", "Karen", "Wei", "Li"];
    private static readonly string[] s_lastNames = ["Smith", "Johnson", "Garcia", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Zhang", "Chen"];
    private static readonly string[] s_fillersZh =
    [
        "我在网上购买了一台空调，收到后发现无法制冷。", "商家拒绝退货，客服态度很差。", "要求市场监管部门依法处理。",
        "多次联系售后均无人回应。", "产品质量存在严重问题。", "希望尽快给予答复。", "在超市3号柜台购买的奶粉已过期。",
        "消费者权益受到侵害。", "该店铺虚假宣传。", "快递一直没有送达。",
    ];

    private static readonly string[] s_fillersEn =
    [
        "I bought a laptop online and it stopped working after a week. ", "The seller refused a refund. ",
        "Customer service never replied to my emails. ", "Please investigate this merchant. ",
        "The product was not as described. ", "I want my money back. ",
    ];

    private readonly Random _random;

    /// <summary>Creates a generator; the same seed always yields the same corpus.</summary>
    public ScrubbingCorpusGenerator(int seed) => _random = new Random(seed);

    /// <summary>Generates <paramref name="count"/> narratives, roughly 70% Chinese.</summary>
    public IReadOnlyList<LabelledNarrative> Generate(int count)
    {
        var list = new List<LabelledNarrative>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(_random.NextDouble() < 0.7 ? Chinese() : English());
        }

        return list;
    }

    private LabelledNarrative Chinese()
    {
        var b = new Builder();
        b.Text(Pick(s_fillersZh));
        var clauses = _random.Next(2, 6);
        for (var i = 0; i < clauses; i++)
        {
            switch (_random.Next(16))
            {
                case 0:
                    b.Text(Pick(["身份证号", "身份证：", "证件号码"]));
                    b.Item(PersonalDataKind.ResidentId, ResidentId());
                    b.Text("，");
                    break;
                case 1:
                    b.Text(Pick(["手机", "电话：", "联系方式", "请拨打"]));
                    b.Item(PersonalDataKind.Mobile, Mobile());
                    b.Text(Pick(["联系我。", "，", "。"]));
                    break;
                case 2:
                    b.Text(Pick(["座机", "固话：", "单位电话"]));
                    b.Item(PersonalDataKind.Landline, Landline());
                    b.Text("。");
                    break;
                case 3:
                    b.Text(Pick(["卡号", "银行卡：", "退款到我的卡"]));
                    b.Item(PersonalDataKind.BankCard, BankCard());
                    b.Text("。");
                    break;
                case 4:
                    b.Text(Pick(["邮箱", "邮箱：", "发邮件到"]));
                    b.Item(PersonalDataKind.Email, Email());
                    b.Text("。");
                    break;
                case 5:
                    b.Text(Pick(["QQ", "QQ号", "qq：", "Q号"]));
                    b.Item(PersonalDataKind.QQ, Digits(1, 9) + Digits(_random.Next(4, 10)));
                    b.Text("。");
                    break;
                case 6:
                    b.Text(Pick(["微信", "微信号：", "微信号"]));
                    b.Item(PersonalDataKind.WeChatId, WeChatId());
                    b.Text("，");
                    break;
                case 7:
                    b.Text(Pick(["车牌号", "我的车", "车牌"]));
                    b.Item(PersonalDataKind.LicencePlate, Plate());
                    b.Text("在店里维修。");
                    break;
                case 8:
                    b.Text(Pick(["地址：", "住在", "收货地址"]));
                    b.Text(Pick(s_adminPrefixes));
                    b.Item(PersonalDataKind.Address, AddressTail());
                    b.Text("。");
                    break;
                case 9:
                    b.Text(Pick(s_nameMarkers));
                    b.Item(PersonalDataKind.Name, Pick(s_surnames) + Pick(s_givenNames));
                    b.Text(Pick(s_nameFollowers));
                    break;
                case 10:
                    b.Text(Pick(["客服", "店长", "联系", "售后"]));
                    b.Item(PersonalDataKind.Name, Pick(s_surnames));
                    b.Text(Pick(s_honorifics) + "说会处理。");
                    break;
                default:
                    ChineseLookAlike(b);
                    break;
            }
        }

        b.Text(Pick(s_fillersZh));
        return b.Build();
    }

    private void ChineseLookAlike(Builder b)
    {
        switch (_random.Next(10))
        {
            case 0:
                b.Text(Pick(["订单号", "订单号：", "单号", "运单号", "快递单号："]));
                b.LookAlike(_random.Next(2) == 0 ? LuhnNumber("62", _random.Next(16, 20)) : Digits(_random.Next(12, 22)));
                b.Text("。");
                break;
            case 1:
                b.Text("价格");
                b.LookAlike(Pick(["¥1299", "1299元", "3888.00元", "￥45"]));
                b.Text("，");
                break;
            case 2:
                b.Text("于");
                b.LookAlike(Pick(["2025-03-15", "2025年3月15日", "2024/12/01 14:30", "20250315"]));
                b.Text("下单，");
                break;
            case 3:
                b.Text("编号");
                b.LookAlike(InvalidResidentId());
                b.Text("的商品");
                break;
            case 4:
                b.Text(Pick(["商家统一社会信用代码", "营业执照", "商户"]));
                b.LookAlike(CreditCode());
                b.Text("，");
                break;
            case 5:
                b.Text("型号");
                b.LookAlike(Pick(["SM-G9910", "KFR-35GW", "RTX4090", "iPhone15", "MI-13800138000X"]));
                b.Text("的产品");
                break;
            default:
                b.Text(Pick(["拨打客服", "热线", "致电"]));
                b.LookAlike(Pick(["400-820-8820", "4008208820", "800-810-8888", "95588", "12315", "95533", "400 600 8888"]));
                b.Text("无人接听。");
                break;
        }
    }

    private LabelledNarrative English()
    {
        var b = new Builder();
        b.Text(Pick(s_fillersEn));
        var clauses = _random.Next(2, 6);
        for (var i = 0; i < clauses; i++)
        {
            switch (_random.Next(12))
            {
                case 0:
                    b.Text(Pick(["My name is ", "Name: "]));
                    b.Item(PersonalDataKind.Name, Pick(s_firstNames) + " " + Pick(s_lastNames));
                    b.Text(". ");
                    break;
                case 1:
                    b.Text(Pick(["I spoke to Mr. ", "The manager, Ms. ", "Contact Mrs. "]));
                    b.Item(PersonalDataKind.Name, Pick(s_lastNames));
                    b.Text(", who was rude. ");
                    break;
                case 2:
                    b.Text("My SSN is ");
                    b.Item(PersonalDataKind.UsSsn, $"{_random.Next(1, 666):D3}-{_random.Next(1, 100):D2}-{_random.Next(1, 10000):D4}");
                    b.Text(". ");
                    break;
                case 3:
                    b.Text(Pick(["Call me at ", "Phone: ", "My number is "]));
                    b.Item(PersonalDataKind.UsPhone, UsPhone());
                    b.Text(". ");
                    break;
                case 4:
                    b.Text(Pick(["Email me at ", "Email: "]));
                    b.Item(PersonalDataKind.Email, Email());
                    b.Text(" please. ");
                    break;
                case 5:
                    b.Text(Pick(["My card ", "Card number: "]));
                    b.Item(PersonalDataKind.BankCard, BankCard());
                    b.Text(" was charged twice. ");
                    break;
                case 6:
                    b.Text("My Chinese mobile is ");
                    b.Item(PersonalDataKind.Mobile, Mobile());
                    b.Text(". ");
                    break;
                case 7:
                    b.Text("ID number ");
                    b.Item(PersonalDataKind.ResidentId, ResidentId());
                    b.Text(". ");
                    break;
                default:
                    switch (_random.Next(5))
                    {
                        case 0:
                            b.Text(Pick(["Order #", "Order number ", "Tracking number: "]));
                            b.LookAlike(LuhnNumber("4", 16));
                            break;
                        case 1:
                            b.Text("It cost ");
                            b.LookAlike(Pick(["$45.00", "$1,299.99", "USD 300"]));
                            break;
                        case 2:
                            b.Text("Delivered on ");
                            b.LookAlike(Pick(["2025-03-15", "03/15/2025", "March 15, 2025 at 14:30"]));
                            break;
                        case 3:
                            b.Text("Support line ");
                            b.LookAlike(Pick(["1-800-555-0199", "(888) 555-0100", "800-820-8820"]));
                            break;
                        default:
                            b.Text("Model ");
                            b.LookAlike(Pick(["XPS-9310", "SM-G991B", "A2337"]));
                            break;
                    }

                    b.Text(". ");
                    break;
            }
        }

        b.Text(Pick(s_fillersEn));
        return b.Build();
    }

    private string ResidentId()
    {
        if (_random.Next(8) == 0)
        {
            // Legacy 15-digit ID: region + yymmdd + sequence.
            var d = BirthDate(1940, 1999);
            return Pick(s_regions) + d.ToString("yyMMdd", CultureInfo.InvariantCulture) + Digits(3);
        }

        var body = Pick(s_regions) + BirthDate(1950, 2005).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Digits(3);
        var id = body + CheckCharacter(body);
        return _random.Next(6) switch
        {
            0 => $"{id[..6]} {id[6..14]} {id[14..]}",
            1 => id.ToLowerInvariant(),
            _ => id,
        };
    }

    private string InvalidResidentId()
    {
        // Valid structure with a wrong check character; regions never start with 62 so the number cannot pass as a
        // UnionPay card either.
        var body = Pick(s_regions) + BirthDate(1950, 2005).ToString("yyyyMMdd", CultureInfo.InvariantCulture) + Digits(3);
        var good = CheckCharacter(body);
        const string chars = "0123456789X";
        var bad = chars[(chars.IndexOf(good, StringComparison.Ordinal) + 1 + _random.Next(10)) % 11];
        return body + bad;
    }

    private static char CheckCharacter(string body17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (body17[i] - '0') * weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    private DateTime BirthDate(int fromYear, int toYear) =>
        new DateTime(fromYear, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddDays(_random.Next((toYear - fromYear) * 365));

    private string Mobile()
    {
        var n = "1" + "3456789"[_random.Next(7)] + Digits(9);
        return _random.Next(7) switch
        {
            0 => $"{n[..3]} {n[3..7]} {n[7..]}",
            1 => $"{n[..3]}-{n[3..7]}-{n[7..]}",
            2 => "+86 " + n,
            3 => "+86" + n,
            4 => "0086-" + n,
            _ => n,
        };
    }

    private string Landline()
    {
        var area = Pick(s_areaCodes);
        var local = Digits(2, 8) + Digits(area.Length == 3 ? 7 : 6 + _random.Next(2));
        return _random.Next(3) switch
        {
            0 => area + "-" + local,
            1 => area + " " + local,
            _ => area + local,
        };
    }

    private string BankCard()
    {
        var length = _random.Next(16, 20);
        var n = LuhnNumber(Pick(["62", "4", "5", "62"]), length);
        if (length == 16 || (length == 19 && _random.Next(2) == 0))
        {
            if (_random.Next(2) == 0)
            {
                var sep = _random.Next(2) == 0 ? " " : "-";
                var groups = new List<string>();
                for (var i = 0; i < n.Length; i += 4)
                {
                    groups.Add(n[i..Math.Min(i + 4, n.Length)]);
                }

                return string.Join(sep, groups);
            }
        }

        return n;
    }

    private string LuhnNumber(string prefix, int length)
    {
        var body = prefix + Digits(length - prefix.Length - 1);
        for (var check = 0; check < 10; check++)
        {
            var candidate = body + (char)('0' + check);
            if (Luhn(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("unreachable");
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private string Email()
    {
        var local = _random.Next(3) switch
        {
            0 => "1" + Digits(_random.Next(6, 10)),
            1 => Pick(["zhang.wei", "li_na", "wangfang88", "john.smith", "mary-lee"]),
            _ => Letters(_random.Next(4, 9)) + Digits(2),
        };
        return local + "@" + Pick(s_domains);
    }

    private string WeChatId() => Letters(1) + _random.Next(3) switch
    {
        0 => Letters(_random.Next(5, 10)),
        1 => Letters(3) + "_" + Digits(4),
        _ => Letters(2) + Digits(6),
    };

    private string Plate()
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        var head = Pick(s_provinces) + letters[_random.Next(letters.Length)];
        return _random.Next(4) switch
        {
            0 => head + (_random.Next(2) == 0 ? "D" : "F") + Digits(5),
            1 => head + letters[_random.Next(letters.Length)] + Digits(4),
            2 => head + "·" + Digits(5),
            _ => head + Digits(5),
        };
    }

    private string AddressTail()
    {
        var road = Pick(s_roads) + _random.Next(1, 999).ToString(CultureInfo.InvariantCulture) + "号";
        return _random.Next(3) switch
        {
            0 => road + _random.Next(1, 30).ToString(CultureInfo.InvariantCulture) + Pick(["幢", "栋", "号楼"]) +
                 _random.Next(101, 2505).ToString(CultureInfo.InvariantCulture) + "室",
            1 => road + _random.Next(1, 6).ToString(CultureInfo.InvariantCulture) + "单元",
            _ => road,
        };
    }

    private string UsPhone()
    {
        var area = _random.Next(201, 990).ToString(CultureInfo.InvariantCulture);
        if (area[0] == '8' || area == "400")
        {
            area = "415";
        }

        var exchange = _random.Next(200, 1000).ToString(CultureInfo.InvariantCulture);
        var line = Digits(4);
        return _random.Next(4) switch
        {
            0 => $"({area}) {exchange}-{line}",
            1 => $"{area}-{exchange}-{line}",
            2 => $"+1 {area} {exchange} {line}",
            _ => $"{area}.{exchange}.{line}",
        };
    }

    private string CreditCode()
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var sb = new StringBuilder("91").Append(Pick(s_regions));
        for (var i = 0; i < 10; i++)
        {
            sb.Append(alphabet[_random.Next(alphabet.Length)]);
        }

        // GB 32100 codes of companies nearly always contain letters; force one so the look-alike is unambiguous.
        sb[9] = "ABCDEFGHJKLMNPQRTUWXY"[_random.Next(21)];
        return sb.ToString();
    }

    private string Digits(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + _random.Next(10));
        }

        return new string(chars);
    }

    private string Digits(int min, int max) => ((char)('0' + _random.Next(min, max + 1))).ToString();

    private string Letters(int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('a' + _random.Next(26));
        }

        return new string(chars);
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<PersonalDataSpan> _labels = [];
        private readonly List<string> _lookAlikes = [];

        public void Text(string s) => _text.Append(s);

        public void Item(PersonalDataKind kind, string value)
        {
            _labels.Add(new PersonalDataSpan(kind, _text.Length, value.Length));
            _text.Append(value);
        }

        public void LookAlike(string value)
        {
            _lookAlikes.Add(value);
            _text.Append(value);
        }

        public LabelledNarrative Build() => new(_text.ToString(), _labels, _lookAlikes);
    }
}
