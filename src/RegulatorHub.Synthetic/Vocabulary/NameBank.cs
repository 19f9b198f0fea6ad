namespace RegulatorHub.Synthetic.Vocabulary;

/// <summary>Chinese surnames (weighted roughly by published frequency), given-name characters and place words.</summary>
internal static class NameBank
{
    /// <summary>Surname, pinyin (for e-mail local parts) and relative frequency in per mille.</summary>
    public static readonly (string Surname, string Pinyin, double Weight)[] Surnames =
    [
        ("王", "wang", 71), ("李", "li", 70), ("张", "zhang", 67), ("刘", "liu", 54), ("陈", "chen", 45),
        ("杨", "yang", 31), ("黄", "huang", 22), ("赵", "zhao", 20), ("吴", "wu", 19), ("周", "zhou", 19),
        ("徐", "xu", 13), ("孙", "sun", 13), ("马", "ma", 12), ("朱", "zhu", 11), ("胡", "hu", 11),
        ("郭", "guo", 10), ("何", "he", 9), ("高", "gao", 9), ("林", "lin", 9), ("罗", "luo", 8),
        ("郑", "zheng", 8), ("梁", "liang", 7), ("谢", "xie", 6), ("宋", "song", 6), ("唐", "tang", 6),
        ("许", "xu", 5), ("韩", "han", 5), ("冯", "feng", 5), ("邓", "deng", 5), ("曹", "cao", 5),
        ("彭", "peng", 4), ("曾", "zeng", 4), ("肖", "xiao", 4), ("田", "tian", 4), ("董", "dong", 4),
        ("袁", "yuan", 4), ("潘", "pan", 3), ("于", "yu", 3), ("蒋", "jiang", 3), ("蔡", "cai", 3),
        ("余", "yu", 3), ("杜", "du", 3), ("叶", "ye", 3), ("程", "cheng", 3), ("苏", "su", 3),
        ("魏", "wei", 3), ("吕", "lv", 3), ("丁", "ding", 3), ("任", "ren", 3), ("沈", "shen", 3),
        ("姚", "yao", 3), ("卢", "lu", 3), ("姜", "jiang", 2), ("崔", "cui", 2), ("钟", "zhong", 2),
        ("谭", "tan", 2), ("陆", "lu", 2), ("汪", "wang", 2), ("范", "fan", 2), ("金", "jin", 2),
        ("石", "shi", 2), ("廖", "liao", 2), ("贾", "jia", 2), ("夏", "xia", 2), ("韦", "wei", 2),
        ("付", "fu", 2), ("方", "fang", 2), ("白", "bai", 2), ("邹", "zou", 2), ("孟", "meng", 2),
        ("熊", "xiong", 2), ("秦", "qin", 2), ("邱", "qiu", 2), ("江", "jiang", 2), ("尹", "yin", 2),
        ("薛", "xue", 1), ("闫", "yan", 1), ("段", "duan", 1), ("雷", "lei", 1), ("侯", "hou", 1),
        ("龙", "long", 1), ("史", "shi", 1), ("陶", "tao", 1), ("黎", "li", 1), ("贺", "he", 1),
        ("顾", "gu", 1), ("毛", "mao", 1), ("郝", "hao", 1), ("龚", "gong", 1), ("邵", "shao", 1),
        ("万", "wan", 1), ("钱", "qian", 1), ("严", "yan", 1), ("覃", "qin", 1), ("武", "wu", 1),
        ("戴", "dai", 1), ("莫", "mo", 1), ("孔", "kong", 1), ("向", "xiang", 1), ("汤", "tang", 1),
        ("欧阳", "ouyang", 0.3), ("上官", "shangguan", 0.05), ("司马", "sima", 0.05), ("诸葛", "zhuge", 0.03),
    ];

    public static readonly string[] MaleChars =
    [
        "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞", "鑫", "波",
        "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁", "龙", "林", "阳", "建", "国", "志", "文", "博", "晨",
        "轩", "睿", "泽", "昊", "然", "航", "毅", "峰", "海", "亮", "成", "东", "江", "鸿", "德", "永", "庆", "忠",
    ];

    public static readonly string[] FemaleChars =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀", "燕", "玲", "桂", "丹", "萍", "红", "玉", "兰", "琳",
        "雪", "梅", "婷", "颖", "慧", "莹", "倩", "晶", "洁", "欣", "怡", "佳", "琪", "悦", "萱", "涵", "诗", "雨",
        "婉", "思", "璐", "瑶", "彤", "妍", "蕾", "月", "春", "凤", "霏", "薇",
    ];

    public static readonly string[] NeutralChars =
    [
        "子", "一", "晓", "小", "文", "海", "春", "秋", "明", "心", "安", "嘉", "新", "永", "立", "家", "子", "天",
    ];

    public static readonly string[] Streets =
    [
        "人民路", "解放路", "中山路", "建设路", "和平路", "新华路", "文化路", "胜利路", "光明路", "青年路", "长江路",
        "黄河路", "幸福路", "朝阳路", "友谊路", "复兴路", "迎宾大道", "滨江路", "府前街", "学府路", "东风路", "科技大道",
        "世纪大道", "工业路", "环城东路", "车站路", "公园路", "江南大道", "金桥路", "创业路", "振兴路", "团结街",
        "红旗路", "育才路", "健康路", "新民街", "湖滨路", "花园街", "北环路", "南湖大道",
    ];

    public static readonly string[] Communities =
    [
        "阳光花园", "锦绣家园", "翠苑", "金色家园", "幸福里", "碧水湾", "和谐家园", "紫金花园", "香榭里", "绿洲小区",
        "丽景苑", "华府", "春晓苑", "南苑新村", "康乐小区", "望江花园", "世纪城", "明珠花园", "枫林湾", "桂花园",
        "御景湾", "书香苑", "滨河小区", "东方家园", "青松苑",
    ];

    public static readonly string[] Towns = ["城关镇", "新安镇", "东湖镇", "柳河镇", "太平镇", "永兴镇", "石桥镇", "清水镇"];

    /// <summary>Invented mail domains; no real provider's name.</summary>
    public static readonly string[] MailDomains = ["xinyou.cn", "lanmail.cn", "qiyu-mail.com", "heyou.net", "yunxin-mail.cn", "mail-huaxia.cn"];

    /// <summary>Syllables for invented brand names of merchants and shops.</summary>
    public static readonly string[] BrandChars =
    [
        "鑫", "华", "盛", "源", "泰", "隆", "嘉", "禾", "悦", "恒", "德", "邦", "瑞", "祥", "和", "顺", "达", "博", "优",
        "安", "康", "美", "佳", "乐", "诚", "信", "宏", "远", "腾", "飞", "锦", "晨", "阳", "星", "辰", "诺", "凯", "睿",
        "轩", "宇", "航", "丰", "益", "通", "汇", "聚", "品", "尚", "雅", "致", "新", "启", "元", "润", "福", "满", "金",
        "宝", "翔", "鹏", "鹿", "鸣", "云", "海", "川", "山", "林", "森", "青", "蓝", "橙", "麦", "果", "米", "贝", "可",
        "欧", "尼", "创", "合", "壹", "玖", "豪", "铭", "骏", "昇",
    ];
}
