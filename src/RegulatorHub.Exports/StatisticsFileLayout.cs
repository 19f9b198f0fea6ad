using RegulatorHub.Application.Privacy;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports;

/// <summary>
/// The one layout the CSV and XLSX files share with the preview: a header row (per row dimension a code and a name
/// column, one column per column header, then "Total"), one line per table row, and a last "Total" line.
/// </summary>
internal static class StatisticsFileLayout
{
    /// <summary>What files write for a suppressed cell or total; the same for primary and complementary suppression.</summary>
    public const string SuppressedMark = "x";

    public const string TotalLabel = "Total";

    public const string TotalColumnCode = "total";

    public static IReadOnlyList<string> Header(StatisticsTable table)
    {
        var header = new List<string>();
        foreach (var dimension in table.RowDimensions)
        {
            header.Add(CodeColumn(dimension));
            header.Add(NameColumn(dimension));
        }

        header.AddRange(table.Columns.Select(c => ColumnTitle(table, c)));
        if (table.HasTotalColumn)
        {
            header.Add(TotalLabel);
        }

        return header;
    }

    /// <summary>Body lines, then the total line when the table has one; each entry is text or a disclosure cell.</summary>
    public static IEnumerable<IReadOnlyList<FileCell>> Lines(StatisticsTable table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var line = new List<FileCell>();
            foreach (var label in table.Rows[r])
            {
                line.Add(FileCell.Text(label.Code));
                line.Add(FileCell.Text(label.Name));
            }

            for (var c = 0; c < table.Columns.Count; c++)
            {
                line.Add(FileCell.Count(table.Cell(r, c)));
            }

            if (table.HasTotalColumn)
            {
                line.Add(FileCell.Count(table.RowTotal(r)));
            }

            yield return line;
        }

        if (table.HasTotalRow)
        {
            var line = new List<FileCell> { FileCell.Text(TotalLabel) };
            for (var i = 1; i < table.RowDimensions.Count * 2; i++)
            {
                line.Add(FileCell.Text(string.Empty));
            }

            for (var c = 0; c < table.Columns.Count; c++)
            {
                line.Add(FileCell.Count(table.ColumnTotal(c)));
            }

            if (table.HasTotalColumn)
            {
                line.Add(FileCell.Count(table.GrandTotal));
            }

            yield return line;
        }
    }

    public static string CodeColumn(StatisticsDimension dimension) => StatisticsParameters.NameOf(dimension) + "_code";

    public static string NameColumn(StatisticsDimension dimension) => StatisticsParameters.NameOf(dimension) + "_name";

    /// <summary>A column's title: the period, "Complaints", or the value's name with its code when they differ (names need not be unique).</summary>
    public static string ColumnTitle(StatisticsTable table, StatisticsLabel column) => table.ColumnAxis switch
    {
        StatisticsColumnAxis.Periods => column.Code,
        StatisticsColumnAxis.Complaints => column.NameEn ?? column.Name,
        _ when column.Key is null || column.Name == column.Key => column.Name,
        _ => $"{column.Name} [{column.Code}]",
    };

    /// <summary>One value of a line: text, or a count that is either published or suppressed.</summary>
    internal readonly record struct FileCell(string? TextValue, DisclosureCell? CountValue)
    {
        public static FileCell Text(string text) => new(text, null);

        public static FileCell Count(DisclosureCell cell) => new(null, cell);
    }
}
