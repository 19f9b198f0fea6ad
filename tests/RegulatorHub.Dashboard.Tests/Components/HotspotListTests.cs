using Bunit;
using RegulatorHub.Analytics.Detection;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Dashboard.Components.Controls;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class HotspotListTests : IDisposable
{
    private readonly DashboardComponentContext _context = new();

    internal static Hotspot Hotspot(string category, string province, double observed, double expected, params HotspotContribution[] contributions) => new(
        new Dictionary<FactDimension, string?> { [FactDimension.Category] = category, [FactDimension.Province] = province },
        new SeriesAssessment
        {
            PeriodIndex = 10,
            Kind = HotspotKind.Spike,
            IsAlarm = true,
            IsHotspot = true,
            AdjustedPValue = 0.00003,
            Explanation = new HotspotExplanation
            {
                Observed = observed,
                Expected = expected,
                Threshold = expected * 2,
                PValue = 0.000001,
                Dispersion = 1.2,
                BaselineWindow = new BaselineWindow(0, 9, 10),
                PeriodsCovered = 10,
                Method = DetectionMethod.FarringtonFlexible,
                Contributions = contributions,
            },
        },
        [new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 8), new DateOnly(2026, 6, 15)],
        [expected, expected, observed]);

    internal static HotspotScan Scan(params Hotspot[] hotspots) =>
        new(new DateOnly(2026, 6, 15), TimeGranularity.Week, hotspots, 820, 600, "7");

    [Fact]
    public void Each_hotspot_is_a_row_named_by_its_series_with_observed_expected_and_threshold()
    {
        var list = _context.Render<HotspotList>(p => p.Add(l => l.Scan, Scan(Hotspot("goods.appliances", "330000", 120, 40))));

        var row = list.Find("tr[data-hotspot-key='Category=goods.appliances;Province=330000']");
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Household appliances & electronics · Zhejiang", cells[0]);
        Assert.Equal(["120", "40.0", "80"], cells[2..5]);
        Assert.Equal("< 0.0001", cells[5]);
        Assert.Contains("820 series scanned (600 fitted)", list.Find("[data-testid=hotspots-scanned]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Choosing_a_row_opens_its_explanation_and_choosing_it_again_closes_it()
    {
        var hotspot = Hotspot("goods.appliances", "330000", 120, 40, new HotspotContribution("Merchant", "m-9", 70, 5));
        var list = _context.Render<HotspotList>(p => p.Add(l => l.Scan, Scan(hotspot)));

        Assert.Empty(list.FindAll("[data-testid=explanation]"));
        list.Find("tr[data-hotspot-key]").Click();

        var explanation = list.Find("[data-testid=explanation]");
        Assert.Equal("120", explanation.QuerySelector("[data-testid=explanation-observed]")!.TextContent);
        Assert.Contains("3.0× expected", explanation.TextContent, StringComparison.Ordinal);
        var contributor = explanation.QuerySelector("[data-testid=explanation-contributions] tbody tr")!;
        Assert.Contains("m-9", contributor.TextContent, StringComparison.Ordinal);

        list.Find("tr[data-hotspot-key]").Click();
        Assert.Empty(list.FindAll("[data-testid=explanation]"));
    }

    [Fact]
    public void The_keyboard_opens_an_explanation_too()
    {
        var list = _context.Render<HotspotList>(p => p.Add(l => l.Scan, Scan(Hotspot("goods.appliances", "330000", 120, 40))));

        list.Find("tr[data-hotspot-key]").KeyDown(key: "Enter");

        Assert.Single(list.FindAll("[data-testid=explanation]"));
    }

    [Fact]
    public void Apply_hands_the_series_keys_to_the_page()
    {
        IReadOnlyDictionary<FactDimension, string?>? applied = null;
        var list = _context.Render<HotspotList>(p => p
            .Add(l => l.Scan, Scan(Hotspot("goods.appliances", "330000", 120, 40)))
            .Add(l => l.OnApply, keys => applied = keys));

        list.Find("tr[data-hotspot-key]").Click();
        list.Find("[data-testid=explanation-apply]").Click();

        Assert.Equal("330000", applied?[FactDimension.Province]);
        Assert.Equal("goods.appliances", applied?[FactDimension.Category]);
    }

    [Fact]
    public void The_mini_chart_plots_the_recent_counts_with_the_last_one_highest()
    {
        var list = _context.Render<HotspotList>(p => p.Add(l => l.Scan, Scan(Hotspot("goods.appliances", "330000", 120, 40))));

        var points = list.Find("svg.sparkline polyline").GetAttribute("points")!.Split(' ')
            .Select(p => double.Parse(p.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, points.Count);
        Assert.True(points[2] < points[0], "SVG y grows downwards: the spike must be drawn above the baseline");
    }

    public void Dispose() => _context.Dispose();
}
