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
}
