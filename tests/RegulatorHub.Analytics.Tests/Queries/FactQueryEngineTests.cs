using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Tests.Queries;

public sealed class FactQueryEngineTests
{
    private static readonly FactQueryEngine s_engine = new(RegionPopulation.Default);

    [Fact]
    public void Count_ByCategoryPerWeek_CountsEachWeek()
    {
        var store = StoreWith(
            Fact("2026-11-02", "food", "330106"), // Monday of week 1
            Fact("2026-11-08", "food", "330106"), // Sunday of week 1
            Fact("2026-11-09", "food", "440305"), // week 2
            Fact("2026-11-10", "travel", "440305"));

        var cube = s_engine.Count(store.Snapshot(), new CubeQuery([FactDimension.Category], TimeGranularity.Week, FactFilter.All), default);

        Assert.Equal([Day("2026-11-02"), Day("2026-11-09")], cube.Periods);
        Assert.Equal(4, cube.Total);
        Assert.Equal(["food"], cube.Rows[0].Keys);
        Assert.Equal([2L, 1L], cube.Rows[0].Counts);
        Assert.Equal(["travel"], cube.Rows[1].Keys);
        Assert.Equal([0L, 1L], cube.Rows[1].Counts);
    }

    [Fact]
    public void Count_ProvinceFilter_IncludesEveryCountyBelowIt()
    {
        var store = StoreWith(
            Fact("2026-11-02", "food", "330106"),
            Fact("2026-11-02", "food", "330100"),
            Fact("2026-11-02", "food", "330000"),
            Fact("2026-11-02", "food", "440305"),
            Fact("2026-11-02", "food", null));

        var byCity = s_engine.Count(
            store.Snapshot(), new CubeQuery([FactDimension.City], null, FactFilter.All.Where(FactDimension.Province, "330000")), default);

        Assert.Equal(3, byCity.Total);
        Assert.Equal(2, byCity.Rows.Single(r => r.Keys[0] == "330100").Total);
        Assert.Equal(1, byCity.Rows.Single(r => r.Keys[0] is null).Total); // a province-level fact has no city
    }

    [Fact]
    public void Count_UnknownFilterKey_MatchesNothing()
    {
        var store = StoreWith(Fact("2026-11-02", "food", "330106"));

        var cube = s_engine.Count(store.Snapshot(), new CubeQuery([], null, FactFilter.All.Where(FactDimension.Merchant, "no-such-merchant")), default);

        Assert.Equal(0, cube.Total);
        Assert.Empty(cube.Rows);
    }

