using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using RegulatorHub.Dashboard.Components.Controls;
using RegulatorHub.Dashboard.Maps;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Tests.Maps;

/// <summary>The map component rendered with bUnit on the real embedded maps.</summary>
public sealed class ChoroplethMapTests : BunitContext
{
    private static readonly MapCatalog Catalog = new(RegionGazetteer.Default);

    public ChoroplethMapTests()
    {
        Services.AddSingleton(Catalog);
    }

    /// <summary>Every province a distinct value, 1 (北京) … 34, in code order.</summary>
    private static Dictionary<string, double> ProvinceValues() =>
        RegionGazetteer.Default.Provinces.Select((p, i) => (p.Code, Value: i + 1.0)).ToDictionary(p => p.Code, p => p.Value);

    private IRenderedComponent<ChoroplethMap> RenderMap(
        string mapId, IReadOnlyDictionary<string, double> values, Action<string>? onSelect = null, string? selected = null) =>
        Render<ChoroplethMap>(p => p
            .Add(m => m.MapId, mapId)
            .Add(m => m.Values, values)
            .Add(m => m.Title, "各省投诉量 · Complaints by province")
            .Add(m => m.ValueLabel, "件 complaints")
            .Add(m => m.SelectedKey, selected)
            .Add(m => m.OnSelect, EventCallback.Factory.Create<string>(this, key => onSelect?.Invoke(key))));

    [Fact]
    public void Renders_an_accessible_svg_with_one_button_per_region_with_a_value()
    {
        var cut = RenderMap(MapCatalog.China, ProvinceValues());
        var svg = cut.Find("figure > svg");
        Assert.Equal("group", svg.GetAttribute("role"));
        Assert.Equal("各省投诉量 · Complaints by province", svg.GetAttribute("aria-label"));
        Assert.True(Catalog.TryGet(MapCatalog.China, out var map));
        Assert.Equal(map.ViewBox, svg.GetAttribute("viewBox"));

        var buttons = cut.FindAll("path[role=button]");
        Assert.Equal(34, buttons.Count);
        var guangdong = cut.Find("path[data-key='440000']");
        Assert.Equal("0", guangdong.GetAttribute("tabindex"));
        var value = ProvinceValues()["440000"];
        Assert.Equal($"广东省 · Guangdong: {value:0} 件 complaints", guangdong.GetAttribute("aria-label"));
        Assert.Equal(guangdong.GetAttribute("aria-label"), guangdong.QuerySelector("title")!.TextContent);
    }

    [Fact]
    public void Clicking_a_region_raises_OnSelect_with_its_code()
    {
        var selected = new List<string>();
        var cut = RenderMap(MapCatalog.China, ProvinceValues(), selected.Add);
        cut.Find("path[data-key='330000']").Click();
        cut.Find("path[data-key='650000']").Click();
        Assert.Equal(["330000", "650000"], selected);
    }

    [Fact]
    public void Enter_and_space_select_the_focused_region_and_other_keys_do_not()
    {
        var selected = new List<string>();
        var cut = RenderMap(MapCatalog.UnitedStates, new Dictionary<string, double> { ["US-CA"] = 10, ["US-TX"] = 5 }, selected.Add);
        cut.Find("path[data-key='US-CA']").KeyDown(new KeyboardEventArgs { Key = "Enter" });
        cut.Find("path[data-key='US-TX']").KeyDown(new KeyboardEventArgs { Key = " ", Code = "Space" });
        cut.Find("path[data-key='US-TX']").KeyDown(new KeyboardEventArgs { Key = "Tab" });
        cut.Find("path[data-key='US-TX']").KeyDown(new KeyboardEventArgs { Key = "a" });
        Assert.Equal(["US-CA", "US-TX"], selected);
    }

    [Fact]
    public void Fills_darken_as_values_grow()
    {
        var values = ProvinceValues();
        var cut = RenderMap(MapCatalog.China, values);
        var byValue = values.OrderBy(p => p.Value)
            .Select(p => Colour.Luminance(cut.Find($"path[data-key='{p.Key}']").GetAttribute("fill")!))
            .ToList();
        for (var i = 1; i < byValue.Count; i++)
        {
            Assert.True(byValue[i] <= byValue[i - 1], $"value rank {i} is lighter than rank {i - 1}");
        }

        Assert.True(byValue[^1] < byValue[0], "the largest value should be darker than the smallest");
        Assert.Equal(5, byValue.Distinct().Count());
    }

    [Fact]
    public void Regions_without_a_value_are_grey_and_cannot_be_focused_or_selected()
    {
        var selected = new List<string>();
        var cut = RenderMap(MapCatalog.China, new Dictionary<string, double> { ["440000"] = 5, ["110000"] = 0 }, selected.Add);
        var tibet = cut.Find("path[data-key='540000']");
        Assert.Equal(ChoroplethScale.NoDataFill, tibet.GetAttribute("fill"));
        Assert.Null(tibet.GetAttribute("tabindex"));
        Assert.Null(tibet.GetAttribute("role"));
        Assert.Throws<MissingEventHandlerException>(() => tibet.Click()); // no click handler at all
        Assert.Throws<MissingEventHandlerException>(() => tibet.KeyDown(new KeyboardEventArgs { Key = "Enter" }));
        Assert.Empty(selected);
        Assert.Equal(2, cut.FindAll("path[tabindex]").Count);

        // Zero is a value: its own near-white, and still selectable.
        var beijing = cut.Find("path[data-key='110000']");
        Assert.Equal(ChoroplethScale.ZeroFill, beijing.GetAttribute("fill"));
        Assert.Equal("0", beijing.GetAttribute("tabindex"));
        Assert.NotEqual(ChoroplethScale.NoDataFill, cut.Find("path[data-key='440000']").GetAttribute("fill"));
    }

