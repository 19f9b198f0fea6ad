using RegulatorHub.Application.Privacy;

namespace RegulatorHub.Storage.Tests.Privacy;

public sealed class SmallCellSuppressorTests
{
    private static readonly DisclosureRule s_rule = DisclosureRule.Default;

    [Fact]
    public void Apply_NoSmallCells_NothingSuppressed()
    {
        var result = SmallCellSuppressor.Apply(CountTable.FromRows([[10, 20, 30], [40, 50, 60]]), s_rule);

        Assert.Equal(0, result.SuppressedCount);
        Assert.Equal(60, result[1, 2].Value);
        Assert.Equal(210, result.GrandTotal.Value);
    }

    [Fact]
    public void Apply_AllZeros_NothingSuppressed()
    {
        var result = SmallCellSuppressor.Apply(CountTable.FromRows([[0, 0], [0, 0]]), s_rule);

        Assert.Equal(0, result.SuppressedCount);
    }

    [Fact]
    public void Apply_ZerosAndLargeCells_ZerosPublished()
    {
        var result = SmallCellSuppressor.Apply(CountTable.FromRows([[0, 20], [30, 0]]), s_rule);

        Assert.Equal(0, result.SuppressedCount);
        Assert.Equal(0, result[0, 0].Value);
    }

