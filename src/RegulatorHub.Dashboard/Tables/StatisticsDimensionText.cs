using Microsoft.Extensions.Localization;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Dashboard.Localization;

namespace RegulatorHub.Dashboard.Tables;

/// <summary>Names of statistics dimensions, region levels and granularities in the current UI language.</summary>
public static class StatisticsDimensionText
{
    /// <summary>The name of a dimension; the region dimension is named by its level ("Province", "City", "County").</summary>
    public static string Of(IStringLocalizer<Strings> text, StatisticsDimension dimension, StatisticsRegionLevel? level = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return dimension switch
        {
            StatisticsDimension.Category => text["Category"],
            StatisticsDimension.Issue => text["Issue"],
            StatisticsDimension.Region when level is { } regionLevel => Of(text, regionLevel),
            StatisticsDimension.Region => text["Region"],
            StatisticsDimension.Merchant => text["Merchant"],
            StatisticsDimension.Platform => text["Platform"],
            StatisticsDimension.Channel => text["Channel"],
            _ => text["Source"],
        };
    }

    /// <summary>The name of a region level.</summary>
    public static string Of(IStringLocalizer<Strings> text, StatisticsRegionLevel level)
    {
        ArgumentNullException.ThrowIfNull(text);
        return level switch
        {
            StatisticsRegionLevel.City => text["City"],
            StatisticsRegionLevel.County => text["County"],
            _ => text["Province"],
        };
    }
}
