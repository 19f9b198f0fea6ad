using System.Globalization;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Tests.Facts;

public sealed class FactStoreFileTests
{
    private static readonly FactQueryEngine s_engine = new(RegionPopulation.Default);

    [Fact]
    public void Load_SavedStore_AnswersEveryQueryAsBeforeAndKeepsTheCheckpoint()
    {
        var store = StoreWithFacts(70_000); // more than one chunk
        using var file = new MemoryStream();
        FactStoreFile.Save(store, file);
        file.Position = 0;

        var loaded = FactStoreFile.Load(file, RegionGazetteer.Default);

        Assert.Equal(store.Count, loaded.Count);
        Assert.Equal("70000", loaded.Checkpoint);
        foreach (var by in new[] { FactDimension.Category, FactDimension.Province, FactDimension.City, FactDimension.Merchant, FactDimension.Channel })
        {
            var query = new CubeQuery([by], TimeGranularity.Month, FactFilter.All);
            Assert.Equal(Describe(s_engine.Count(store.Snapshot(), query, default)), Describe(s_engine.Count(loaded.Snapshot(), query, default)));
        }

        var top = new TopQuery(FactDimension.Merchant, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), FactFilter.All, 3);
        Assert.Equal(s_engine.Top(store.Snapshot(), top, default).Items, s_engine.Top(loaded.Snapshot(), top, default).Items);
    }

    [Fact]
    public void Load_ThenAppend_ContinuesWithTheSameCodes()
    {
        var store = StoreWithFacts(1_000);
        using var file = new MemoryStream();
        FactStoreFile.Save(store, file);
        file.Position = 0;
        var loaded = FactStoreFile.Load(file, RegionGazetteer.Default);
        var merchantFilter = FactFilter.All.Where(FactDimension.Merchant, "m-1");
        var before = s_engine.Count(loaded.Snapshot(), new CubeQuery([], null, merchantFilter), default).Total;

        loaded.Append([new ComplaintFact(new DateOnly(2025, 6, 1), "c1", "i1", "330106", "m-1", null, null, ComplaintChannel.App, "s", null)], "1001");

        var after = s_engine.Count(loaded.Snapshot(), new CubeQuery([FactDimension.County], null, merchantFilter), default);
        Assert.Equal(before + 1, after.Total);
        Assert.Contains(after.Rows, row => row.Keys[0] == "330106");
        Assert.Equal("1001", loaded.Checkpoint);
    }

    [Fact]
    public void Load_OneByteChanged_IsRefused()
    {
        using var file = new MemoryStream();
        FactStoreFile.Save(StoreWithFacts(2_000), file);
        var bytes = file.ToArray();
        bytes[bytes.Length / 2] ^= 0x01;

        Assert.Throws<InvalidDataException>(() => FactStoreFile.Load(new MemoryStream(bytes), RegionGazetteer.Default));
    }

    [Fact]
    public void Load_TruncatedFile_IsRefused()
    {
        using var file = new MemoryStream();
        FactStoreFile.Save(StoreWithFacts(2_000), file);

        var truncated = new MemoryStream(file.ToArray()[..(int)(file.Length - 40)]);

        Assert.Throws<InvalidDataException>(() => FactStoreFile.Load(truncated, RegionGazetteer.Default));
    }

    private static string Describe(CountCube cube) =>
        string.Join('\n', cube.Rows.Select(r => string.Join('|', r.Keys) + ":" + string.Join(',', r.Counts)));

    private static ComplaintFactStore StoreWithFacts(int count)
    {
        var random = new Random(11);
        string[] regions = ["330106", "330100", "440305", "110105", "US-CA"];
        var facts = Enumerable.Range(0, count).Select(i => new ComplaintFact(
            new DateOnly(2024, 1, 1).AddDays(random.Next(0, 600)),
            "c" + random.Next(0, 9).ToString(CultureInfo.InvariantCulture),
            "i" + random.Next(0, 4).ToString(CultureInfo.InvariantCulture),
            regions[random.Next(regions.Length)],
            "m-" + random.Next(0, 50).ToString(CultureInfo.InvariantCulture),
            "Shop " + random.Next(0, 50).ToString(CultureInfo.InvariantCulture),
            random.Next(2) == 0 ? null : "tmall",
            (ComplaintChannel)random.Next(1, 6),
            "hotline",
            random.Next(0, 500).ToString("x8", CultureInfo.InvariantCulture))).ToList();
        var store = new ComplaintFactStore(RegionGazetteer.Default);
        store.Append(facts, count.ToString(CultureInfo.InvariantCulture));
        return store;
    }
}
