using RegulatorHub.Domain.Privacy;
using RegulatorHub.Ingestion.Scrubbing;
using RegulatorHub.Testing.Scrubbing;

namespace RegulatorHub.Ingestion.Tests.Scrubbing;

public sealed class NarrativeScrubberTests
{
    private const string ValidId = "440305199003071236";
    private const string ValidIdWithX = "11010519491231002X";
    private const string LuhnCard19 = "6222021234567890128";
    private const string LuhnCard16 = "6217001234567893";

    [Theory]
    [InlineData("身份证号" + ValidId + "，请核实", ValidId)]
    [InlineData("证件号码11010519491231002x已提供", "11010519491231002x")]
    [InlineData("身份证 440305 19900307 1236 谢谢", "440305 19900307 1236")]
    [InlineData("旧身份证440305900307123，", "440305900307123")]
    public void Detect_ValidResidentId_FindsIt(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.ResidentId, expected);

    [Theory]
    [InlineData("编号440305199003071235的商品")] // wrong check character
    [InlineData("编号440305199013071234的商品")] // month 13
    [InlineData("旧编号440305901307123")] // 15 digits, month 13
    [InlineData("统一社会信用代码91330106MA2GXXXX1X")]
    public void Detect_ResidentIdLookAlike_FindsNothing(string text) => AssertNone(text);

    [Theory]
    [InlineData("手机13800138000联系我", "13800138000")]
    [InlineData("电话138 0013 8000。", "138 0013 8000")]
    [InlineData("电话138-0013-8000。", "138-0013-8000")]
    [InlineData("call +86 13800138000 now", "+86 13800138000")]
    [InlineData("拨打0086-13912345678", "0086-13912345678")]
    public void Detect_Mobile_FindsIt(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.Mobile, expected);

    [Theory]
    [InlineData("型号MI13800138000X")]
    [InlineData("金额12800138000元的交易编号A13800138000")]
    [InlineData("号码1280013800，")] // second digit 2 is no mobile prefix
    public void Detect_MobileLookAlike_FindsNothing(string text) => AssertNone(text);

    [Theory]
    [InlineData("座机0571-88881234。", "0571-88881234")]
    [InlineData("固话01062345678", "01062345678")]
    [InlineData("电话021 6234 567", null)]
    [InlineData("单位电话(010)62345678转", "(010)62345678")]
    public void Detect_Landline_FindsIt(string text, string? expected)
    {
        if (expected is null)
        {
            AssertNone(text);
        }
        else
        {
            AssertSingle(text, PersonalDataKind.Landline, expected);
        }
    }

    [Theory]
    [InlineData("拨打客服400-820-8820无人接听")]
    [InlineData("热线4008208820")]
    [InlineData("致电800-810-8888")]
    [InlineData("打了95588和12315都没用")]
    [InlineData("于2025-03-15下单")]
    [InlineData("2025年3月15日 14:30 到货")]
    public void Detect_ServiceNumbersAndDates_FindsNothing(string text) => AssertNone(text);

    [Theory]
    [InlineData("卡号" + LuhnCard19 + "。", LuhnCard19)]
    [InlineData("银行卡6217 0012 3456 7893，", "6217 0012 3456 7893")]
    [InlineData("card 6217-0012-3456-7893 was charged", "6217-0012-3456-7893")]
    [InlineData("卡号6217 0012 3456 7893 12元", "6217 0012 3456 7893")]
    public void Detect_BankCard_FindsIt(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.BankCard, expected);

    [Theory]
    [InlineData("卡号6222021234567890127。")] // fails Luhn
    [InlineData("订单号" + LuhnCard19 + "已发货")]
    [InlineData("订单号：" + LuhnCard16)]
    [InlineData("快递单号" + LuhnCard19)]
    [InlineData("运单号 " + LuhnCard16)]
    [InlineData("Order #" + LuhnCard16 + " never arrived")]
    [InlineData("编号440305199003071235的商品")] // ID-shaped, bad check, passes Luhn
    public void Detect_BankCardLookAlike_FindsNothing(string text) => AssertNone(text);

