using RegulatorHub.Application.Privacy;

namespace RegulatorHub.Storage.Tests.Privacy;

public sealed class CountTableTests
{
    [Fact]
    public void FromRows_TwoByThree_ComputesAllTotals()
    {
        var table = CountTable.FromRows([[1, 2, 3], [10, 20, 30]]);

        Assert.Equal(6, table.RowTotal(0));
        Assert.Equal(60, table.RowTotal(1));
        Assert.Equal(11, table.ColumnTotal(0));
        Assert.Equal(33, table.ColumnTotal(2));
        Assert.Equal(66, table.GrandTotal);
        Assert.False(table.IsOneDimensional);
    }

    [Fact]
    public void FromCells_OneDimensional_HasOnlyGrandTotal()
    {
        var table = CountTable.FromCells([4, 5, 6]);

        Assert.True(table.IsOneDimensional);
        Assert.Equal(15, table.GrandTotal);
        Assert.Throws<InvalidOperationException>(() => table.RowTotal(0));
        Assert.Throws<InvalidOperationException>(() => table.ColumnTotal(0));
    }

    [Fact]
    public void FromRows_RaggedRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => CountTable.FromRows([[1, 2], [3]]));
    }

    [Fact]
    public void FromCells_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => CountTable.FromCells([1, -1]));
    }

    [Fact]
    public void FromRows_NoRows_Throws()
    {
        Assert.Throws<ArgumentException>(() => CountTable.FromRows([]));
    }
}
