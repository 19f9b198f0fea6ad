namespace RegulatorHub.Synthetic.Vocabulary;

/// <summary>
/// Sentence banks for narratives, written for this generator. Placeholders: {W} who, {D} purchase date, {M} merchant,
/// {T} platform name, {P} product, {A} amount paid, {O} order number, {N} small count, {F} a second amount,
/// {R} tracking number, {H} company service number, {L} model number, {C} merchant credit code, {Q} advertised claim, {J} material claim,
/// {K} time of day.
/// </summary>
internal static class Phrases
{
    public static readonly Template[] PlatformGoodsEvents = Template.ParseAll(
        "我于{D}在{T}的“{M}”购买了{P}，订单号{O}，实付{A}。",
        "{D}在{T}上的{M}下单了{P}，花了{A}，订单编号：{O}。",
        "本人{D}通过{T}购买{P}（订单号{O}），支付金额{A}。",
        "{D}在{M}的直播间下单了{P}，付款{A}，订单号{O}。",
        "在{T}平台“{M}”店铺购买的{P}，订单{O}，金额{A}，下单时间{D}。",
        "{D}我在{T}买了{P}，店铺是{M}，订单号{O}，一共{A}。",
        "订单号：{O}。{D}购买{M}的{P}，实付款{A}。");

    public static readonly Template[] PlatformServiceEvents = Template.ParseAll(
        "我于{D}在{T}的“{M}”购买了{P}，订单号{O}，支付{A}。",
        "{D}在{T}上开通了{M}的{P}，扣款{A}，订单号{O}。",
        "本人{D}通过{T}预订{M}的{P}，订单号{O}，已付{A}。",
        "{D}在{T}下单{M}的{P}，订单编号{O}，金额{A}。");

    public static readonly Template[] HotlineGoodsThird = Template.ParseAll(
        "消费者{W}来电反映：其于{D}在{M}购买了{P}，花费{A}。",
        "来电人{W}称，{D}在{M}购买{P}，价格{A}。",
        "消费者{W}反映，其{D}在{M}购买的{P}，价款{A}。");

    public static readonly Template[] HotlineGoodsFirst = Template.ParseAll(
        "{W}于{D}在{M}购买了{P}，支付{A}。",
        "{D}我在{M}买了{P}，花了{A}。",
        "我在{M}购买的{P}，购买日期{D}，价格{A}。",
        "{W}{D}在{M}门店购买{P}，付款{A}，有购物小票。");

    public static readonly Template[] HotlineServiceThird = Template.ParseAll(
        "消费者{W}来电反映：其于{D}在{M}办理了{P}，共交费{A}。",
        "来电人{W}称，{D}在{M}消费{P}，已付{A}。",
        "消费者{W}反映，{D}与{M}签订{P}合同，预交{A}。",
        "消费者{W}来电反映{M}的{P}问题。");

    public static readonly Template[] HotlineServiceFirst = Template.ParseAll(
        "{W}于{D}在{M}办理了{P}，共充值{A}。",
        "{D}我在{M}消费{P}，支付了{A}。",
        "{W}{D}在{M}办了{P}，花了{A}。",
        "我要投诉{M}的{P}。");

