using RegulatorHub.Analytics.Time;

namespace RegulatorHub.Application.Statistics;

/// <summary>The API names of statistics parameters and values, shared by the parser, the JSON form and error messages.</summary>
public static class StatisticsParameters
{
    /// <summary>Comma list of 0–3 dimensions, in row nesting order.</summary>
    public const string Dimensions = "dimensions";

    /// <summary><c>province</c>, <c>city</c> or <c>county</c>.</summary>
    public const string RegionLevel = "regionLevel";

    /// <summary><c>day</c>, <c>week</c>, <c>month</c> or <c>none</c>.</summary>
    public const string Granularity = "granularity";

    /// <summary>First received date, <c>YYYY-MM-DD</c>, inclusive.</summary>
    public const string From = "from";

    /// <summary>Last received date, <c>YYYY-MM-DD</c>, inclusive.</summary>
    public const string To = "to";

    /// <summary>The value of <see cref="Granularity"/> meaning totals over the whole range.</summary>
    public const string NoGranularity = "none";

    /// <summary>Every dimension in API order (which is also the canonical order of filter parameters).</summary>
    public static IReadOnlyList<StatisticsDimension> AllDimensions { get; } = Enum.GetValues<StatisticsDimension>();

    /// <summary>The API name of a dimension, which is also the name of its filter parameter.</summary>
    public static string NameOf(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Category => "category",
        StatisticsDimension.Issue => "issue",
        StatisticsDimension.Region => "region",
        StatisticsDimension.Merchant => "merchant",
        StatisticsDimension.Platform => "platform",
        StatisticsDimension.Channel => "channel",
        StatisticsDimension.Source => "source",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown statistics dimension."),
    };

    /// <summary>The API name of a region level.</summary>
    public static string NameOf(StatisticsRegionLevel level) => level switch
    {
        StatisticsRegionLevel.Province => "province",
        StatisticsRegionLevel.City => "city",
        StatisticsRegionLevel.County => "county",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown region level."),
    };

    /// <summary>The API name of a granularity; <see cref="NoGranularity"/> for <see langword="null"/>.</summary>
    public static string NameOf(TimeGranularity? granularity) => granularity switch
    {
        null => NoGranularity,
        TimeGranularity.Day => "day",
        TimeGranularity.Week => "week",
        TimeGranularity.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Unknown time granularity."),
    };

    /// <summary>Reads a dimension name (case-insensitive).</summary>
    public static bool TryParseDimension(string? text, out StatisticsDimension dimension)
    {
        foreach (var candidate in AllDimensions)
        {
            if (string.Equals(NameOf(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                dimension = candidate;
                return true;
            }
        }

        dimension = default;
        return false;
    }

    /// <summary>Reads a region level name (case-insensitive).</summary>
    public static bool TryParseRegionLevel(string? text, out StatisticsRegionLevel level)
    {
        foreach (var candidate in Enum.GetValues<StatisticsRegionLevel>())
        {
            if (string.Equals(NameOf(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }

    /// <summary>Reads a granularity name (case-insensitive); <c>none</c> is understood and gives <see langword="null"/>.</summary>
    /// <returns>Whether the text names a granularity or <c>none</c>.</returns>
    public static bool TryParseGranularity(string? text, out TimeGranularity? granularity)
    {
        var trimmed = text?.Trim();
        granularity = null;
        if (string.Equals(trimmed, NoGranularity, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<TimeGranularity>())
        {
            if (string.Equals(NameOf(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                granularity = candidate;
                return true;
            }
        }

        return false;
    }
}
