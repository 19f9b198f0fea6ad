using RegulatorHub.Application.Privacy;

namespace RegulatorHub.Storage.Tests.Privacy;

// The attacker is the acceptance test's judge, so it must itself catch the disclosures it is meant to catch.
public sealed class DisclosureAttackerTests
{
    [Fact]
    public void ExactlyDisclosed_PrimarySuppressionOnly_FindsRecomputableCell()
    {
        var table = CountTable.FromRows([[3, 20], [40, 50]]);

        var disclosed = new DisclosureAttacker(table, (r, c) => r == 0 && c == 0).ExactlyDisclosed();

        Assert.Equal(["cell[0,0]"], disclosed);
    }

    [Fact]
    public void ExactlyDisclosed_FourCellCycle_FindsNothing()
    {
        var table = CountTable.FromRows([[3, 20], [40, 50]]);

        var disclosed = new DisclosureAttacker(table, (r, c) => r < 2 && c < 2).ExactlyDisclosed();

        Assert.Empty(disclosed);
    }

    [Fact]
    public void ExactlyDisclosed_TwoCyclesJoinedByBridge_FindsBridge()
    {
        // Every row and column has two or more hidden cells, yet cell [1,2] alone joins two closed blocks.
        var table = CountTable.FromRows([[5, 5, 20, 20], [5, 5, 3, 20], [20, 20, 5, 5], [20, 20, 5, 5]]);
        bool[][] hidden = [[true, true, false, false], [true, true, true, false], [false, false, true, true], [false, false, true, true]];

        var disclosed = new DisclosureAttacker(table, (r, c) => r < 4 && c < 4 && hidden[r][c]).ExactlyDisclosed();

        Assert.Contains("cell[1,2]", disclosed);
    }

    [Fact]
    public void ExactlyDisclosed_OneDimensionalLoneHiddenCell_FindsIt()
    {
        var table = CountTable.FromCells([4, 30]);

        var disclosed = new DisclosureAttacker(table, (_, c) => c == 0).ExactlyDisclosed();

        Assert.Equal(["cell[0,0]"], disclosed);
    }
}
