using Plotly.Blazor;
using Plotly.Blazor.Traces;
using Plotly.Blazor.Traces.ScatterLib;
using RegulatorHub.Application.Privacy;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Dashboard.Tables;

/// <summary>
/// Turns a disclosure-controlled statistics table into Plotly traces: periods as lines (one per row, the largest rows
/// first), anything else as grouped bars. A suppressed cell becomes a gap (null), never a number, so the chart cannot
/// show what the table withholds.
/// </summary>
public static class StatisticsChartModel
{
    /// <summary>Most rows drawn as lines, and most bar groups and series; the table has them all.</summary>
    public const int MaxSeries = 10;

    /// <summary>The traces for <paramref name="table"/>.</summary>
    /// <param name="table">The table as previewed.</param>
    /// <param name="totalText">The name of the single row of a table without dimensions.</param>
    public static IList<ITrace> Build(StatisticsTable table, string totalText)
    {
        ArgumentNullException.ThrowIfNull(table);
        var traces = new List<ITrace>();
        var rows = Math.Min(table.Rows.Count, MaxSeries);
        if (table.ColumnAxis == StatisticsColumnAxis.Periods)
        {
            var x = table.Columns.Select(c => (object)c.Code).ToList();
            for (var r = 0; r < rows; r++)
            {
                var row = r;
                traces.Add(new Scatter
                {
                    Name = StatisticsLabelText.Of(table.Rows[r], totalText),
                    X = x,
                    Y = Values(Enumerable.Range(0, table.Columns.Count).Select(c => table.Cell(row, c))),
                    Mode = ModeFlag.Lines | ModeFlag.Markers,
                    ConnectGaps = false,
                });
            }

            return traces;
        }

        // Bars: the row labels along the axis, one series per column (the largest columns first).
        var categories = Enumerable.Range(0, rows).Select(r => (object)StatisticsLabelText.Of(table.Rows[r], totalText)).ToList();
        var columns = Math.Min(table.Columns.Count, MaxSeries);
        for (var c = 0; c < columns; c++)
        {
            var column = c;
            traces.Add(new Bar
            {
                Name = StatisticsLabelText.Of(table.Columns[c]),
                X = categories,
                Y = Values(Enumerable.Range(0, rows).Select(r => table.Cell(r, column))),
            });
        }

        return traces;
    }

    // Plotly leaves a gap for null; the suppressed count itself is not even known here.
    private static List<object> Values(IEnumerable<DisclosureCell> cells) =>
        [.. cells.Select(cell => cell.Value is { } value ? (object)value : null!)];
}
