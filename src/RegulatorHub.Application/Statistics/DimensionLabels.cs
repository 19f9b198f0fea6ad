using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Application.Statistics;

/// <summary>Turns the codes a count is grouped by into labels people read, in Chinese and English.</summary>
public sealed class DimensionLabels(ComplaintTaxonomy taxonomy, RegionGazetteer gazetteer)
{
    /// <summary>Labels over the shipped taxonomy and gazetteer.</summary>
    public static DimensionLabels Default { get; } = new(ComplaintTaxonomy.Default, RegionGazetteer.Default);

    /// <summary>Chinese and English labels for one group of a count; the English one may be <see langword="null"/>.</summary>
    public (string Label, string? Secondary) For(Dimension dimension, DimensionCount count)
    {
        if (count.Key.Length == 0)
        {
            return ("未注明", "Not stated");
        }

        switch (dimension)
        {
            case Dimension.Category when taxonomy.TryGet(TaxonomyAxis.Subject, count.Key, out var subject):
                return (subject.NameZh, subject.NameEn);
            case Dimension.Issue when taxonomy.TryGet(TaxonomyAxis.Issue, count.Key, out var issue):
                return (issue.NameZh, issue.NameEn);
            case Dimension.Province or Dimension.Region when gazetteer.TryGet(count.Key, out var region):
                return (region.NameZh, region.NameEn);
            case Dimension.Channel when int.TryParse(count.Key, System.Globalization.CultureInfo.InvariantCulture, out var channel):
                return (count.Key, ((ComplaintChannel)channel).ToString());
            case Dimension.Merchant:
                return (count.Label ?? count.Key, null);
            default:
                return (count.Key, null);
        }
    }

    /// <summary>The label of one key of a statistics dimension; "not stated" for <see langword="null"/> or empty keys.</summary>
    /// <param name="dimension">The dimension the key belongs to.</param>
    /// <param name="key">The key (category code, region code, merchant key, channel name, …).</param>
    /// <param name="merchantName">The merchant's display name where the facts carry one.</param>
    public StatisticsLabel For(StatisticsDimension dimension, string? key, string? merchantName = null)
    {
        if (string.IsNullOrEmpty(key))
        {
            return StatisticsLabel.NotStated;
        }

        return dimension switch
        {
            StatisticsDimension.Category when taxonomy.TryGet(TaxonomyAxis.Subject, key, out var subject) => new(key, subject.NameZh, subject.NameEn),
            StatisticsDimension.Issue when taxonomy.TryGet(TaxonomyAxis.Issue, key, out var issue) => new(key, issue.NameZh, issue.NameEn),
            StatisticsDimension.Region when gazetteer.TryGet(key, out var region) => new(key, region.NameZh, region.NameEn),
            StatisticsDimension.Merchant => new(key, string.IsNullOrEmpty(merchantName) ? key : merchantName, null),
            _ => new(key, key, null),
        };
    }
}