    [Fact]
    public void Land_without_a_code_is_grey_and_inert()
    {
        var cut = RenderMap("810000", new Dictionary<string, double> { ["810000"] = 3 });
        var paths = cut.FindAll("path");
        Assert.NotEmpty(paths);
        Assert.All(paths, p =>
        {
            Assert.Equal(ChoroplethScale.NoDataFill, p.GetAttribute("fill"));
            Assert.Null(p.GetAttribute("tabindex"));
            Assert.Null(p.GetAttribute("data-key"));
        });
    }

    [Fact]
    public void New_values_change_fills_but_not_geometry()
    {
        var values = ProvinceValues();
        var cut = RenderMap(MapCatalog.China, values);
        var before = cut.FindAll("path[data-key]").ToDictionary(p => p.GetAttribute("data-key")!, p => (D: p.GetAttribute("d"), Fill: p.GetAttribute("fill")));

        // Reverse the ranking: the lowest province becomes the highest.
        var reversed = values.ToDictionary(p => p.Key, p => 35 - p.Value);
        cut.Render(p => p.Add(m => m.Values, reversed));
        var after = cut.FindAll("path[data-key]").ToDictionary(p => p.GetAttribute("data-key")!, p => (D: p.GetAttribute("d"), Fill: p.GetAttribute("fill")));

        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, p => Assert.Equal(p.Value.D, after[p.Key].D));
        Assert.NotEqual(before["110000"].Fill, after["110000"].Fill);
        Assert.Equal(before["110000"].Fill, after["820000"].Fill); // 北京 was lowest; 澳门 (last code) is lowest now
        Assert.True(Catalog.TryGet(MapCatalog.China, out var map));
        Assert.True(map.TryGetFeature("440000", out var guangdong));
        Assert.Same(guangdong.Path, map.Features.Single(f => f.Key == "440000").Path);
        Assert.Equal(guangdong.Path, after["440000"].D);
    }

    [Fact]
    public void The_selected_region_is_marked_and_outlined()
    {
        var cut = RenderMap(MapCatalog.China, ProvinceValues(), selected: "320000");
        var jiangsu = cut.Find("path[data-key='320000']");
        Assert.Equal("true", jiangsu.GetAttribute("aria-current"));
        var outline = cut.Find("path.selected-outline");
        Assert.Equal(jiangsu.GetAttribute("d"), outline.GetAttribute("d"));
        Assert.Equal("true", outline.GetAttribute("aria-hidden"));
        Assert.Single(cut.FindAll("path[aria-current]"));

        cut.Render(p => p.Add(m => m.SelectedKey, null));
        Assert.Empty(cut.FindAll("path.selected-outline"));
    }

    [Fact]
    public void Drill_down_shows_a_provinces_cities_classed_among_themselves()
    {
        var values = new Dictionary<string, double> { ["440100"] = 900, ["440300"] = 1200, ["440600"] = 30, ["440000"] = 99_999 };
        var cut = RenderMap("440000", values);
        Assert.Equal(3, cut.FindAll("path[role=button]").Count);
        Assert.Equal(ChoroplethScale.Palette[^1], cut.Find("path[data-key='440300']").GetAttribute("fill"));
        Assert.Equal(ChoroplethScale.Palette[0], cut.Find("path[data-key='440600']").GetAttribute("fill"));
        Assert.Contains("深圳市: 1,200 件 complaints", cut.Find("path[data-key='440300']").GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public void Legend_and_hidden_table_tell_the_values_in_words()
    {
        var cut = Render<ChoroplethMap>(p => p
            .Add(m => m.MapId, MapCatalog.UnitedStates)
            .Add(m => m.Title, "Complaints per 100k residents")
            .Add(m => m.Values, new Dictionary<string, double> { ["US-CA"] = 12.5, ["US-NY"] = 3.25, ["US-VT"] = 0 })
            .Add(m => m.FormatValue, v => v.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)));
        var legend = cut.Find("figcaption.legend").TextContent;
        Assert.Contains("3.3", legend, StringComparison.Ordinal);
        Assert.Contains("12.5", legend, StringComparison.Ordinal);
        Assert.Contains("0.0", legend, StringComparison.Ordinal); // the zero swatch
        Assert.Contains("no data", legend, StringComparison.Ordinal);

        var rows = cut.FindAll("table.visually-hidden tbody tr");
        Assert.Equal(51, rows.Count);
        Assert.Equal("加利福尼亚州 · California", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal("12.5", rows[0].QuerySelector("td")!.TextContent);
        Assert.Equal("Complaints per 100k residents", cut.Find("table.visually-hidden caption").TextContent);
    }

    [Fact]
    public void An_unknown_map_says_so_instead_of_failing()
    {
        var cut = RenderMap("999999", new Dictionary<string, double>());
        Assert.Empty(cut.FindAll("svg"));
        Assert.Contains("999999", cut.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }
}
