using RegulatorHub.Synthetic.Sampling;
using RegulatorHub.Synthetic.Vocabulary;

namespace RegulatorHub.Synthetic.Generation;

/// <summary>Sampling tables that do not depend on the options: built once per process, shared read-only.</summary>
internal static class Tables
{
    public static readonly string[] HotlineChannels = ["phone", "wechat", "web", "app", "mini-program", "sms"];

    public static readonly string[] Statuses = ["received", "accepted", "transferred", "in-mediation", "rejected", "closed"];

    public static readonly string[] Outcomes = ["agreement-reached", "no-agreement", "withdrawn", "out-of-scope", "enforcement-case"];

    /// <summary>Upper bounds (days) of the age buckets used for statuses.</summary>
    public static readonly int[] AgeBuckets = [1, 6, 14, 44, 89, int.MaxValue];

    /// <summary>Hotline status mix by age bucket (received, accepted, transferred, in-mediation, rejected, closed).</summary>
    public static readonly AliasTable[] HotlineStatus = Build(
        [55, 20, 20, 0, 3, 2],
        [10, 35, 25, 20, 5, 5],
        [0, 15, 10, 45, 8, 22],
        [0, 5, 5, 35, 8, 47],
        [0, 0, 0, 8, 9, 83],
        [0, 0, 0, 1, 9, 90]);

    /// <summary>Platforms do not transfer, and close faster.</summary>
    public static readonly AliasTable[] PlatformStatus = Build(
        [60, 25, 0, 10, 0, 5],
        [5, 25, 0, 40, 2, 28],
        [0, 0, 0, 25, 5, 70],
        [0, 0, 0, 3, 6, 91],
        [0, 0, 0, 1, 6, 93],
        [0, 0, 0, 0, 6, 94]);

    public static readonly AliasTable HotlineOutcome = new([64, 14, 9, 8, 5]);

    public static readonly AliasTable PlatformOutcome = new([78, 10, 10, 1, 1]);

    /// <summary>Hour-of-day profile of hotline intake (phone lines staffed in office hours, online channels all day).</summary>
    public static readonly AliasTable HotlineHours = new(
        [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4, 7, 8, 7.5, 5, 6, 7.5, 7.5, 7, 6, 4, 3, 2.5, 2, 1.2, 0.6]);

    /// <summary>Hour-of-day profile of platform complaints (evening peak after shopping and deliveries).</summary>
    public static readonly AliasTable PlatformHours = new(
        [1.5, 0.9, 0.5, 0.3, 0.3, 0.4, 0.8, 1.5, 3, 4.5, 5.5, 5.5, 5, 5, 5.5, 5.5, 5.5, 5.5, 5.5, 6, 7, 7.5, 6, 3.5]);

    /// <summary>Per subject: which hotline-category label is used.</summary>
    public static readonly AliasTable[] HotlineCategoryLabels = BuildLabelTables(SubjectCatalog.All.Select(s => s.HotlineLabels).ToArray());

    /// <summary>Per issue: which hotline-issue label is used.</summary>
    public static readonly AliasTable[] HotlineIssueLabels = BuildLabelTables(IssueCodes.HotlineLabels);

    /// <summary>Per subject: hotline issue mix.</summary>
    public static readonly AliasTable[] HotlineIssues = SubjectCatalog.All.Select(s => new AliasTable(s.IssueWeights)).ToArray();

    /// <summary>Per platform category: complaint-type mix on ordinary days.</summary>
    public static readonly AliasTable[] PlatformTypes = BuildTypeTables(promo: false);

    /// <summary>Per platform category: complaint-type mix in the Double-11 and 618 after-sales windows.</summary>
    public static readonly AliasTable[] PlatformTypesPromo = BuildTypeTables(promo: true);

    /// <summary>
    /// Hotline category labels narrower than their subject (餐饮服务 within life services), with words one of which the
    /// product must contain for the label to fit; other labels fit any product of their subject.
    /// </summary>
    public static readonly Dictionary<string, string[]> NarrowLabels = new(StringComparer.Ordinal)
    {
        ["餐饮服务"] = ["餐饮", "婚宴"],
        ["美容美发"] = ["美容"],
        ["网络游戏"] = ["游戏"],
        ["网络购物"] = ["网络购物", "直播"],
        ["通讯器材"] = ["手机", "智能手表"],
        ["家用电器"] = ["空调", "冰箱", "洗衣机", "电视机", "热水器", "空气炸锅", "扫地机器人"],
        ["医疗器械"] = ["血压计", "助听器", "血糖仪", "口罩"],
        ["药品"] = ["中药饮片", "保健品"],
        ["物业服务"] = ["物业"],
        ["快递服务"] = ["快递", "配送"],
        ["汽车及零部件"] = ["汽车", "二手车", "轮胎", "行车记录仪"],
        ["预付卡消费"] = ["卡"],
        ["医疗服务"] = ["口腔", "手术", "体检"],
    };

    /// <summary>Subject index of each platform category.</summary>
    public static readonly int[] LabelSubject = PlatformCatalog.Labels.Select(l => SubjectCatalog.IndexOf(l.SubjectCode)).ToArray();

    private static AliasTable[] Build(params double[][] rows) => rows.Select(r => new AliasTable(r)).ToArray();

    private static AliasTable[] BuildLabelTables((string Label, double Weight)[][] labels) =>
        labels.Select(list => new AliasTable(list.Select(l => l.Weight).ToArray())).ToArray();

    private static AliasTable[] BuildTypeTables(bool promo)
    {
        var types = PlatformCatalog.ComplaintTypes;
        var result = new AliasTable[PlatformCatalog.Labels.Length];
        for (var l = 0; l < result.Length; l++)
        {
            var label = PlatformCatalog.Labels[l];
            var goods = label.SubjectCode.StartsWith("goods.", StringComparison.Ordinal);
            var weights = new double[types.Length];
            for (var t = 0; t < types.Length; t++)
            {
                weights[t] = (goods ? types[t].GoodsWeight : types[t].ServicesWeight) * (promo ? types[t].PromoBoost : 1);
            }

            foreach (var part in label.TypeBoosts.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = part.IndexOf(':', StringComparison.Ordinal);
                weights[PlatformCatalog.TypeIndexOf(part[..colon])] *= double.Parse(part[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            }

            result[l] = new AliasTable(weights);
        }

        return result;
    }
}
