using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Application.Privacy;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports.Tests;

/// <summary>
/// End to end: random counts → builder → CSV → parsed back as an outsider would, then proof that no suppressed entry is
/// determined by what was published (an entry is determined exactly when every non-negative integer table agreeing with
/// the published cells and totals gives it the same value).
/// </summary>
public sealed class StatisticsDisclosureAcceptanceTests
{
    private static readonly string[] s_categories = ["goods.appliances", "goods.clothing", "goods.vehicles", "goods.daily"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task CsvExport_RandomTable_NoSuppressedEntryCanBeRecomputed(int seed)
    {
        var random = new Random(seed);
        var rows = random.Next(2, 5);
        var columns = random.Next(2, 5);
        var truth = new long[rows + 1, columns + 1];
        var facts = new List<ComplaintFact>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                // Many small counts, so that primary and complementary suppression both have work to do.
                var count = random.NextDouble() < 0.45 ? random.Next(0, 10) : random.Next(10, 40);
                for (var i = 0; i < count; i++)
                {
                    facts.Add(StatisticsTestData.Fact(new DateOnly(2026, 3, 1 + (i % 28)), s_categories[r], $"m-{c}"));
                }
            }
        }

        var definition = new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Category, StatisticsDimension.Merchant],
            From = new DateOnly(2026, 3, 1),
            To = new DateOnly(2026, 3, 31),
        };
        var table = await StatisticsTestData.BuildAsync(facts, definition);
        var csv = await StatisticsTestData.WriteAsync(new StatisticsCsvWriter(), table);

        var published = ParseCsv(csv, out var rowKeys, out var columnKeys);
        var actualRows = rowKeys.Count;
        var actualColumns = columnKeys.Count;
        var real = new long[actualRows + 1, actualColumns + 1];
        foreach (var fact in facts)
        {
            real[rowKeys.IndexOf(fact.SubjectCode), columnKeys.IndexOf(fact.MerchantKey!)]++;
        }

        Totals(real, actualRows, actualColumns);
        var suppressed = 0;
        for (var r = 0; r <= actualRows; r++)
        {
            for (var c = 0; c <= actualColumns; c++)
            {
                if (published[r, c] is { } value)
                {
                    Assert.Equal(real[r, c], value);
                    Assert.False(DisclosureRule.Default.IsSmall(value), $"A small count ({value}) was published at ({r}, {c}).");
                }
                else
                {
                    suppressed++;
                    Assert.True(HasAlternative(published, real, r, c), $"Seed {seed}: the suppressed entry at ({r}, {c}) = {real[r, c]} is determined by the published values.");
                }
            }
        }

        Assert.Equal(table.Metadata.SuppressedCount, suppressed);
    }

    [Fact]
    public async Task CsvAndXlsx_FormulaLikeMerchantName_AreWrittenAsInertText()
    {
        var facts = Enumerable.Range(0, 12)
            .Select(i => StatisticsTestData.Fact(new DateOnly(2026, 3, 1 + i), "goods.daily", i < 6 ? "m-1" : "m-2", i < 6 ? "=HYPERLINK(\"http://x\")" : "@SUM(A1)"))
            .ToList();
        var definition = new StatisticsDefinition
        {
            Dimensions = [StatisticsDimension.Merchant],
            From = new DateOnly(2026, 3, 1),
            To = new DateOnly(2026, 3, 31),
        };
        var table = await StatisticsTestData.BuildAsync(facts, definition, new DisclosureRule(threshold: 2));

        var csv = Encoding.UTF8.GetString(await StatisticsTestData.WriteAsync(new StatisticsCsvWriter(), table));
        var xlsx = await StatisticsTestData.WriteAsync(new StatisticsXlsxWriter(), table);

        Assert.Contains("\r\nm-1,\"'=HYPERLINK(\"\"http://x\"\")\",6\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\r\nm-2,'@SUM(A1),6\r\n", csv, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var names = workbook.Worksheet(StatisticsXlsxWriter.TableSheet).Column(2).CellsUsed().Skip(1).Take(2).ToList();
        Assert.All(names, cell =>
        {
            Assert.False(cell.HasFormula);
            Assert.Equal(XLDataType.Text, cell.DataType);
            Assert.StartsWith("'", cell.GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void HasAlternative_SingleHiddenCellWithPublishedTotals_IsDetermined()
    {
        // The checker itself must be able to fail: a lone hidden cell is recomputed from its row total.
        long[,] real = { { 3, 20, 23 }, { 12, 15, 27 }, { 15, 35, 50 } };
        long?[,] published = { { null, 20, 23 }, { 12, 15, 27 }, { 15, 35, 50 } };

        Assert.False(HasAlternative(published, real, 0, 0));
    }

    // Parses the CSV as a reader would: skips '#' comment lines, reads codes, headers, counts and "x".
    private static long?[,] ParseCsv(byte[] bytes, out List<string> rowKeys, out List<string> columnKeys)
    {
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(','))
            .ToList();
        var header = lines[0];

        // Header: category_code, category_name, one column per merchant ("m-3", name equals key), Total.
        columnKeys = [.. header[2..^1]];
        rowKeys = [.. lines.Skip(1).SkipLast(1).Select(l => l[0])];
        Assert.Equal("Total", lines[^1][0]);
        var grid = new long?[rowKeys.Count + 1, columnKeys.Count + 1];
        for (var r = 0; r <= rowKeys.Count; r++)
        {
            for (var c = 0; c <= columnKeys.Count; c++)
            {
                var text = lines[r + 1][c + 2];
                grid[r, c] = text == "x" ? null : long.Parse(text, CultureInfo.InvariantCulture);
            }
        }

        return grid;
    }

    private static void Totals(long[,] grid, int rows, int columns)
    {
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                grid[r, columns] += grid[r, c];
                grid[rows, c] += grid[r, c];
                grid[rows, columns] += grid[r, c];
            }
        }
    }

    /// <summary>
    /// Whether another non-negative integer table matches every published entry and every line equation while giving the
    /// entry at (<paramref name="row"/>, <paramref name="column"/>) a different value: a bounded exhaustive search.
    /// </summary>
    private static bool HasAlternative(long?[,] published, long[,] real, int row, int column)
    {
        var rows = published.GetLength(0);
        var columns = published.GetLength(1);
        var unknowns = new List<(int R, int C)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (published[r, c] is null && (r, c) != (row, column))
                {
                    unknowns.Add((r, c));
                }
            }
        }

        // Any value is a fair guess for an outsider; bounding by the true grand total plus k keeps the search finite.
        var bound = real[rows - 1, columns - 1] + DisclosureRule.DefaultThreshold;
        for (var delta = 1; delta <= bound; delta++)
        {
            foreach (var candidate in new[] { real[row, column] - delta, real[row, column] + delta })
            {
                if (candidate < 0 || candidate > bound)
                {
                    continue;
                }

                var grid = new long?[rows, columns];
                Array.Copy(published, grid, published.Length);
                grid[row, column] = candidate;
                if (Solve(grid, unknowns, 0, bound))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Solve(long?[,] grid, List<(int R, int C)> unknowns, int next, long bound)
    {
        if (!Consistent(grid))
        {
            return false;
        }

        while (next < unknowns.Count && grid[unknowns[next].R, unknowns[next].C] is not null)
        {
            next++;
        }

        if (next == unknowns.Count)
        {
            return true;
        }

        var (r, c) = unknowns[next];
        for (long value = 0; value <= bound; value++)
        {
            grid[r, c] = value;
            if (Solve(grid, unknowns, next + 1, bound))
            {
                return true;
            }
        }

        grid[r, c] = null;
        return false;
    }

    // Every line (row or column, with its total in the last position) either has unknowns and room left, or adds up.
    private static bool Consistent(long?[,] grid)
    {
        var rows = grid.GetLength(0);
        var columns = grid.GetLength(1);
        for (var r = 0; r < rows; r++)
        {
            if (!LineOk(Enumerable.Range(0, columns - 1).Select(c => grid[r, c]).ToList(), grid[r, columns - 1]))
            {
                return false;
            }
        }

        for (var c = 0; c < columns; c++)
        {
            if (!LineOk(Enumerable.Range(0, rows - 1).Select(r => grid[r, c]).ToList(), grid[rows - 1, c]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LineOk(List<long?> cells, long? total)
    {
        var known = cells.Where(v => v is not null).Sum(v => v!.Value);
        var open = cells.Count(v => v is null);
        if (total is not { } t)
        {
            return true;
        }

        return open == 0 ? known == t : known <= t;
    }
}