    [Theory]
    [InlineData(FactAggregator.DenseCellLimit)]
    [InlineData(0L)] // every cube through the hash map
    public void Count_RandomFacts_AgreesWithCountingTheFactsDirectly(long denseCellLimit)
    {
        var random = new Random(7);
        var facts = RandomFacts(random, 150_000); // three chunks
        var store = new ComplaintFactStore(RegionGazetteer.Default);
        store.Append(facts, "150000");
        var snapshot = store.Snapshot();
        FactDimension[] dimensions = [.. Enum.GetValues<FactDimension>()];

        for (var trial = 0; trial < 25; trial++)
        {
            var by = dimensions.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).ToArray();
            var from = Day("2024-01-01").AddDays(random.Next(0, 500));
            var to = from.AddDays(random.Next(0, 400));
            var filter = FactFilter.All.Between(from, to);
            if (random.Next(2) == 0)
            {
                filter = filter.Where(FactDimension.Province, "330000", "US-CA");
            }

            if (random.Next(2) == 0)
            {
                filter = filter.Where(FactDimension.Channel, nameof(ComplaintChannel.Phone), nameof(ComplaintChannel.App));
            }

            var granularity = random.Next(2) == 0 ? TimeGranularity.Month : (TimeGranularity?)null;
            var cube = s_engine.Count(snapshot, new CubeQuery(by, granularity, filter), denseCellLimit, default);

            var expected = facts.Where(f => Matches(f, filter)).GroupBy(f => string.Join('|', by.Select(d => KeyOf(f, d)))).ToDictionary(g => g.Key, g => (long)g.Count());
            var actual = cube.Rows.ToDictionary(r => string.Join('|', r.Keys), r => r.Total);
            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), actual.OrderBy(e => e.Key, StringComparer.Ordinal));
            if (granularity is not null && cube.Rows.Count > 0)
            {
                var row = cube.Rows[0];
                for (var p = 0; p < cube.Periods.Count; p++)
                {
                    var start = cube.Periods[p];
                    var expectedInPeriod = facts.Count(f => Matches(f, filter) && TimeBuckets.StartOf(f.ReceivedDate, TimeGranularity.Month) == start
                        && string.Join('|', by.Select(d => KeyOf(f, d))) == string.Join('|', row.Keys));
                    Assert.Equal(expectedInPeriod, row.Counts[p]);
                }
            }
        }
    }

    [Fact]
    public void Top_ComparesWithThePreviousPeriod()
    {
        var facts = new List<ComplaintFact>();
        facts.AddRange(Enumerable.Repeat(Fact("2026-10-05", "food", "330106"), 4)); // previous week
        facts.AddRange(Enumerable.Repeat(Fact("2026-10-12", "food", "330106"), 6)); // current week
        facts.AddRange(Enumerable.Repeat(Fact("2026-10-13", "food", "440305"), 2));
        var store = new ComplaintFactStore(RegionGazetteer.Default);
        store.Append(facts, "12");

        var top = s_engine.Top(store.Snapshot(), new TopQuery(FactDimension.Province, Day("2026-10-12"), Day("2026-10-18"), FactFilter.All, 5), default);

        Assert.Equal(8, top.Total);
        Assert.Equal(4, top.PreviousTotal);
        var zhejiang = top.Items[0];
        Assert.Equal("330000", zhejiang.Key);
        Assert.Equal(6, zhejiang.Count);
        Assert.Equal(0.75, zhejiang.Share, 10);
        Assert.Equal(4, zhejiang.PreviousCount);
        Assert.Equal(0.5, zhejiang.Change!.Value, 10);
        Assert.Equal(6 * 100_000.0 / 64_567_588, zhejiang.RatePer100k!.Value, 12); // 2020 census residents
        Assert.Null(top.Items[1].Change); // Guangdong had nothing the week before
    }

    [Fact]
    public void RepeatComplainants_CountsFactsWhoseComplainantAppearsAgain()
    {
        var store = StoreWith(
            Fact("2026-11-02", "food", "330106", complainant: "aaaaaaaa00000000"),
            Fact("2026-11-03", "food", "330106", complainant: "aaaaaaaa00000000"),
            Fact("2026-11-04", "food", "330106", complainant: "bbbbbbbb00000000"),
            Fact("2026-11-04", "food", "330106", complainant: null));

        var (withComplainant, repeated) = s_engine.RepeatComplainants(store.Snapshot(), FactFilter.All, default);

        Assert.Equal(3, withComplainant);
        Assert.Equal(2, repeated);
    }

    [Fact]
    public void Snapshot_DoesNotSeeLaterAppends()
    {
        var store = StoreWith(Fact("2026-11-02", "food", "330106"));
        var snapshot = store.Snapshot();

        store.Append([Fact("2026-11-03", "travel", "330106")], "2");

        Assert.Equal(1, s_engine.Count(snapshot, new CubeQuery([FactDimension.Category], null, FactFilter.All), default).Total);
        Assert.Equal(2, s_engine.Count(store.Snapshot(), new CubeQuery([FactDimension.Category], null, FactFilter.All), default).Total);
        Assert.Equal("2", store.Checkpoint);
    }

    [Fact]
    public void Count_CancelledToken_Throws()
    {
        var store = StoreWith(Fact("2026-11-02", "food", "330106"));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            s_engine.Count(store.Snapshot(), new CubeQuery([FactDimension.Category], null, FactFilter.All), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Count_FourDimensions_IsRefusedNamingTheLimit()
    {
        var store = StoreWith(Fact("2026-11-02", "food", "330106"));

        var refused = Assert.Throws<ArgumentException>(() => s_engine.Count(
            store.Snapshot(),
            new CubeQuery([FactDimension.Category, FactDimension.Issue, FactDimension.Province, FactDimension.Channel], null, FactFilter.All),
            default));
        Assert.Contains("at most 3", refused.Message, StringComparison.Ordinal);
    }

    private static ComplaintFactStore StoreWith(params ComplaintFact[] facts)
    {
        var store = new ComplaintFactStore(RegionGazetteer.Default);
        store.Append(facts, facts.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return store;
    }

    private static ComplaintFact Fact(string day, string category, string? region, string? complainant = null, string merchant = "m-1") =>
        new(Day(day), category, "quality", region, merchant, "Shop " + merchant, "tmall", ComplaintChannel.Phone, "hotline-zj", complainant);

    private static List<ComplaintFact> RandomFacts(Random random, int count)
    {
        string[] regions = ["330106", "330100", "330000", "440305", "110105", "US-CA", "US-TX"];
        ComplaintChannel[] channels = [ComplaintChannel.Phone, ComplaintChannel.App, ComplaintChannel.Web, ComplaintChannel.WeChat];
        var facts = new List<ComplaintFact>(count);
        for (var i = 0; i < count; i++)
        {
            facts.Add(new ComplaintFact(
                Day("2024-01-01").AddDays(random.Next(0, 900)),
                "c" + random.Next(0, 12).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "i" + random.Next(0, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
                random.Next(10) == 0 ? null : regions[random.Next(regions.Length)],
                random.Next(8) == 0 ? null : "m-" + random.Next(0, 400).ToString(System.Globalization.CultureInfo.InvariantCulture),
                null,
                random.Next(3) == 0 ? null : "platform-" + random.Next(0, 3).ToString(System.Globalization.CultureInfo.InvariantCulture),
                channels[random.Next(channels.Length)],
                "source-" + random.Next(0, 4).ToString(System.Globalization.CultureInfo.InvariantCulture),
                null));
        }

        return facts;
    }

    private static bool Matches(ComplaintFact fact, FactFilter filter) =>
        fact.ReceivedDate >= filter.From && fact.ReceivedDate <= filter.To
        && filter.Keys.All(k => KeyOf(fact, k.Key) is { } key && k.Value.Contains(key));

    private static string? KeyOf(ComplaintFact fact, FactDimension dimension) => dimension switch
    {
        FactDimension.Category => fact.SubjectCode,
        FactDimension.Issue => fact.IssueCode,
        FactDimension.Province => fact.RegionCode is null ? null : RegionGazetteer.Default.ProvinceCodeOf(fact.RegionCode),
        FactDimension.City => fact.RegionCode is null ? null : CityOf(fact.RegionCode),
        FactDimension.County => fact.RegionCode is { } code && RegionGazetteer.Default.Find(code)?.Level == RegionLevel.County ? code : null,
        FactDimension.Merchant => fact.MerchantKey,
        FactDimension.Platform => fact.Platform,
        FactDimension.Channel => fact.Channel.ToString(),
        FactDimension.Source => fact.Source,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    private static string? CityOf(string code)
    {
        var region = RegionGazetteer.Default.Find(code)!;
        return region.Level == RegionLevel.City ? code : RegionGazetteer.Default.AncestorsOf(region).FirstOrDefault(a => a.Level == RegionLevel.City)?.Code;
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
