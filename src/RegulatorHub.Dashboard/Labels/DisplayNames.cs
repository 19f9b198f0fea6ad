using System.Globalization;
using Microsoft.Extensions.Localization;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Dashboard.Localization;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Domain.Taxonomy;

namespace RegulatorHub.Dashboard.Labels;

/// <summary>
/// Names people read for the keys analytics group by, in the current UI language: taxonomy and region names come from
/// the shipped taxonomy and gazetteer (Chinese and English), channels from the dashboard's text.
/// </summary>
public sealed class DisplayNames(ComplaintTaxonomy taxonomy, RegionGazetteer gazetteer, IStringLocalizer<Strings> text)
{
    private static bool InChinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";

    /// <summary>The name of <paramref name="key"/> of <paramref name="dimension"/>; <paramref name="label"/> is the facts' own name (merchants).</summary>
    public string Of(FactDimension dimension, string? key, string? label = null)
    {
        if (string.IsNullOrEmpty(key))
        {
            return text["Not stated"];
        }

        switch (dimension)
        {
            case FactDimension.Category when taxonomy.TryGet(TaxonomyAxis.Subject, key, out var subject):
                return Pick(subject.NameZh, subject.NameEn);
            case FactDimension.Issue when taxonomy.TryGet(TaxonomyAxis.Issue, key, out var issue):
                return Pick(issue.NameZh, issue.NameEn);
            case FactDimension.Province or FactDimension.City or FactDimension.County:
                return Region(key);
            case FactDimension.Channel:
                return text[key];
            case FactDimension.Merchant:
                return label ?? key;
            default:
                return key;
        }
    }

    /// <summary>The name of a region code at any level, or the code itself when the gazetteer does not know it.</summary>
    public string Region(string code) => gazetteer.TryGet(code, out var region) ? Pick(region.NameZh, region.NameEn) : code;

    /// <summary>The name of a dimension itself ("Category", "类别").</summary>
    public string Of(FactDimension dimension) => text[dimension switch
    {
        FactDimension.Category => "Category",
        FactDimension.Issue => "Issue",
        FactDimension.Province => "Province",
        FactDimension.City => "City",
        FactDimension.County => "County",
        FactDimension.Merchant => "Merchant",
        FactDimension.Platform => "Platform",
        FactDimension.Channel => "Channel",
        _ => "Source",
    }];

    private static string Pick(string chinese, string? english) => InChinese ? chinese : english ?? chinese;
}
