using RegulatorHub.Analytics.Facts;

namespace RegulatorHub.Dashboard.Filtering;

/// <summary>Turns a hotspot's series into the dashboard filter that shows it.</summary>
public static class HotspotFilter
{
    /// <summary><paramref name="filter"/> narrowed to the series given by <paramref name="keys"/> ("not stated" keys are left open).</summary>
    public static DashboardFilter Apply(DashboardFilter filter, IReadOnlyDictionary<FactDimension, string?> keys)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var (dimension, key) in keys)
        {
            if (key is null)
            {
                continue;
            }

            filter = dimension switch
            {
                FactDimension.Category => filter with { Category = key },
                FactDimension.Issue => filter with { Issue = key },
                FactDimension.Province or FactDimension.City or FactDimension.County => filter with { Region = key },
                FactDimension.Merchant => filter with { Merchant = key },
                FactDimension.Platform => filter with { Platform = key },
                FactDimension.Channel => filter with { Channel = key },
                _ => filter with { Source = key },
            };
        }

        return filter;
    }
}