    /// <summary>Problem sentences for goods, indexed by <see cref="ProblemKind"/>.</summary>
    public static readonly Template[][] ProblemGoods = ByKind(
        (ProblemKind.Quality,
        [
            "收到{P}后使用不到{N}天就出现故障，无法正常使用。",
            "{P}质量有问题，用了{N}天就坏了。",
            "{P}做工粗糙，有明显瑕疵，怀疑是残次品。",
            "{P}刚用{N}天就出现异响和发热，送修后问题依旧。",
            "打开包装发现{P}有破损，而且有使用过的痕迹。",
            "{P}多次出现同样的故障，维修{N}次仍未解决。",
        ]),
        (ProblemKind.AfterSales,
        [
            "联系售后要求维修，对方一直推诿，至今没有解决。",
            "{P}还在保修期内，售后却要求收取{F}维修费。",
            "申请售后{N}天了，客服只会回复“正在处理”。",
            "售后说需要寄回检测，寄回后{N}周没有任何消息。",
        ]),
        (ProblemKind.Contract,
        [
            "商家未按约定时间交货，已经超过{N}天。",
            "购买时约定的赠品和配置没有兑现。",
            "商家单方面取消订单，拒绝履行约定。",
            "交了定金后商家又要求加价，否则不发货。",
        ]),
        (ProblemKind.FalseAdvertising,
        [
            "商家宣传的功效与实际完全不符，属于虚假宣传。",
            "页面宣传“{Q}”，实际收到的完全不是这样。",
            "销售人员夸大宣传，诱导我购买了{P}。",
            "广告说“{Q}”，实际根本做不到。",
        ]),
        (ProblemKind.Price,
        [
            "结账时实际收费比标价高，多收了{F}。",
            "同样的{P}，商家对老顾客的报价比新顾客高。",
            "商品没有明码标价，结账时被收取了高价。",
            "价签标示的价格与实际结算不一致，差了{F}。",
        ]),
        (ProblemKind.Safety,
        [
            "{P}在使用过程中突然冒烟，差点引发火灾。",
            "使用{P}时发生意外，导致家人受伤，就医花了{F}。",
            "{P}外壳漏电，孩子摸到后被电了一下。",
            "{P}存在明显安全隐患，说明书上也没有任何提示。",
        ]),
        (ProblemKind.Counterfeit,
        [
            "经鉴定收到的{P}是假货，商家却坚称是正品。",
            "{P}的防伪码查询显示已被查询{N}次，怀疑是假冒产品。",
            "拿到专柜验证，确认{P}不是正品。",
            "商品标签模糊，没有正规厂家信息，怀疑是假冒伪劣产品。",
        ]),
        (ProblemKind.Measurement,
        [
            "回家称重发现少了{N}两，明显缺斤少两。",
            "买了{N}斤，回家一称少了将近一斤。",
            "实际重量与包装标注不符，商家拒不承认。",
            "电子秤明显有问题，每斤都少好几两。",
        ]),
        (ProblemKind.Dignity,
        [
            "因为要求退货，被店员当众辱骂。",
            "客服多次打电话骚扰，还言语威胁。",
            "在店里被怀疑偷东西，被强行搜包。",
        ]),
        (ProblemKind.PersonalInfo,
        [
            "在{M}留了手机号后，每天接到大量推销电话，怀疑信息被泄露。",
            "下单后马上接到冒充客服的诈骗电话，对方准确说出了我的订单信息。",
            "商家未经同意将我的个人信息提供给第三方。",
        ]),
        (ProblemKind.Other,
        [
            "商家的经营行为不规范，希望相关部门核查。",
            "与商家协商了{N}次都没有结果。",
            "对商家的处理结果很不满意。",
        ]),
        (ProblemKind.Delivery,
        [
            "商家承诺48小时内发货，已经过去{N}天还没有发货。",
            "付款后商家迟迟不发货，催了也没用。",
            "商家以缺货为由单方面取消订单，但页面还在正常销售。",
            "预售说{N}天内发货，结果一拖再拖。",
        ]),
        (ProblemKind.Logistics,
        [
            "快递显示已签收，但我根本没有收到包裹，快递单号{R}。",
            "物流信息{N}天没有更新，快递单号{R}，商家和快递互相推诿。",
            "快递员没有送货上门，直接放在驿站也没有通知。",
            "包裹在运输途中损坏，{P}摔坏了。",
        ]),
        (ProblemKind.Refund,
        [
            "申请退款后商家一直不处理，已经{N}天了。",
            "退货已经寄回商家，快递单号{R}，商家签收后拒不退款。",
            "商家以“已拆封”为由拒绝七天无理由退货。",
            "退款申请被商家驳回{N}次，理由都很牵强。",
        ]),
        (ProblemKind.NotAsDescribed,
        [
            "收到的{P}与商品详情页描述严重不符，颜色和尺寸都不对。",
            "实物和图片差别很大，页面写的是“{J}”，实际根本不是。",
            "商品页面写的是全新，收到的{P}明显是二手的。",
            "详情页写的规格和实际收到的{P}不一样。",
        ]),
        (ProblemKind.PromoFraud,
        [
            "活动前商家先把价格调高再打折，所谓优惠根本不存在。",
            "下单时显示满减，付款后优惠没有生效，差价{F}。",
            "活动页面宣传的赠品和优惠券都没有兑现。",
            "“限时特价”每天都挂着，划线原价是虚构的。",
        ]),
        (ProblemKind.AutoRenewal,
        [
            "我从没有开通过自动续费，却被连续扣费{N}个月。",
            "开通时默认勾选了自动续费，取消入口很难找。",
            "试用期结束后自动扣款{F}，事先没有任何提醒。",
            "关闭自动续费后仍然被扣费{F}。",
        ]),
        (ProblemKind.HiddenCharges,
        [
            "下单时没有提示，结算时多出了{F}的服务费。",
            "预订时显示的价格不含各种附加费，实际多付了{F}。",
            "商家在账单里加收了未告知的“包装费”和“服务费”。",
        ]),
        (ProblemKind.PrepaidCard,
        [
            "门店突然关门，老板联系不上，卡里还有{F}余额没有消费。",
            "商家已经停业，预付的费用无法退还，很多会员都遇到同样的情况。",
            "办卡时承诺可以随时退，现在店铺转让，新老板不认旧卡。",
            "只用了{N}次，店家就以装修为由停业至今。",
            "门店贴出停业通知，工作人员都不见了，剩余{N}次服务无法使用。",
        ]),
        (ProblemKind.FoodSafety,
        [
            "吃了以后全家出现腹泻、呕吐，到医院就诊花了{F}。",
            "发现食品已经过期{N}天，还在货架上销售。",
            "打开包装发现里面有异物，疑似虫子。",
            "包装上没有生产日期和厂家信息，吃了后身体不适。",
            "饭菜里吃出了头发和异物，商家态度恶劣。",
        ]));

