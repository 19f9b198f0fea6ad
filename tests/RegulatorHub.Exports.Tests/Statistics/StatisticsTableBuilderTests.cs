using RegulatorHub.Analytics.Facts;
using RegulatorHub.Analytics.Time;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports.Tests.Statistics;

public sealed class StatisticsTableBuilderTests
{
    private static readonly DateOnly s_monday = new(2026, 3, 2);

    [Fact]
    public async Task BuildAsync_OneDimensionWithWeeks_ColumnsAreEveryPeriodIncludingEmptyOnes()
    {
        // Complaints in weeks 1 and 3 only; week 2 must still get a (zero) column.
        var facts = Many(30, s_monday, "goods.daily", "330106").Concat(Many(12, s_monday.AddDays(14), "goods.daily", "330106")).ToList();

        var table = await StatisticsTestData.BuildAsync(facts, new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Region],
            Granularity = TimeGranularity.Week,
            From = s_monday,
            To = s_monday.AddDays(20),
        });

        Assert.Equal(StatisticsColumnAxis.Periods, table.ColumnAxis);
        Assert.Equal(["2026-03-02", "2026-03-09", "2026-03-16"], table.Columns.Select(c => c.Code));
        var row = Assert.Single(table.Rows);
        Assert.Equal(("330000", "浙江省"), (row[0].Code, row[0].Name));
        Assert.Equal([30L, 0L, 12L], Enumerable.Range(0, 3).Select(c => table.Cell(0, c).Value!.Value));
        Assert.Equal(42, table.GrandTotal.Value);
        Assert.True(table.HasTotalColumn);
        Assert.Equal(s_monday, table.Metadata.DataFrom);
        Assert.Equal("checkpoint-42", table.Metadata.Watermark);
    }

    [Fact]
    public async Task BuildAsync_TwoDimensionsNoGranularity_PivotsTheLastDimensionWithZeroCells()
    {
        var facts = Many(20, s_monday, "goods.daily", "330106")
            .Concat(Many(15, s_monday, "goods.daily", "110101"))
            .Concat(Many(11, s_monday, "goods.clothing", "330106"))
            .ToList();

        var table = await StatisticsTestData.BuildAsync(facts, new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Category, StatisticsDimension.Region],
            From = s_monday,
            To = s_monday,
        });

        Assert.Equal(StatisticsColumnAxis.LastDimension, table.ColumnAxis);
        Assert.Equal([StatisticsDimension.Category], table.RowDimensions);
        Assert.Equal(StatisticsDimension.Region, table.ColumnDimension);
        Assert.Equal(["goods.daily", "goods.clothing"], table.Rows.Select(r => r[0].Code));
        Assert.Equal(["330000", "110000"], table.Columns.Select(c => c.Code));
        Assert.Equal(0, table.Cell(1, 1).Value);
        Assert.Equal(31, table.ColumnTotal(0).Value);
    }

    [Fact]
    public async Task BuildAsync_NoDimensionsNoGranularity_IsOneCellThatIsTheTotal()
    {
        var table = await StatisticsTestData.BuildAsync(Many(25, s_monday, "goods.daily", "330106").ToList(), new StatisticsDefinition { From = s_monday, To = s_monday });

        Assert.Equal(StatisticsColumnAxis.Complaints, table.ColumnAxis);
        Assert.Equal(25, table.Cell(0, 0).Value);
        Assert.False(table.HasTotalColumn);
        Assert.False(table.HasTotalRow);
    }

    [Fact]
    public async Task BuildAsync_RegionFilterAtProvinceGroupedByCity_CountsOnlyThatProvince()
    {
        var facts = Many(20, s_monday, "goods.daily", "330106").Concat(Many(30, s_monday, "goods.daily", "110101")).ToList();

        var table = await StatisticsTestData.BuildAsync(facts, new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Region],
            RegionLevel = StatisticsRegionLevel.City,
            From = s_monday,
            To = s_monday,
            Filters = new Dictionary<StatisticsDimension, IReadOnlyList<string>> { [StatisticsDimension.Region] = ["330000"] },
        });

        Assert.Equal("330100", Assert.Single(table.Rows)[0].Code);
        Assert.Equal(20, table.GrandTotal.Value);
    }

    [Fact]
    public async Task BuildAsync_SmallTotal_IsSuppressedAndFactsCountedWithheld()
    {
        var table = await StatisticsTestData.BuildAsync(Many(4, s_monday, "goods.daily", "330106").ToList(), new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Category],
            From = s_monday,
            To = s_monday,
        });

        Assert.True(table.GrandTotal.IsSuppressed);
        Assert.True(table.Cell(0, 0).IsSuppressed);
        Assert.Null(table.Metadata.FactsCounted);
    }

    [Fact]
    public async Task BuildAsync_TooManyCells_IsRefusedNamingGranularityAndTheCellCount()
    {
        // 80 merchants over 366 days: 29,280 cells.
        var facts = Enumerable.Range(0, 80)
            .SelectMany(i => new[] { StatisticsTestData.Fact(s_monday.AddYears(-1), "goods.daily", $"m-{i}"), StatisticsTestData.Fact(s_monday, "goods.daily", $"m-{i}") })
            .ToList();

        var result = await StatisticsTestData.Builder(facts).BuildAsync(new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Merchant],
            Granularity = TimeGranularity.Day,
            From = s_monday.AddYears(-1),
            To = s_monday,
        }, CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("granularity", error.Parameter);
        Assert.Contains("29280 cells (80 rows x 366 columns)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_InvalidDefinition_ReturnsTheErrors()
    {
        var result = await StatisticsTestData.Builder([]).BuildAsync(new StatisticsDefinition { From = s_monday, To = s_monday.AddDays(-1) }, CancellationToken.None);

        Assert.Equal("from", Assert.Single(result.Errors).Parameter);
    }

    private static IEnumerable<ComplaintFact> Many(int count, DateOnly day, string category, string region) =>
        Enumerable.Range(0, count).Select(_ => StatisticsTestData.Fact(day, category, "m-1", "Shop", region));
}
