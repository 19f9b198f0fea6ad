using Parquet;
using Parquet.Schema;
using RegulatorHub.Application.Privacy;
using RegulatorHub.Application.Statistics;

namespace RegulatorHub.Exports;

/// <summary>
/// Statistics as Parquet in tidy long format: one row per cell and per total shown in the preview, with per row
/// dimension <c>&lt;dim&gt;_code</c> and <c>&lt;dim&gt;_name</c>, then <c>column_code</c>, <c>column_name</c>,
/// <c>count</c> (null when suppressed), <c>suppressed</c>, <c>is_row_total</c> (the value totals its row: the Total
/// column) and <c>is_column_total</c> (the value totals its column: the Total line); the grand total has both.
/// Codes are null for "not stated" and on the Total line (whose names read "Total"). Every metadata item is written as
/// file key-value metadata.
/// </summary>
public sealed class StatisticsParquetWriter : IStatisticsFileWriter
{
    /// <inheritdoc />
    public ExportFormat Format => ExportFormat.Parquet;

    /// <inheritdoc />
    public string ContentType => "application/vnd.apache.parquet";

    /// <inheritdoc />
    public string FileExtension => "parquet";

    /// <inheritdoc />
    public async Task WriteAsync(StatisticsTable table, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destination);
        var entries = Entries(table).ToList();
        var dimensionFields = table.RowDimensions
            .Select(d => (Code: new DataField(StatisticsFileLayout.CodeColumn(d), typeof(string), isNullable: true), Name: new DataField(StatisticsFileLayout.NameColumn(d), typeof(string), isNullable: true)))
            .ToList();
        var columnCode = new DataField("column_code", typeof(string), isNullable: true);
        var columnName = new DataField("column_name", typeof(string), isNullable: true);
        var count = new DataField("count", typeof(long), isNullable: true);
        var suppressed = new DataField("suppressed", typeof(bool), isNullable: false);
        var isRowTotal = new DataField("is_row_total", typeof(bool), isNullable: false);
        var isColumnTotal = new DataField("is_column_total", typeof(bool), isNullable: false);
        var fields = dimensionFields.SelectMany(f => new Field[] { f.Code, f.Name })
            .Concat([columnCode, columnName, count, suppressed, isRowTotal, isColumnTotal]);

        // Parquet needs a seekable stream only for reading; writing goes straight to the destination.
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), destination, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            writer.CustomMetadata = table.Metadata.Items().ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);
            using var group = writer.CreateRowGroup();
            for (var d = 0; d < dimensionFields.Count; d++)
            {
                var index = d;
                await group.WriteAsync(dimensionFields[d].Code, [.. entries.Select(e => e.Row is { } r ? table.Rows[r][index].Key : null)]).ConfigureAwait(false);
                await group.WriteAsync(dimensionFields[d].Name, [.. entries.Select(e => e.Row is { } r ? table.Rows[r][index].Name : StatisticsFileLayout.TotalLabel)]).ConfigureAwait(false);
            }

            await group.WriteAsync(columnCode, [.. entries.Select(e => e.Column is { } c ? table.Columns[c].Key : StatisticsFileLayout.TotalColumnCode)]).ConfigureAwait(false);
            await group.WriteAsync(columnName, [.. entries.Select(e => e.Column is { } c ? StatisticsFileLayout.ColumnTitle(table, table.Columns[c]) : StatisticsFileLayout.TotalLabel)]).ConfigureAwait(false);
            await group.WriteAsync<long>(count, entries.Select(e => e.Cell.Value).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<bool>(suppressed, entries.Select(e => e.Cell.IsSuppressed).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<bool>(isRowTotal, entries.Select(e => e.Column is null).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await group.WriteAsync<bool>(isColumnTotal, entries.Select(e => e.Row is null).ToArray().AsMemory(), cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    // The same entries as the preview: body cells, the Total column, the Total line and the grand total where shown.
    private static IEnumerable<(int? Row, int? Column, DisclosureCell Cell)> Entries(StatisticsTable table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                yield return (r, c, table.Cell(r, c));
            }

            if (table.HasTotalColumn)
            {
                yield return (r, null, table.RowTotal(r));
            }
        }

        if (table.HasTotalRow)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                yield return (null, c, table.ColumnTotal(c));
            }

            if (table.HasTotalColumn)
            {
                yield return (null, null, table.GrandTotal);
            }
        }
    }
}
