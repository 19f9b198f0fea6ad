namespace RegulatorHub.Synthetic.Vocabulary;

/// <summary>
/// Invented platforms, their storefront categories and complaint types. Platform names are made up on purpose: the
/// synthetic feed must never look like data about a real company.
/// </summary>
internal static class PlatformCatalog
{
    public static readonly SyntheticPlatform[] Platforms =
    [
        new("tiangou", "天购商城", 0.30),
        new("jingxuan", "京选优品", 0.22),
        new("pinpin", "拼拼乐", 0.22),
        new("kuaigou", "快购直播", 0.14),
        new("meituo", "美拓生活", 0.12),
    ];

    /// <summary>Case-id prefixes, per platform.</summary>
    public static readonly string[] CasePrefixes = ["TG", "JX", "PP", "KG", "MT"];

    /// <summary>Digits in a shop id, per platform.</summary>
    public static readonly int[] ShopIdDigits = [9, 8, 9, 10, 7];

    /// <summary>Prefix of complainant account ids, per platform.</summary>
    public static readonly string[] AccountPrefixes = ["tg", "jx", "pp", "kg", "mt"];

    /// <summary>Log growth per year of each platform's share: live-stream shopping grows fastest.</summary>
    public static readonly double[] TrendPerYear = [-0.03, 0.0, 0.05, 0.25, 0.08];

    public static readonly PlatformLabel[] Labels =
    [
        new("数码家电", "goods.appliances", ["空调", "冰箱", "洗衣机", "电视机", "扫地机器人", "空气炸锅", "蓝牙耳机"], ["数码", "电器", "家电"], [10, 22, 5, 4, 0], -0.04),
        new("手机通讯", "goods.appliances", ["手机", "智能手表", "充电宝", "手机壳"], ["手机", "通讯", "数码"], [7, 16, 4, 3, 0], -0.03),
        new("电脑办公", "goods.appliances", ["笔记本电脑", "显示器", "打印机", "平板电脑"], ["电脑", "办公"], [4, 10, 1, 1, 0], -0.04),
        new("服饰鞋包", "goods.clothing", ["羽绒服", "运动鞋", "连衣裙", "牛仔裤", "真皮包", "羊毛大衣"], ["服饰", "女装", "男装", "鞋包"], [18, 5, 12, 16, 0], -0.05, "疑似假货:1.5"),
        new("运动户外", "goods.clothing", ["冲锋衣", "跑步鞋", "帐篷", "瑜伽垫"], ["运动", "户外"], [5, 3, 3, 3, 0], 0.0),
        new("汽车用品", "goods.vehicles", ["行车记录仪", "汽车座垫", "车载充电器", "电动自行车"], ["车品", "汽车用品"], [2, 3, 2, 1, 0.5], 0.03),
        new("美妆个护", "goods.daily", ["面霜", "口红", "精华液", "洗发水", "防晒霜"], ["美妆", "个护"], [10, 4, 6, 16, 0], 0.02, "疑似假货:2,假冒品牌:2,安全隐患:2"),
        new("母婴用品", "goods.daily", ["纸尿裤", "婴儿推车", "儿童安全座椅", "奶瓶"], ["母婴", "童装"], [6, 5, 6, 4, 0], -0.02, "安全隐患:3"),
        new("家居日用", "goods.daily", ["床上四件套", "保温杯", "收纳箱", "洗衣液", "拖把"], ["家居", "日用"], [8, 6, 16, 6, 0], 0.0),
        new("食品生鲜", "goods.food", ["生鲜水果", "进口牛排", "坚果礼盒", "大闸蟹", "预制菜", "婴幼儿奶粉"], ["食品", "生鲜", "果园"], [7, 6, 20, 14, 8], 0.03, "缺斤少两:4,安全隐患:3,商品质量问题:1.3"),
        new("家装建材", "goods.housing", ["瓷砖", "实木地板", "智能门锁", "卫浴套装"], ["家装", "建材"], [3, 3, 2, 1, 0], 0.0),
        new("珠宝首饰", "goods.jewellery", ["黄金手镯", "翡翠吊坠", "钻石戒指", "和田玉手串"], ["珠宝", "翡翠", "黄金"], [2, 1, 1, 8, 0], 0.05, "疑似假货:3,假冒品牌:3,虚假宣传:2"),
        new("医药健康", "goods.medicine", ["保健品", "血压计", "医用口罩", "益生菌"], ["大药房", "健康"], [3, 3, 2, 4, 3], 0.02, "虚假宣传:3"),
        new("酒水饮料", "goods.tobacco-alcohol", ["白酒", "红酒", "茶叶", "矿泉水"], ["酒类", "茶叶", "饮品"], [2, 3, 3, 5, 1], 0.0, "假冒品牌:3,疑似假货:2"),
        new("农资园艺", "goods.agricultural", ["化肥", "花卉种子", "农药", "多肉植物"], ["农资", "园艺"], [1, 0.5, 4, 1, 0], -0.02),
        new("本地生活", "services.life", ["美容套餐", "洗车服务", "家政保洁", "健身私教课", "摄影套餐"], ["生活馆", "美容", "健身"], [1, 0, 1, 3, 25], 0.08, "退款纠纷:1.5,虚假宣传:1.5") { IsLocal = true },
        new("外卖餐饮", "services.life", ["外卖套餐", "奶茶", "火锅外卖", "炸鸡"], ["餐厅", "小吃", "奶茶", "火锅"], [0, 0, 0, 1, 30], 0.05, "安全隐患:5,物流问题:2,商品质量问题:2,描述不符:1.5") { IsLocal = true },
        new("会员订阅", "services.internet", ["视频会员", "音乐会员", "网盘会员", "阅读会员"], ["视频", "音乐", "会员"], [2, 2, 1, 3, 4], 0.18, "自动续费:12,隐形收费:2"),
        new("游戏充值", "services.internet", ["游戏点券", "游戏账号", "游戏皮肤"], ["游戏", "点卡"], [1, 1, 1, 3, 0], 0.05, "退款纠纷:1.5,虚假宣传:1.5"),
        new("在线教育", "services.education", ["网课", "考证课程", "少儿英语课"], ["网校", "课堂", "教育"], [1, 1, 1, 3, 1], -0.05, "退款纠纷:2,虚假宣传:2,自动续费:2"),
        new("票务演出", "services.culture", ["演唱会门票", "电影票", "景区门票", "话剧票"], ["票务"], [1, 1, 0, 2, 8], 0.06, "退款纠纷:2,隐形收费:2"),
        new("话费流量", "services.telecom", ["话费充值", "流量包", "宽带套餐"], ["话费", "充值"], [1, 2, 2, 1, 0.5], -0.04, "隐形收费:2,自动续费:3"),
        new("旅行酒店", "services.tourism", ["酒店预订", "机票", "民宿", "跟团游"], ["旅行", "酒店"], [1, 1, 0.5, 2, 14], 0.04, "隐形收费:3,退款纠纷:2") { IsLocal = true },
        new("生活缴费", "services.utilities", ["电费充值", "燃气费", "水费"], ["缴费"], [0.5, 0.5, 0.5, 0.5, 2], 0.0),
        new("金融分期", "services.financial", ["分期付款", "消费贷"], ["分期", "金融"], [1, 2, 1, 1, 1], 0.02, "隐形收费:3,个人信息泄露:3"),
        new("保险服务", "services.insurance", ["退货运费险", "账户安全险", "意外险"], ["保险"], [0.5, 0.5, 0.5, 0.5, 0.5], 0.0),
        new("物流快递", "services.postal", ["快递", "同城配送", "大件物流"], ["快运", "速递"], [2, 2, 2, 1, 1], 0.02, "物流问题:6"),
        new("其他", "services.other", ["二手手机", "宠物用品", "充电宝租借"], ["杂货", "优选"], [2, 1, 2, 2, 2], 0.0),
    ];

