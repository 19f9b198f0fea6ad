using System.Globalization;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Tests.Hotspots;

public sealed class HotspotScannerTests
{
    private static readonly DateOnly s_firstMonday = new(2021, 1, 4);
    private static readonly HotspotScanner s_scanner = new(new FactQueryEngine(RegionPopulation.Default));

    [Fact]
    public void Scan_PlantedOutbreak_IsFoundAndExplainedByTheProvinceCarryingIt()
    {
        var store = Steady(weeks: 260, outbreak: 60);

        var scan = s_scanner.Scan(store.Snapshot(), new HotspotQuery([FactDimension.Category, FactDimension.Province], TimeGranularity.Week, FactFilter.All), default);

        Assert.Equal(s_firstMonday.AddDays(7 * 259), scan.Period);
        var top = scan.Hotspots[0];
        Assert.Equal("food", top.Keys[FactDimension.Category]);
        Assert.Equal("330000", top.Keys[FactDimension.Province]);
        Assert.True(top.Assessment.Explanation.Observed >= 60);
        Assert.True(top.Assessment.Explanation.Observed > top.Assessment.Explanation.Threshold);
        Assert.True(top.Assessment.AdjustedPValue <= 0.05);
        Assert.Equal(26, top.RecentCounts.Count);
        Assert.DoesNotContain(scan.Hotspots, h => h.Keys.GetValueOrDefault(FactDimension.Category) == "travel");

        // The roll-up "food, anywhere" is explained by the province that carries the excess.
        var food = scan.Hotspots.Single(h => h.Keys.Count == 1 && h.Keys.GetValueOrDefault(FactDimension.Category) == "food");
        Assert.Equal("330000", food.Assessment.Explanation.Contributions[0].Value);
    }

    [Fact]
    public void Scan_SteadySeries_RaiseNothing()
    {
        var store = Steady(weeks: 260, outbreak: 0);

        var scan = s_scanner.Scan(store.Snapshot(), new HotspotQuery([FactDimension.Category, FactDimension.Province], TimeGranularity.Week, FactFilter.All), default);

        Assert.Empty(scan.Hotspots);
        Assert.Equal(8, scan.SeriesScanned); // 2 categories × 2 provinces, 2 + 2 roll-ups
    }

    [Fact]
    public void Scan_FilterMatchingNothing_ReturnsNoHotspots()
    {
        var store = Steady(weeks: 60, outbreak: 0);

        var scan = s_scanner.Scan(
            store.Snapshot(),
            new HotspotQuery([FactDimension.Category], TimeGranularity.Week, FactFilter.All.Where(FactDimension.Merchant, "nobody")),
            default);

        Assert.Empty(scan.Hotspots);
        Assert.Equal(0, scan.SeriesFitted);
    }

    [Fact]
    public void Scan_EmptyStore_ReturnsAnEmptyScanWithoutAPeriod()
    {
        var scan = s_scanner.Scan(new ComplaintFactStore(RegionGazetteer.Default).Snapshot(), new HotspotQuery([FactDimension.Category], TimeGranularity.Week, FactFilter.All), default);

        Assert.Null(scan.Period);
        Assert.Empty(scan.Hotspots);
    }

    // Two categories in two provinces, Poisson-like weekly counts around 20 (deterministic), plus an outbreak in the
    // last week of food complaints in Zhejiang.
    private static ComplaintFactStore Steady(int weeks, int outbreak)
    {
        var random = new Random(3);
        var facts = new List<ComplaintFact>();
        for (var week = 0; week < weeks; week++)
        {
            foreach (var category in new[] { "food", "travel" })
            {
                foreach (var region in new[] { "330106", "440305" })
                {
                    var count = 16 + random.Next(0, 9);
                    if (week == weeks - 1 && category == "food" && region == "330106")
                    {
                        count += outbreak;
                    }

                    for (var i = 0; i < count; i++)
                    {
                        var merchant = week == weeks - 1 && i >= count - outbreak && category == "food" && region == "330106" ? "m-bad" : "m-" + (i % 5).ToString(CultureInfo.InvariantCulture);
                        facts.Add(new ComplaintFact(s_firstMonday.AddDays((7 * week) + (i % 7)), category, "quality", region, merchant, null, null, ComplaintChannel.Phone, "hotline", null));
                    }
                }
            }
        }

        // The last day of the data closes the last week, so it is complete and gets scanned.
        facts.Add(new ComplaintFact(s_firstMonday.AddDays((7 * weeks) - 1), "travel", "quality", "440305", "m-1", null, null, ComplaintChannel.Phone, "hotline", null));
        var store = new ComplaintFactStore(RegionGazetteer.Default);
        store.Append(facts, "1");
        return store;
    }
}