    [Fact]
    public void Apply_SingleSmallCellInRow_PrimaryPlusComplementaryInRowAndColumn()
    {
        var table = CountTable.FromRows([[3, 20, 30], [40, 50, 60], [70, 80, 90]]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        Assert.Equal(SuppressionReason.Primary, result[0, 0].Reason);
        Assert.Null(result[0, 0].Value);
        Assert.Contains(Enumerable.Range(1, 2), c => result[0, c].Reason == SuppressionReason.Complementary);
        Assert.Contains(Enumerable.Range(1, 2), r => result[r, 0].Reason == SuppressionReason.Complementary);
        Assert.False(result.RowTotal(0).IsSuppressed);
        Assert.False(result.GrandTotal.IsSuppressed);
        AssertNoExactDisclosure(table, result);
    }

    [Fact]
    public void Apply_SingleSmallCell_ChoosesSmallestPartners()
    {
        var table = CountTable.FromRows([[3, 20, 30], [40, 50, 60], [70, 80, 90]]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        // The cheapest cycle through the small cell is the 2 x 2 block with 20, 40 and 50.
        Assert.Equal(4, result.SuppressedCount);
        Assert.True(result[0, 1].IsSuppressed);
        Assert.True(result[1, 0].IsSuppressed);
        Assert.True(result[1, 1].IsSuppressed);
    }

    [Fact]
    public void Apply_WholeRowSmall_RowTotalSuppressedAndNotRecomputable()
    {
        var table = CountTable.FromRows([[1, 2, 3], [40, 50, 60], [70, 80, 90]]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        Assert.All(Enumerable.Range(0, 3), c => Assert.Equal(SuppressionReason.Primary, result[0, c].Reason));
        Assert.Equal(SuppressionReason.Primary, result.RowTotal(0).Reason);
        AssertNoExactDisclosure(table, result);
    }

    [Fact]
    public void Apply_OneColumnTable_SmallCellAndPartnerSuppressed()
    {
        var table = CountTable.FromRows([[5], [40], [70]]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        Assert.True(result[0, 0].IsSuppressed);
        Assert.True(result.RowTotal(0).IsSuppressed);
        Assert.True(result[1, 0].IsSuppressed);
        AssertNoExactDisclosure(table, result);
    }

    [Fact]
    public void Apply_OnlyNonZeroCellInRowIsSmall_RowTotalSuppressedToo()
    {
        var table = CountTable.FromRows([[0, 4, 0], [40, 50, 60], [70, 80, 90]]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        Assert.Equal(SuppressionReason.Primary, result[0, 1].Reason);
        Assert.Equal(SuppressionReason.Primary, result.RowTotal(0).Reason);
        Assert.False(result[0, 0].IsSuppressed);
        AssertNoExactDisclosure(table, result);
    }

    [Fact]
    public void Apply_OneDimensionalSingleSmallCell_PartnerSuppressed()
    {
        var table = CountTable.FromCells([4, 30, 12, 50]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        Assert.Equal(SuppressionReason.Primary, result[0, 0].Reason);
        Assert.Equal(SuppressionReason.Complementary, result[0, 2].Reason);
        Assert.False(result.GrandTotal.IsSuppressed);
        Assert.Equal(2, result.SuppressedCount);
        AssertNoExactDisclosure(table, result);
    }

    [Fact]
    public void Apply_OneDimensionalOnlyNonZeroCellSmall_GrandTotalSuppressed()
    {
        var table = CountTable.FromCells([0, 7, 0]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        Assert.True(result[0, 1].IsSuppressed);
        Assert.True(result.GrandTotal.IsSuppressed);
        AssertNoExactDisclosure(table, result);
    }

    [Fact]
    public void Apply_OneDimensionalSingleSmallCellOtherwiseZeros_TotalIsOnlyPartner()
    {
        var table = CountTable.FromCells([0, 12, 0, 3]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        Assert.True(result[0, 3].IsSuppressed);
        Assert.True(result[0, 1].IsSuppressed);
        AssertNoExactDisclosure(table, result);
    }

    [Fact]
    public void Apply_PairSummingBelowThreshold_AddsCellSoGroupReachesThreshold()
    {
        var table = CountTable.FromCells([1, 2, 30, 40]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        Assert.Equal(SuppressionReason.Complementary, result[0, 2].Reason);
        Assert.False(result[0, 3].IsSuppressed);
        AssertNoExactDisclosure(table, result);
    }

    [Fact]
    public void Apply_ThresholdTwo_OnlyOnesArePrimary()
    {
        var table = CountTable.FromRows([[1, 2, 3], [4, 5, 6]]);

        var result = SmallCellSuppressor.Apply(table, new DisclosureRule(2));

        Assert.Equal(SuppressionReason.Primary, result[0, 0].Reason);
        Assert.NotEqual(SuppressionReason.Primary, result[0, 1].Reason);
        Assert.StartsWith("Counts of 1 are suppressed", result.RuleDescription, StringComparison.Ordinal);
        AssertNoExactDisclosure(table, result);
    }

    [Fact]
    public void Apply_SameTableTwice_SamePattern()
    {
        var table = CountTable.FromRows([[3, 20, 1, 44], [40, 5, 60, 9], [70, 80, 2, 90]]);

        var first = SmallCellSuppressor.Apply(table, s_rule);
        var second = SmallCellSuppressor.Apply(table, s_rule);

        Assert.Equal(Pattern(first), Pattern(second));
    }

    [Fact]
    public void Apply_Result_CarriesRuleDescription()
    {
        var result = SmallCellSuppressor.Apply(CountTable.FromCells([10, 20]), s_rule);

        Assert.Equal(s_rule.Describe(), result.RuleDescription);
    }

    [Fact]
    public void Apply_RandomSmallTables_NoSuppressedValueIsExactlyRecomputable()
    {
        var random = new Random(20261123);
        var suppressed = 0;
        for (var i = 0; i < 1500; i++)
        {
            var rows = random.Next(1, 4);
            var columns = random.Next(1, 5);
            var table = CountTable.FromRows([.. Enumerable.Range(0, rows).Select(_ => RandomRow(random, columns))]);
            var rule = new DisclosureRule(random.Next(2, 12));
            var result = SmallCellSuppressor.Apply(table, rule);
            suppressed += result.SuppressedCount;

            AssertNoExactDisclosure(table, result);
        }

        // Guards against a generator that never produces anything to attack.
        Assert.True(suppressed > 1500, $"Only {suppressed} suppressed entries over all tables.");
    }

    [Fact]
    public void Apply_RandomOneDimensionalTables_NoSuppressedValueIsExactlyRecomputable()
    {
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            var table = CountTable.FromCells(RandomRow(random, random.Next(1, 6)));

            AssertNoExactDisclosure(table, SmallCellSuppressor.Apply(table, new DisclosureRule(random.Next(2, 12))));
        }
    }

    [Fact]
    public void Apply_RandomTablesZerosSuppressed_NoSuppressedValueIsExactlyRecomputable()
    {
        var random = new Random(99);
        for (var i = 0; i < 150; i++)
        {
            var columns = random.Next(2, 4);
            var table = CountTable.FromRows([.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomRow(random, columns))]);

            AssertNoExactDisclosure(table, SmallCellSuppressor.Apply(table, new DisclosureRule(random.Next(2, 8), publishZeros: false)));
        }
    }

    [Fact]
    public void Apply_LargeTable_FinishesWithEveryLineSafe()
    {
        var random = new Random(3);
        var table = CountTable.FromRows([.. Enumerable.Range(0, 40).Select(_ => RandomRow(random, 30))]);

        var result = SmallCellSuppressor.Apply(table, s_rule);

        // Cheap necessary condition at scale: no row with a published total has exactly one hidden cell.
        for (var r = 0; r < table.RowCount; r++)
        {
            var row = r;
            var hidden = Enumerable.Range(0, table.ColumnCount).Count(c => result[row, c].IsSuppressed);
            Assert.True(result.RowTotal(r).IsSuppressed || hidden != 1, $"Row {r} has a lone hidden cell.");
        }
    }

    [Fact]
    public void Apply_ZerosSuppressedRowWithOneLargeCell_LargeCellHiddenToo()
    {
        var table = CountTable.FromCells([0, 20]);

        var result = SmallCellSuppressor.Apply(table, new DisclosureRule(10, publishZeros: false));

        Assert.Equal(SuppressionReason.Primary, result[0, 0].Reason);
        Assert.Equal(SuppressionReason.Complementary, result[0, 1].Reason);
        AssertNoExactDisclosure(table, result);
    }

    private static long[] RandomRow(Random random, int columns) =>
        [.. Enumerable.Range(0, columns).Select(_ => random.Next(4) == 0 ? 0L : random.Next(0, 26))];

    private static string Pattern(SuppressedTable table) =>
        string.Join(
            ",",
            Enumerable.Range(0, table.RowCount).SelectMany(r => Enumerable.Range(0, table.ColumnCount).Select(c => table[r, c].Reason)));

    private static void AssertNoExactDisclosure(CountTable table, SuppressedTable result)
    {
        var disclosed = DisclosureAttacker.Against(table, result).ExactlyDisclosed();

        Assert.True(disclosed.Count == 0, $"Exactly recomputable: {string.Join(", ", disclosed)} in {Describe(table)}");
    }

    private static string Describe(CountTable table) =>
        string.Join(" / ", Enumerable.Range(0, table.RowCount).Select(r => string.Join(" ", Enumerable.Range(0, table.ColumnCount).Select(c => table[r, c]))));
}
