using RegulatorHub.Dashboard.Maps;

namespace RegulatorHub.Dashboard.Tests.Maps;

public sealed class ChoroplethScaleTests
{
    [Fact]
    public void Skewed_values_get_five_classes_of_about_equal_size()
    {
        // 30 regions, one of them far above the rest: a linear scale would put 29 in the lowest class.
        var values = Enumerable.Range(1, 29).Select(i => (double)i).Append(10_000).ToList();
        var scale = ChoroplethScale.Create(values);
        Assert.Equal(5, scale.Classes.Count);
        Assert.All(scale.Classes, c => Assert.Equal(6, c.Count));
        Assert.Equal(ChoroplethScale.Palette, scale.Classes.Select(c => c.Fill));
        Assert.Equal(scale.Classes[0].Fill, scale.FillFor(1));
        Assert.Equal(scale.Classes[^1].Fill, scale.FillFor(10_000));
    }

    [Fact]
    public void Ties_never_straddle_classes_and_the_top_class_is_always_darkest()
    {
        var scale = ChoroplethScale.Create([5, 5, 5, 5, 5, 5, 5, 9]);
        Assert.Equal(2, scale.Classes.Count);
        Assert.Equal((5.0, 5.0, 7), (scale.Classes[0].Min, scale.Classes[0].Max, scale.Classes[0].Count));
        Assert.Equal(ChoroplethScale.Palette[0], scale.FillFor(5));
        Assert.Equal(ChoroplethScale.Palette[^1], scale.FillFor(9));
    }

    [Fact]
    public void Zero_and_missing_values_have_their_own_colours()
    {
        var scale = ChoroplethScale.Create([0, 0, 3, double.NaN]);
        Assert.Single(scale.Classes);
        Assert.Equal(ChoroplethScale.ZeroFill, scale.FillFor(0));
        Assert.Equal(ChoroplethScale.NoDataFill, scale.FillFor(null));
        Assert.Equal(ChoroplethScale.NoDataFill, scale.FillFor(double.NaN));
        Assert.DoesNotContain(ChoroplethScale.ZeroFill, ChoroplethScale.Palette);
        Assert.DoesNotContain(ChoroplethScale.NoDataFill, ChoroplethScale.Palette);
    }

    [Fact]
    public void Palette_darkens_step_by_step()
    {
        var lightness = ChoroplethScale.Palette.Select(Colour.Luminance).ToList();
        for (var i = 1; i < lightness.Count; i++)
        {
            Assert.True(lightness[i] < lightness[i - 1], $"palette step {i} is not darker");
        }
    }
}
