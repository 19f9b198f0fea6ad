namespace RegulatorHub.Synthetic.Vocabulary;

/// <summary>The issue-nature codes of the taxonomy, in index order, with the hotline wording of each.</summary>
internal static class IssueCodes
{
    public const int AfterSales = 0;
    public const int Quality = 1;
    public const int Contract = 2;
    public const int FalseAdvertising = 3;
    public const int Price = 4;
    public const int Safety = 5;
    public const int Counterfeit = 6;
    public const int Measurement = 7;
    public const int PersonalDignity = 8;
    public const int PersonalInformation = 9;
    public const int Other = 10;

    public static readonly string[] Codes =
    [
        "after-sales", "quality", "contract", "false-advertising", "price", "safety", "counterfeit", "measurement",
        "personal-dignity", "personal-information", "other",
    ];

    /// <summary>How 12315 hotlines word each issue (labels of the <c>hotline-issue</c> crosswalk) and how often.</summary>
    public static readonly (string Label, double Weight)[][] HotlineLabels =
    [
        [("售后服务", 55), ("售后服务问题", 35), ("售后服务差", 10)],
        [("质量", 40), ("质量问题", 60)],
        [("合同", 35), ("合同问题", 45), ("合同纠纷", 20)],
        [("虚假宣传", 60), ("虚假宣传问题", 25), ("虚假广告", 15)],
        [("价格", 40), ("价格问题", 45), ("价格欺诈", 15)],
        [("安全", 50), ("安全问题", 50)],
        [("假冒", 40), ("假冒问题", 30), ("假冒伪劣", 30)],
        [("计量", 50), ("计量问题", 30), ("计量不准", 20)],
        [("人格尊严", 60), ("人格尊严问题", 40)],
        [("个人信息", 35), ("个人信息问题", 25), ("个人信息泄露", 25), ("侵害个人信息", 15)],
        [("其他", 60), ("其他问题", 40)],
    ];

    /// <summary>Base issue mix for goods complaints (relative weights, same order as <see cref="Codes"/>).</summary>
    public static readonly double[] GoodsBase = [22, 30, 14, 8, 6, 3, 3, 1, 1, 1.5, 6];

    /// <summary>Base issue mix for service complaints.</summary>
    public static readonly double[] ServicesBase = [20, 10, 32, 10, 9, 2.5, 0.5, 1, 2, 3, 10];

    public static int IndexOf(string code)
    {
        for (var i = 0; i < Codes.Length; i++)
        {
            if (string.Equals(Codes[i], code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"Unknown issue code '{code}'.", nameof(code));
    }
}
