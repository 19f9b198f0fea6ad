using Bunit;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Dashboard.Components.Controls;

namespace RegulatorHub.Dashboard.Tests.Components;

public sealed class HeatmapTests : IDisposable
{
    private readonly DashboardComponentContext _context = new();

    private static CountCube Cube => new(
        [FactDimension.Category, FactDimension.Province], [],
        [
            new CubeRow(["goods.appliances", "440000"], [900], 900),
            new CubeRow(["goods.appliances", "330000"], [100], 100),
            new CubeRow(["services.financial", "440000"], [25], 25),
            new CubeRow(["services.financial", null], [70], 70),
        ],
        1095, "9");

    [Fact]
    public void Rows_and_columns_are_the_largest_stated_keys_and_every_cell_carries_its_count()
    {
        var heatmap = _context.Render<Heatmap>(p => p.Add(h => h.Cube, Cube));

        var cells = heatmap.FindAll("button[data-cell-category]")
            .Select(b => (b.GetAttribute("data-cell-category"), b.GetAttribute("data-cell-region"), b.GetAttribute("data-count"))).ToList();
        Assert.Equal(
            [("goods.appliances", "440000", "900"), ("goods.appliances", "330000", "100"), ("services.financial", "440000", "25"), ("services.financial", "330000", "0")],
            cells);
        Assert.Equal(["Guangdong", "Zhejiang"], heatmap.FindAll("th.col").Select(h => h.TextContent));
    }

    [Fact]
    public void Darker_cells_hold_more_complaints()
    {
        var heatmap = _context.Render<Heatmap>(p => p.Add(h => h.Cube, Cube));

        var alphas = heatmap.FindAll("button[data-cell-category]")
            .ToDictionary(b => b.GetAttribute("data-count")!, b => Alpha(b.GetAttribute("style")!));
        Assert.True(alphas["900"] > alphas["100"] && alphas["100"] > alphas["25"] && alphas["25"] > alphas["0"]);
    }

    [Fact]
    public void Choosing_a_cell_raises_its_category_and_region()
    {
        (string, string)? chosen = null;
        var heatmap = _context.Render<Heatmap>(p => p.Add(h => h.Cube, Cube).Add(h => h.OnSelect, cell => chosen = cell));

        heatmap.Find("button[data-cell-category='services.financial'][data-cell-region='440000']").Click();

        Assert.Equal(("services.financial", "440000"), chosen);
    }

    private static double Alpha(string style)
    {
        var start = style.IndexOf("rgba(", StringComparison.Ordinal);
        var parts = style[(start + 5)..style.IndexOf(')', start)].Split(',');
        return double.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => _context.Dispose();
}
