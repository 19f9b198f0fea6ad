using System.Text.RegularExpressions;

namespace RegulatorHub.Ingestion.Scrubbing;

/// <summary>Source-generated regular expressions behind <see cref="NarrativeScrubber"/>.</summary>
/// <remarks>
/// Digit rules use <c>(?&lt;![0-9A-Za-z])</c>/<c>(?![0-9A-Za-z])</c> rather than <c>\b</c>: <c>\b</c> does not fire
/// between a digit and a CJK character ("卡号6222…"), and excluding letters keeps digit runs inside model numbers and
/// credit codes (which contain letters) from matching.
/// </remarks>
internal static partial class ScrubPatterns
{
    // Common single-character surnames plus a few compound ones; used to keep "本人购买了…" from reading as a name.
    internal const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

    internal const string ProvinceAbbreviations = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    // Numbers after these markers are order/tracking/merchant/model numbers and must survive even when they happen to
    // pass Luhn or look like an ID. The number itself is the protected region.
    [GeneratedRegex(
        @"(?:快递单号|物流单号|运单号|订单编号|订单号|订单|单号|交易单号|交易号|流水号|统一社会信用代码|社会信用代码|信用代码|税号|营业执照号?|型号)[\s:：#]*(?<v>[0-9A-Za-z][0-9A-Za-z-]{3,40})",
        RegexOptions.CultureInvariant)]
    internal static partial Regex ProtectedChinese();

    // Split from the Chinese markers: a case-insensitive alternative at the front stops the regex engine from
    // searching for the markers' first characters, which made one pattern several times slower on every text.
    [GeneratedRegex(
        @"(?i:order\s*(?:no\.?|number|id|#)|tracking\s*(?:no\.?|number|#)|model\s*(?:no\.?|number)?|invoice\s*(?:no\.?|number|#))[\s:：#]*(?<v>[0-9A-Za-z][0-9A-Za-z-]{3,40})",
        RegexOptions.CultureInvariant)]
    internal static partial Regex ProtectedEnglish();

    // 18 characters (optionally grouped 6-8-4 or 6-4-4-4 with spaces/dashes) or legacy 15 digits.
    [GeneratedRegex(
        @"(?<![0-9A-Za-z])(?:\d{6}[ -]?\d{8}[ -]?\d{3}[\dXx]|\d{6}[ -]\d{4}[ -]\d{4}[ -]\d{3}[\dXx]|\d{15})(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex ResidentId();

    // 16–19 contiguous digits, or groups of four separated by one space/dash with an optional short tail group.
    [GeneratedRegex(
        @"(?<![0-9A-Za-z])(?:\d{16,19}|\d{4}(?<s>[ -])\d{4}\k<s>\d{4}\k<s>\d{4}(?:\k<s>\d{1,3})?)(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex BankCard();

    [GeneratedRegex(
        @"(?<![0-9A-Za-z+])(?:(?:\+|00)86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Mobile();

    // Area code 0 + 2–3 digits (optionally in parentheses), local number starting 2–9, optional extension.
    [GeneratedRegex(
        @"(?<![0-9A-Za-z])(?:\(0\d{2,3}\)\s?|0\d{2,3}[ -]?)[2-9]\d{6,7}(?:-\d{1,4})?(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Landline();

    [GeneratedRegex(
        @"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}(?![A-Za-z])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Email();

    [GeneratedRegex(
        @"(?:(?<![A-Za-z])(?:QQ|qq|Qq)(?:号码|号)?|Q号|扣扣号?)[\s:：]*(?<v>[1-9]\d{4,10})(?!\d)",
        RegexOptions.CultureInvariant)]
    internal static partial Regex QQ();

    // WeChat ids: 6–20 characters starting with a letter. English markers need "ID" or a colon so that
    // "WeChat account" or "WeChat Pay" are not taken as ids.
    [GeneratedRegex(
        @"(?:微信号|微信ID|微信id|微信|(?<![A-Za-z])(?:vx|VX|wx|WX)|(?i:wechat\s*id)\s*[:：]?|(?i:wechat)\s*[:：])[\s:：]*(?<v>[A-Za-z][A-Za-z0-9_-]{5,19})(?![A-Za-z0-9_-])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex WeChat();

    [GeneratedRegex(
        @"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•\s]?[A-HJ-NP-Z0-9]{5,6}(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex LicencePlate();

    // Street-level tail after a county-level suffix (区/县/市/旗/镇). Only the tail (group v) is reported, so the
    // county-level part survives; matching the suffix itself rather than looking behind for it lets the engine search
    // for those five characters instead of trying every position. Common words ending in those characters (超市, 小区 …) are excluded.
    // Road names cannot contain 省/市/区/县/镇, so the tail starts after the innermost division; 旗 (a banner, the
    // county level in Inner Mongolia) is allowed because roads such as 红旗路 are everywhere. The tail needs a road-type word followed by numbered units, or numbered units alone.
    [GeneratedRegex(
        @"[区县市旗镇](?<!超市|都市|门市|社区|小区|地区|景区|校区|专区|服务区|郊区|市区|展区|街区|商区|辖区|片区|新区内)(?<v>[\u4e00-\u9fff-[省市区县镇]]{1,8}?(?:大道|大街|路|街|巷|弄|村|里|小区|花园|公寓|大厦|广场|新村|家园)(?:[\s-]*[0-9A-Za-z一二三四五六七八九十百零〇]{1,6}(?:号楼|号院|号|弄|巷|栋|幢|单元|室|楼|层|组|座))+(?:[\u4e00-\u9fff-[省市区县镇]]{0,6}?(?:小区|花园|苑|城|公寓|大厦|广场|家园|新村|村)|[\s-]*[0-9A-Za-z一二三四五六七八九十百零〇]{1,6}(?:号楼|号院|号|弄|栋|幢|单元|室|楼|层|座)|[\s-]*\d{1,4}(?:-\d{1,5}){1,3}(?![\d-]))*|(?:[\s-]*[0-9A-Za-z一二三四五六七八九十百零〇]{1,6}(?:号楼|号院|号|弄|栋|幢|单元|室|组|座))+)",
        RegexOptions.CultureInvariant)]
    internal static partial Regex AddressTail();

    [GeneratedRegex(
        @"(?:姓名|联系人|我叫|本人|投诉人|来电人|来访人|当事人|收件人|收货人|申请人|举报人|消费者)[\s:：]*(?<v>[\u4e00-\u9fff]{2,4})",
        RegexOptions.CultureInvariant)]
    internal static partial Regex ChineseNameAfterMarker();

    [GeneratedRegex(
        @"(?:(?i:my\s+name\s+is|name\s*:|signed\s*,?|contact\s+person\s*:?)\s*|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)(?<v>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})",
        RegexOptions.CultureInvariant)]
    internal static partial Regex EnglishName();

    // Area 000, 666 and 900–999 were never issued; group 00 and serial 0000 neither.
    [GeneratedRegex(
        @"(?<![0-9A-Za-z-])(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![0-9A-Za-z-])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex UsSsn();

    [GeneratedRegex(
        @"(?<![0-9A-Za-z+])(?:\+1[ .-]?)?(?:\((?<a>[2-9]\d\d)\)\s?|(?<a>[2-9]\d\d)[ .-])[2-9]\d\d[ .-]\d{4}(?![0-9A-Za-z])",
        RegexOptions.CultureInvariant)]
    internal static partial Regex UsPhone();
}
