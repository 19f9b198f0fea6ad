using ClosedXML.Excel;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports;

/// <summary>
/// Statistics as an Excel workbook: sheet "Statistics" holds the table exactly as previewed (bold, frozen header; counts
/// as numbers; suppressed values as the text <c>x</c>), sheet "Metadata" the key/value metadata; the workbook's title and
/// comments name the table and the disclosure rule. Every text cell is set as text, never as a formula.
/// </summary>
public sealed class StatisticsXlsxWriter : IStatisticsFileWriter
{
    /// <summary>The name of the sheet holding the table.</summary>
    public const string TableSheet = "Statistics";

    /// <summary>The name of the sheet holding the metadata.</summary>
    public const string MetadataSheet = "Metadata";

    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.Xlsx;

    /// <inheritdoc />
    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <inheritdoc />
    public string FileExtension => "xlsx";

    /// <inheritdoc />
    public async Task WriteAsync(StatisticsTable table, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destination);

        // ClosedXML writes synchronously into a seekable stream; the finished bytes are copied out asynchronously. A table
        // is at most StatisticsTableBuilder.MaxCells cells, so the buffer stays small.
        using var buffer = new MemoryStream();
        using (var workbook = new XLWorkbook())
        {
            var sheet = workbook.Worksheets.Add(TableSheet);
            var header = StatisticsFileLayout.Header(table);
            for (var c = 0; c < header.Count; c++)
            {
                SetText(sheet.Cell(1, c + 1), header[c]);
            }

            sheet.Row(1).Style.Font.Bold = true;
            var row = 2;
            foreach (var line in StatisticsFileLayout.Lines(table))
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var c = 0; c < line.Count; c++)
                {
                    var cell = sheet.Cell(row, c + 1);
                    if (line[c].CountValue is { } count)
                    {
                        if (count.Value is { } value)
                        {
                            cell.SetValue(value);
                        }
                        else
                        {
                            SetText(cell, StatisticsFileLayout.SuppressedMark);
                        }
                    }
                    else
                    {
                        SetText(cell, line[c].TextValue ?? string.Empty);
                    }
                }

                row++;
            }

            if (table.HasTotalRow)
            {
                sheet.Row(row - 1).Style.Font.Bold = true;
            }

            sheet.SheetView.Freeze(1, table.RowDimensions.Count * 2);
            var metadata = workbook.Worksheets.Add(MetadataSheet);
            SetText(metadata.Cell(1, 1), "key");
            SetText(metadata.Cell(1, 2), "value");
            metadata.Row(1).Style.Font.Bold = true;
            var m = 2;
            foreach (var (key, value) in table.Metadata.Items())
            {
                SetText(metadata.Cell(m, 1), key);
                SetText(metadata.Cell(m, 2), value);
                m++;
            }

            workbook.Properties.Title = "RegulatorHub complaint statistics";
            workbook.Properties.Subject = table.Metadata.QueryString;
            workbook.Properties.Comments = table.Metadata.RuleDescription;
            workbook.Properties.Author = table.Metadata.Generator.Name;
            workbook.SaveAs(buffer);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    // Typed as text so that ClosedXML neither guesses a date or number from it nor reads it as a formula.
    private static void SetText(IXLCell cell, string text)
    {
        cell.SetValue(SpreadsheetFormulaGuard.Neutralize(text) ?? string.Empty);
        cell.DataType = XLDataType.Text;
    }
}
