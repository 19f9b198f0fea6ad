using System.Globalization;

namespace RegulatorHub.Synthetic.Vocabulary;

/// <summary>How complaints about one taxonomy subject look: labels, products, merchants, amounts, issue mix, trend.</summary>
internal sealed class SubjectProfile
{
    public SubjectProfile(
        string code,
        (string Label, double Weight)[] hotlineLabels,
        (string Word, string[] Products)[] industries,
        double amountMedian,
        double amountSigma,
        double hotlineWeight,
        double trendPerYear,
        string issueBoosts)
    {
        Code = code;
        IsGoods = code.StartsWith("goods.", StringComparison.Ordinal);
        HotlineLabels = hotlineLabels;
        Industries = industries;
        AmountMedian = amountMedian;
        AmountSigma = amountSigma;
        HotlineWeight = hotlineWeight;
        TrendPerYear = trendPerYear;
        IssueWeights = (double[])(IsGoods ? IssueCodes.GoodsBase : IssueCodes.ServicesBase).Clone();
        foreach (var part in issueBoosts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            IssueWeights[IssueCodes.IndexOf(part[..colon])] *= double.Parse(part[(colon + 1)..], CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Taxonomy subject code, e.g. <c>goods.food</c>.</summary>
    public string Code { get; }

    public bool IsGoods { get; }

    /// <summary>Labels of the <c>hotline-category</c> crosswalk that map to this subject, with how often hotlines use each.</summary>
    public (string Label, double Weight)[] HotlineLabels { get; }

    /// <summary>
    /// Industry words for invented company names (电器, 教育科技, …), each with the goods or services such a company
    /// sells, so a narrative never has a gym selling wedding photography.
    /// </summary>
    public (string Word, string[] Products)[] Industries { get; }

    /// <summary>Median amount in dispute, CNY; amounts are log-normal around it.</summary>
    public double AmountMedian { get; }

    /// <summary>Log-scale standard deviation of the amount.</summary>
    public double AmountSigma { get; }

    /// <summary>Relative share of hotline complaints at the start of the period.</summary>
    public double HotlineWeight { get; }

    /// <summary>Log growth per year of this subject's share (gentle trends: internet up, clothing down).</summary>
    public double TrendPerYear { get; }

    /// <summary>Issue mix (same order as <see cref="IssueCodes.Codes"/>).</summary>
    public double[] IssueWeights { get; }

    /// <summary>True for services usually sold with prepaid cards (training, gyms, beauty), where 跑路 stories belong.</summary>
    public bool PrepaidProne { get; init; }

    /// <summary>True for food and drink, where safety means illness rather than fire.</summary>
    public bool FoodProne { get; init; }
}