    public static readonly ComplaintType[] ComplaintTypes =
    [
        new("商品质量问题", IssueCodes.Quality, ProblemKind.Quality, 20, 3),
        new("描述不符", IssueCodes.FalseAdvertising, ProblemKind.NotAsDescribed, 14, 4),
        new("虚假宣传", IssueCodes.FalseAdvertising, ProblemKind.FalseAdvertising, 5, 8),
        new("假冒品牌", IssueCodes.Counterfeit, ProblemKind.Counterfeit, 3, 0),
        new("疑似假货", IssueCodes.Counterfeit, ProblemKind.Counterfeit, 5, 0),
        new("发货延迟", IssueCodes.Contract, ProblemKind.Delivery, 8, 0, 3),
        new("未按约定发货", IssueCodes.Contract, ProblemKind.Delivery, 4, 0, 2.5),
        new("退款纠纷", IssueCodes.AfterSales, ProblemKind.Refund, 12, 16, 1.4),
        new("退换货难", IssueCodes.AfterSales, ProblemKind.Refund, 8, 0, 1.3),
        new("售后服务", IssueCodes.AfterSales, ProblemKind.AfterSales, 8, 10),
        new("虚假促销", IssueCodes.Price, ProblemKind.PromoFraud, 3, 4, 4),
        new("价格欺诈", IssueCodes.Price, ProblemKind.Price, 2, 3, 1.5),
        new("先涨后降", IssueCodes.Price, ProblemKind.PromoFraud, 2, 1, 4),
        new("自动续费", IssueCodes.Contract, ProblemKind.AutoRenewal, 0, 1),
        new("隐形收费", IssueCodes.Price, ProblemKind.HiddenCharges, 1, 6),
        new("个人信息泄露", IssueCodes.PersonalInformation, ProblemKind.PersonalInfo, 1, 4),
        new("物流问题", IssueCodes.Contract, ProblemKind.Logistics, 6, 1, 3),
        new("缺斤少两", IssueCodes.Measurement, ProblemKind.Measurement, 1, 0),
        new("安全隐患", IssueCodes.Safety, ProblemKind.Safety, 1, 2),
        new("辱骂威胁", IssueCodes.PersonalDignity, ProblemKind.Dignity, 1, 2),
        new("其他", IssueCodes.Other, ProblemKind.Other, 3, 6),
    ];

    public static int TypeIndexOf(string label)
    {
        for (var i = 0; i < ComplaintTypes.Length; i++)
        {
            if (string.Equals(ComplaintTypes[i].Label, label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown platform complaint type '{label}'.", nameof(label));
    }

    public static int LabelIndexOf(string label)
    {
        for (var i = 0; i < Labels.Length; i++)
        {
            if (string.Equals(Labels[i].Label, label, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown platform category '{label}'.", nameof(label));
    }
}