    /// <summary>Quality problems of goods that are not machines (clothing, food, cosmetics, furniture, …).</summary>
    public static readonly Template[] QualityGeneral = Template.ParseAll(
        "{P}质量很差，用了没几天就出现破损。",
        "收到的{P}有明显瑕疵，怀疑是残次品。",
        "{P}和之前买的完全不一样，做工粗糙。",
        "打开包装发现{P}已经损坏，而且有使用过的痕迹。",
        "{P}有刺鼻的异味，放了{N}天都散不掉。",
        "{P}的质量与价格严重不符，明显是以次充好。");

    /// <summary>Safety problems of goods that are not machines.</summary>
    public static readonly Template[] SafetyGeneral = Template.ParseAll(
        "使用{P}后皮肤出现红肿过敏，去医院花了{F}。",
        "{P}边缘锋利，孩子使用时被划伤。",
        "{P}没有任何安全警示标识，存在明显安全隐患。",
        "{P}有很重的化学气味，担心有毒有害物质超标。");

    /// <summary>Problem sentences for services; kinds without a services entry fall back to goods.</summary>
    public static readonly Template[][] ProblemServices = ByKind(
        (ProblemKind.Quality,
        [
            "服务质量很差，与宣传的标准相差很大。",
            "实际提供的{P}完全达不到承诺，服务人员态度敷衍。",
            "{P}过程中工作人员操作不规范，结果很不满意。",
            "对方提供的{P}严重缩水，很多项目都没有做。",
        ]),
        (ProblemKind.AfterSales,
        [
            "服务出现问题后联系客服，对方互相推诿，没人负责。",
            "多次要求处理，商家一直拖延，不给明确答复。",
            "投诉{N}次了，客服每次都说会有专人联系，但从来没人联系。",
        ]),
        (ProblemKind.Contract,
        [
            "合同约定的服务内容没有履行，商家单方面变更条款。",
            "要求解除合同，商家拒绝退还剩余费用。",
            "签合同时说可以随时退费，现在却以各种理由不退。",
            "商家擅自更换服务人员和服务项目，与合同约定不符。",
        ]),
        (ProblemKind.Safety,
        [
            "{P}过程中操作不当，导致身体受伤，医药费花了{F}。",
            "服务场所存在安全隐患，消防通道被堵死。",
            "做完{P}后出现红肿过敏，商家不承认是他们的问题。",
        ]),
        (ProblemKind.Measurement,
        [
            "本月账单显示用量是平时的{N}倍，怀疑计量表有问题。",
            "计费时长与实际使用不一致，多计了{N}个小时。",
        ]),
        (ProblemKind.Dignity,
        [
            "因为提出异议，被工作人员辱骂。",
            "催收人员多次打电话给我的家人和同事，言语威胁。",
            "导游强制购物，不买就冷嘲热讽。",
        ]),
        (ProblemKind.PersonalInfo,
        [
            "注册后每天接到大量推销电话，怀疑个人信息被泄露。",
            "APP强制索取通讯录权限，不同意就不能使用。",
            "商家未经同意将我的个人信息提供给第三方。",
        ]));