    [Theory]
    [InlineData("邮箱zhang.wei@163.com。", "zhang.wei@163.com")]
    [InlineData("Email me at john.smith@example.com please", "john.smith@example.com")]
    [InlineData("发邮件到13800138000@qq.com", "13800138000@qq.com")]
    public void Detect_Email_FindsIt(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.Email, expected);

    [Fact]
    public void Detect_AtSignWithoutDomain_FindsNothing() => AssertNone("@客服 请回复 user@localhost");

    [Theory]
    [InlineData("QQ12345678。", "12345678")]
    [InlineData("QQ号：987654321", "987654321")]
    [InlineData("加我Q号 55667", "55667")]
    public void Detect_QQ_FindsIt(string text, string expected) => AssertSingle(text, PersonalDataKind.QQ, expected);

    [Theory]
    [InlineData("QQ音乐会员1234元")]
    [InlineData("号码12345678")]
    public void Detect_QQLookAlike_FindsNothing(string text) => AssertNone(text);

    [Theory]
    [InlineData("微信号wxid_abc123，", "wxid_abc123")]
    [InlineData("微信zhangsan88联系", "zhangsan88")]
    [InlineData("WeChat ID: mary_lee01", "mary_lee01")]
    public void Detect_WeChat_FindsIt(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.WeChatId, expected);

    [Theory]
    [InlineData("用微信支付了")]
    [InlineData("I paid with WeChat account balance")]
    public void Detect_WeChatLookAlike_FindsNothing(string text) => AssertNone(text);

    [Theory]
    [InlineData("车牌沪A12345在店里", "沪A12345")]
    [InlineData("车牌号粤BD12345", "粤BD12345")]
    [InlineData("我的车浙A·32440", "浙A·32440")]
    public void Detect_LicencePlate_FindsIt(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.LicencePlate, expected);

    [Fact]
    public void Detect_ProvinceWordWithoutPlate_FindsNothing() => AssertNone("新款ABCDEF手机");

    [Fact]
    public void Scrub_Address_KeepsCountyLevelPart()
    {
        var result = NarrativeScrubber.Scrub("住在浙江省杭州市西湖区文三路123号5幢。");

        Assert.Equal("住在浙江省杭州市西湖区[地址]。", result.Text);
        Assert.Equal(1, result.CountOf(PersonalDataKind.Address));
    }

    [Theory]
    [InlineData("地址北京市朝阳区建国路88号3单元1201室", "建国路88号3单元1201室")]
    [InlineData("云南省大理市人民路12号", "人民路12号")]
    [InlineData("住址山东省潍坊市奎文区红旗路295号7栋205室。", "红旗路295号7栋205室")]
    public void Detect_Address_FindsStreetTail(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.Address, expected);

    [Theory]
    [InlineData("在超市3号柜台购买")]
    [InlineData("市场监管局于3月回复")]
    [InlineData("西湖区投诉了这家店的路由器")]
    public void Detect_AddressLookAlike_FindsNothing(string text) => AssertNone(text);

    [Theory]
    [InlineData("姓名：张伟，", "张伟")]
    [InlineData("投诉人王秀英反映", "王秀英")]
    [InlineData("我叫李娜在店内", "李娜")]
    [InlineData("联系人欧阳军称", "欧阳军")]
    [InlineData("本人上官小慧2025年6月7日在门店购买", "上官小慧")]
    [InlineData("投诉人诸葛亮在店内", "诸葛亮")]
    public void Detect_ChineseNameAfterMarker_FindsIt(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.Name, expected);

    [Fact]
    public void Scrub_SurnameWithHonorific_KeepsHonorific()
    {
        var result = NarrativeScrubber.Scrub("客服张先生说会处理，联系人：李女士，姓名：欧阳女士");

        Assert.Equal("客服[姓名]先生说会处理，联系人：[姓名]女士，姓名：[姓名]女士", result.Text);
        Assert.Equal(3, result.CountOf(PersonalDataKind.Name));
    }

    [Theory]
    [InlineData("本人购买了一台空调")]
    [InlineData("我叫了外卖")]
    [InlineData("这位先生和一位女士")]
    [InlineData("消费者权益受到侵害")]
    public void Detect_ChineseNameLookAlike_FindsNothing(string text) => AssertNone(text);

