using System.Globalization;
using CsvHelper;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports;

/// <summary>
/// Statistics as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese names correctly), RFC 4180 quoting, CRLF line
/// ends. The metadata comes first as comment lines <c># key: value</c>, which pandas skips with <c>comment='#'</c> and R
/// with <c>comment.char = '#'</c>; then the table exactly as previewed, suppressed values written as <c>x</c>.
/// </summary>
public sealed class StatisticsCsvWriter : IStatisticsFileWriter
{
    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.Csv;

    /// <inheritdoc />
    public string ContentType => "text/csv; charset=utf-8";

    /// <inheritdoc />
    public string FileExtension => "csv";

    /// <inheritdoc />
    public async Task WriteAsync(StatisticsTable table, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destination);

        // With a comment prefix set, CsvHelper quotes a first field that starts with '#', so no record reads as a comment.
        var options = CsvWriterOptions.Default with { WriteByteOrderMark = true, CommentPrefix = '#', NewLine = "\r\n" };
        var csv = CsvWriter.Create(destination, options, leaveOpen: true);
        await using (csv.ConfigureAwait(false))
        {
            foreach (var (key, value) in table.Metadata.Items())
            {
                // A line break inside a value would split the comment; the metadata is single-line, this keeps it so.
                csv.WriteComment($" {key}: {value.ReplaceLineEndings(" ")}");
            }

            foreach (var title in StatisticsFileLayout.Header(table))
            {
                csv.WriteField(SpreadsheetFormulaGuard.Neutralize(title));
            }

            await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            foreach (var line in StatisticsFileLayout.Lines(table))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var cell in line)
                {
                    if (cell.CountValue is { } count)
                    {
                        csv.WriteField(count.Value?.ToString(CultureInfo.InvariantCulture) ?? StatisticsFileLayout.SuppressedMark);
                    }
                    else
                    {
                        csv.WriteField(SpreadsheetFormulaGuard.Neutralize(cell.TextValue));
                    }
                }

                await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
            }

            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
