using System.Globalization;
using System.Text.RegularExpressions;
using RegulatorHub.Dashboard.Maps;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Tests.Maps;

/// <summary>The embedded maps against the gazetteer: every region the dashboard reports on can be drawn.</summary>
public sealed partial class MapCatalogTests
{
    private static readonly RegionGazetteer Gazetteer = RegionGazetteer.Default;
    private static readonly MapCatalog Catalog = new(Gazetteer);

    [Fact]
    public void China_map_has_exactly_one_feature_per_province()
    {
        Assert.True(Catalog.TryGet(MapCatalog.China, out var map));
        var expected = Gazetteer.Provinces.Select(p => p.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expected, map.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(34, map.Keys.Count());
    }

    [Fact]
    public void Us_map_has_exactly_one_feature_per_state_and_dc()
    {
        Assert.True(Catalog.TryGet(MapCatalog.UnitedStates, out var map));
        var expected = Gazetteer.UsStates.Select(s => s.Code).Order(StringComparer.Ordinal);
        Assert.Equal(expected, map.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("US-DC", map.Keys);
        Assert.Equal(51, map.Keys.Count());
    }

    [Fact]
    public void Every_province_has_a_drill_down_map_keyed_by_its_own_children()
    {
        foreach (var province in Gazetteer.Provinces)
        {
            Assert.True(Catalog.TryGet(province.Code, out var map), $"no map for {province}");
            foreach (var key in map.Keys)
            {
                Assert.True(Gazetteer.TryGet(key, out var region), $"{province.Code}: key {key} is not a region");
                Assert.Equal(province.Code, region.ParentCode);
            }
        }
    }

    [Theory]
    [InlineData("110000", 16)] // 北京: its 16 districts
    [InlineData("440000", 21)] // 广东: 21 prefecture-level cities
    [InlineData("650000", 22)] // 新疆: cities, prefectures and the county-level cities under the region itself
    public void Mainland_drill_down_maps_cover_the_next_level(string province, int atLeast)
    {
        Assert.True(Catalog.TryGet(province, out var map));
        Assert.True(map.Keys.Count() >= atLeast, $"{province}: {map.Keys.Count()} keyed features");
        foreach (var city in Gazetteer.ChildrenOf(province).Where(c => c.Level == RegionLevel.City))
        {
            Assert.Contains(city.Code, map.Keys);
        }
    }

    [Fact]
    public void Regions_without_codes_are_kept_as_keyless_features()
    {
        // The gazetteer has 香港 only at province level: its districts are drawn, but carry no key.
        Assert.True(Catalog.TryGet("810000", out var map));
        Assert.NotEmpty(map.Features);
        Assert.All(map.Features, f => Assert.Null(f.Key));
    }

    [Fact]
    public void Every_path_is_well_formed_and_inside_the_view_box()
    {
        foreach (var id in Catalog.MapIds)
        {
            Assert.True(Catalog.TryGet(id, out var map));
            Assert.Equal(FormattableString.Invariant($"0 0 {map.Width:0.#} {map.Height:0.#}"), map.ViewBox);
            foreach (var feature in map.Features)
            {
                Assert.StartsWith("M", feature.Path, StringComparison.Ordinal);
                Assert.EndsWith("Z", feature.Path, StringComparison.Ordinal);
                Assert.Matches(PathSyntax(), feature.Path);
                foreach (var pair in feature.Path.Split(['M', 'L', 'Z'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var xy = pair.Split(' ');
                    var x = double.Parse(xy[0], CultureInfo.InvariantCulture);
                    var y = double.Parse(xy[1], CultureInfo.InvariantCulture);
                    Assert.InRange(x, 0, map.Width);
                    Assert.InRange(y, 0, map.Height);
                }
            }
        }
    }

    [Fact]
    public void Names_come_from_the_gazetteer()
    {
        Assert.True(Catalog.TryGet(MapCatalog.China, out var china));
        Assert.True(china.TryGetFeature("650000", out var xinjiang));
        Assert.Equal("新疆维吾尔自治区 · Xinjiang", xinjiang.Name); // the source says only 新疆
        Assert.True(Catalog.TryGet("370000", out var shandong));
        Assert.True(shandong.TryGetFeature("370100", out var jinan));
        Assert.Equal("济南市", jinan.Name);
    }

    [Fact]
    public void Maps_are_built_once_and_unknown_ids_are_refused()
    {
        Assert.True(Catalog.TryGet(MapCatalog.China, out var first));
        Assert.True(Catalog.TryGet(MapCatalog.China, out var second));
        Assert.Same(first, second);
        Assert.False(Catalog.TryGet("999999", out var none));
        Assert.Null(none);
        Assert.False(Catalog.TryGet("SOURCE", out _));
        Assert.Equal(36, Catalog.MapIds.Count);
    }

    [Fact]
    public void Alaska_and_hawaii_are_insets_south_west_of_the_contiguous_states()
    {
        Assert.True(Catalog.TryGet(MapCatalog.UnitedStates, out var us));
        var (akX, akY) = Centre(us, "US-AK");
        var (waX, waY) = Centre(us, "US-WA");
        var (meX, _) = Centre(us, "US-ME");
        var (_, flY) = Centre(us, "US-FL");
        Assert.True(akY > waY, "Alaska should sit below Washington, not above it at its true latitude");
        Assert.True(akX < meX / 3, "Alaska should sit at the west side");
        Assert.True(Centre(us, "US-HI").Y > flY * 0.9, "Hawaii should sit at the bottom");
    }

    [Fact]
    public void Insets_are_framed_and_other_maps_have_no_frames()
    {
        Assert.True(Catalog.TryGet(MapCatalog.UnitedStates, out var us));
        Assert.Equal(2, us.InsetFrames.Count(c => c == 'M')); // Alaska, Hawaii
        Assert.True(Catalog.TryGet("460000", out var hainan));
        Assert.Equal(1, hainan.InsetFrames.Count(c => c == 'M')); // 三沙市
        Assert.True(Catalog.TryGet(MapCatalog.China, out var china));
        Assert.Empty(china.InsetFrames);
    }

    private static (double X, double Y) Centre(MapShape map, string key)
    {
        Assert.True(map.TryGetFeature(key, out var feature));
        var numbers = feature.Path.Split(['M', 'L', 'Z', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        var xs = numbers.Where((_, i) => i % 2 == 0).ToArray();
        var ys = numbers.Where((_, i) => i % 2 == 1).ToArray();
        return ((xs.Min() + xs.Max()) / 2, (ys.Min() + ys.Max()) / 2);
    }

    [GeneratedRegex(@"^(M-?\d+(\.\d)? -?\d+(\.\d)?(L-?\d+(\.\d)? -?\d+(\.\d)?){2,}Z)+$")]
    private static partial Regex PathSyntax();
}