    [Theory]
    [InlineData("My name is John Smith and I want a refund.", "John Smith")]
    [InlineData("I spoke to Mr. Garcia yesterday.", "Garcia")]
    [InlineData("Name: Mary Brown", "Mary Brown")]
    public void Detect_EnglishName_FindsIt(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.Name, expected);

    [Theory]
    [InlineData("My SSN is 123-45-6789.", "123-45-6789")]
    [InlineData("ssn:078-05-1120", "078-05-1120")]
    public void Detect_UsSsn_FindsIt(string text, string expected) => AssertSingle(text, PersonalDataKind.UsSsn, expected);

    [Theory]
    [InlineData("SSN 000-12-3456")]
    [InlineData("SSN 666-12-3456")]
    [InlineData("SSN 912-12-3456")]
    [InlineData("SSN 123-00-3456")]
    public void Detect_InvalidUsSsn_FindsNothing(string text) => AssertNone(text);

    [Theory]
    [InlineData("Call me at (415) 555-0123.", "(415) 555-0123")]
    [InlineData("Phone: 415-555-0123", "415-555-0123")]
    [InlineData("Phone: +1 415 555 0123", "+1 415 555 0123")]
    public void Detect_UsPhone_FindsIt(string text, string expected) =>
        AssertSingle(text, PersonalDataKind.UsPhone, expected);

    [Theory]
    [InlineData("Support line 1-800-555-0199.")]
    [InlineData("It cost $45.00 on 2025-03-15 at 14:30.")]
    [InlineData("Model XPS-9310 and SM-G991B")]
    public void Detect_EnglishLookAlikes_FindsNothing(string text) => AssertNone(text);

    [Fact]
    public void Scrub_EnglishText_UsesEnglishPlaceholders()
    {
        var result = NarrativeScrubber.Scrub("My name is John Smith, phone 415-555-0123, email a.b@example.com, SSN 123-45-6789.");

        Assert.Equal("My name is [NAME], phone [PHONE], email [EMAIL], SSN [SSN].", result.Text);
    }

    [Fact]
    public void Scrub_ChineseText_UsesChinesePlaceholdersAndCounts()
    {
        var text = "投诉人张伟，手机13800138000，身份证" + ValidIdWithX + "，卡号" + LuhnCard19 + "，订单号" + LuhnCard19 + "。";

        var result = NarrativeScrubber.Scrub(text);

        Assert.Equal("投诉人[姓名]，手机[手机号]，身份证[身份证号]，卡号[银行卡号]，订单号" + LuhnCard19 + "。", result.Text);
        Assert.Equal(1, result.CountOf(PersonalDataKind.Mobile));
        Assert.Equal(1, result.CountOf(PersonalDataKind.BankCard));
        Assert.Equal(4, result.Spans.Count);
        Assert.Equal(text.IndexOf("13800138000", StringComparison.Ordinal), result.Spans[1].Start);
    }

    [Fact]
    public void Scrub_NothingToFind_ReturnsSameInstance()
    {
        const string text = "商家拒绝退货，客服态度很差。";

        var result = NarrativeScrubber.Scrub(text);

        Assert.Same(text, result.Text);
        Assert.False(result.Changed);
        Assert.Equal(0, result.Counts.Total);
    }

    [Fact]
    public void Scrub_Concurrently_GivesSameResults()
    {
        var corpus = new ScrubbingCorpusGenerator(7).Generate(400);
        var expected = corpus.Select(n => NarrativeScrubber.Scrub(n.Text).Text).ToArray();
        var actual = new string[corpus.Count];

        Parallel.For(0, corpus.Count, i => actual[i] = NarrativeScrubber.Scrub(corpus[i].Text).Text);

        Assert.Equal(expected, actual);
    }

    private static void AssertSingle(string text, PersonalDataKind kind, string expected)
    {
        var spans = NarrativeScrubber.Detect(text);

        var span = Assert.Single(spans);
        Assert.Equal(kind, span.Kind);
        Assert.Equal(expected, text.Substring(span.Start, span.Length));
    }

    private static void AssertNone(string text) => Assert.Empty(NarrativeScrubber.Detect(text));
}