    public static readonly Template[] Reactions = Template.ParseAll(
        "联系商家客服多次，对方一直推诿。",
        "多次沟通无果，客服电话{H}一直打不通。",
        "商家答应处理，但至今没有任何回复。",
        "商家只同意补偿{F}，我不能接受。",
        "商家客服态度很差，直接把我拉黑了。",
        "已经保留了聊天记录和付款截图。",
        "商家声称是人为损坏，拒绝承担责任。",
        "商家表示只能换货不能退款。",
        "商家让我自行联系厂家，厂家又让我找商家。",
        "{K}再次致电商家，对方直接挂断。",
        "商家营业执照上的统一社会信用代码是{C}。",
        "型号{L}，同型号的很多人都遇到了这个问题。");

    public static readonly Template[] PlatformReactions = Template.ParseAll(
        "找平台客服介入，平台也只是让我等待。",
        "申请了平台介入，{N}天了还没有结果。",
        "商家在聊天窗口里一直不回复。");

    public static readonly Template[] Demands = Template.ParseAll(
        "要求退货退款。",
        "要求商家退还全部费用。",
        "请求市场监管部门依法处理。",
        "要求按照“退一赔三”进行赔偿。",
        "要求商家更换新品并赔偿损失。",
        "请求12315帮忙协调。",
        "希望尽快退款，谢谢！",
        "要求商家给个说法。",
        "请求有关部门调查处理，维护消费者合法权益。");

    public static readonly Template[] PlatformDemands = Template.ParseAll(
        "希望平台介入，尽快处理。",
        "要求平台督促商家退款。",
        "要求退货退款并赔偿运费。");

    public static readonly Template[] PrepaidDemands = Template.ParseAll(
        "要求退还剩余预付款{F}。",
        "希望有关部门介入，帮我们追回预付款。");

    public static readonly Template[] FoodDemands = Template.ParseAll(
        "要求赔偿医疗费用。",
        "要求商家按食品安全法十倍赔偿。");

    public static readonly Template[] Fillers = Template.ParseAll(
        "望尽快处理，谢谢！",
        "请相关部门重视。",
        "我已保留相关证据。",
        "此事给我造成了很大困扰。",
        "希望能早日解决。");

    /// <summary>Openers of a complaint filed again on another channel the same day, in the complainant's words.</summary>
    public static readonly string[] DuplicateOpeners =
    [
        "上午已经打电话反映过，一直没人处理，",
        "之前在网上提交过投诉，再反映一次：",
        "同一件事刚才已经在微信上投诉了，",
        "补充一下之前的投诉，",
    ];

    /// <summary>Openers of a repeated complaint as hotline staff write it up.</summary>
    public static readonly string[] DuplicateOpenersThird =
    [
        "消费者称当天已通过其他渠道投诉过。",
        "重复来电。",
        "来电人表示此前已在网上提交过同一投诉。",
    ];

    public static readonly string[] Claims =
    [
        "全网最低价", "七天无理由退货", "正品保障", "一年包换", "纯棉", "进口原装", "零添加", "包教包会", "不满意全额退款", "终身保修",
    ];

    /// <summary>Material or specification claims a listing makes (for 描述不符).</summary>
    public static readonly string[] MaterialClaims = ["进口原装", "正品行货", "原厂正品", "全新未拆封", "官方授权", "品牌直供"];

    public static readonly string[] ModelPrefixes = ["KX", "HT", "A", "M", "S", "JY", "Pro-", "X"];

    public static readonly string[] TrackingPrefixes = ["QF", "HX", "ZY", "KD", "YS"];

    private static Template[][] ByKind(params (ProblemKind Kind, string[] Sources)[] entries)
    {
        var result = new Template[Enum.GetValues<ProblemKind>().Length][];
        foreach (var (kind, sources) in entries)
        {
            result[(int)kind] = Template.ParseAll(sources);
        }

        return result;
    }
}
