using System.Globalization;
using CsvHelper;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Exports.Complaints;

/// <summary>
/// Writes a complaint-level export as CSV while it is read: UTF-8 with a byte order mark (so spreadsheets read Chinese
/// text right), leading <c># key: value</c> lines describing the export, one header row with stable English column
/// names, then one record per complaint.
/// </summary>
/// <remarks>
/// <para>
/// Memory stays flat whatever the row count: a row is formatted into the writer's 64 KiB buffer as soon as it arrives,
/// the buffer goes to the destination asynchronously whenever it is mostly full, and the destination is flushed every
/// <see cref="FlushEveryRows"/> rows so a download shows progress. Nothing writes to the destination synchronously, so
/// an ASP.NET Core response body can be the destination.
/// </para>
/// <para>
/// Every text field goes through <see cref="SpreadsheetFormulaGuard.Neutralize"/>: a narrative or merchant name that
/// begins like a formula is prefixed with an apostrophe. Numbers and dates are written as themselves.
/// </para>
/// <para>One writer per export; <see cref="RowsWritten"/> tells how far an export got, also when it failed.</para>
/// </remarks>
public sealed class ComplaintCsvWriter
{
    /// <summary>How many rows are written between flushes of the destination.</summary>
    public const int FlushEveryRows = 10_000;

    private static readonly string[] s_columns =
    [
        "source", "case_id", "received_at", "received_date", "channel", "subject", "issue", "consumer_region",
        "merchant_key", "merchant_name", "merchant_region", "platform", "amount", "currency", "status", "outcome",
        "narrative", "personal_data_removed",
    ];

    private static readonly CsvWriterOptions s_options = new()
    {
        WriteByteOrderMark = true,
        CommentPrefix = '#',
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>The column names of the header row, in order; part of the file format, so they do not change.</summary>
    public static IReadOnlyList<string> Columns => s_columns;

    /// <summary>Rows written so far (not counting the header).</summary>
    public long RowsWritten { get; private set; }

    /// <summary>The selection of <paramref name="query"/> as one line: <c>region=…; from=…; to=…; category=…; merchant=…</c>, unset parts left out.</summary>
    public static string DescribeFilter(ComplaintExportQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>(5) { "region=" + string.Join(',', query.RegionCodes) };
        if (query.From is { } from)
        {
            parts.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.To is { } to)
        {
            parts.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (query.SubjectCode is { } subject)
        {
            parts.Add("category=" + subject);
        }

        if (query.MerchantKey is { } merchant)
        {
            parts.Add("merchant=" + merchant);
        }

        return string.Join("; ", parts);
    }

    /// <summary>Writes the header lines and then every row of <paramref name="batches"/> to <paramref name="destination"/>.</summary>
    /// <param name="destination">Where the file goes; left open.</param>
    /// <param name="header">What the file says about itself.</param>
    /// <param name="batches">The complaints, read as they are written; each batch is disposed once written.</param>
    /// <param name="cancellationToken">Stops reading and writing.</param>
    /// <returns>The number of rows written.</returns>
    public async Task<long> WriteAsync(
        Stream destination, ComplaintExportHeader header, IAsyncEnumerable<ComplaintExportBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(batches);
        await using var csv = CsvWriter.Create(destination, s_options, leaveOpen: true);
        Comment(csv, "export", "complaints");
        Comment(csv, "agency", header.AgencyId);
        Comment(csv, "filter", header.Filter);
        Comment(csv, "data_watermark", header.DataWatermark?.ToString(CultureInfo.InvariantCulture) ?? "unknown");
        Comment(csv, "generated_at", header.GeneratedAt.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        Comment(csv, "software_version", header.SoftwareVersion);
        Comment(csv, "columns", "received_at is ISO 8601 with the source's offset; amount in currency units; text beginning with = + - @ is prefixed with '");
        csv.WriteHeader(s_columns);

        await foreach (var batch in batches.WithCancellation(cancellationToken))
        {
            using (batch)
            {
                for (var row = 0; row < batch.Count; row++)
                {
                    WriteRow(csv, batch, row);
                    await csv.EndRecordAsync(cancellationToken);
                    RowsWritten++;
                    if (RowsWritten % FlushEveryRows == 0)
                    {
                        await csv.FlushAsync(cancellationToken);
                    }
                }
            }
        }

        await csv.FlushAsync(cancellationToken);
        return RowsWritten;
    }

    private static void WriteRow(CsvWriter csv, ComplaintExportBatch batch, int row)
    {
        ref readonly var values = ref batch.Values(row);
        Text(csv, batch, row, ComplaintExportText.Source);
        Text(csv, batch, row, ComplaintExportText.SourceCaseId);
        Span<byte> formatted = stackalloc byte[40];
        csv.WriteField(Format(values.ReceivedAt, "yyyy-MM-ddTHH:mm:ss.fffzzz", formatted));
        csv.WriteField(Format(values.ReceivedDate, "O", formatted));
        csv.WriteField(EnumText.Utf8(values.Channel));
        Text(csv, batch, row, ComplaintExportText.SubjectCode);
        Text(csv, batch, row, ComplaintExportText.IssueCode);
        Text(csv, batch, row, ComplaintExportText.ConsumerRegionCode);
        Text(csv, batch, row, ComplaintExportText.MerchantKey);
        Text(csv, batch, row, ComplaintExportText.MerchantName);
        Text(csv, batch, row, ComplaintExportText.MerchantRegionCode);
        Text(csv, batch, row, ComplaintExportText.Platform);
        if (values.Amount is { } amount)
        {
            csv.WriteField(Format(amount, "F2", formatted));
        }
        else
        {
            csv.WriteField(ReadOnlySpan<byte>.Empty);
        }

        Text(csv, batch, row, ComplaintExportText.Currency);
        csv.WriteField(EnumText.Utf8(values.Status));
        csv.WriteField(values.Outcome is { } outcome ? EnumText.Utf8(outcome) : ReadOnlySpan<byte>.Empty);
        Text(csv, batch, row, ComplaintExportText.Narrative);
        Text(csv, batch, row, ComplaintExportText.PersonalDataRemoved);
    }

    // Numbers and dates formatted straight to UTF-8 (none contains a character that needs quoting). Standard formats where
    // one gives the file's form (a date's "O" is yyyy-MM-dd; amounts are never negative, so "F2" is 0.00): those take
    // the runtime's fast paths, custom patterns do not.
    private static ReadOnlySpan<byte> Format<T>(T value, string format, Span<byte> buffer)
        where T : IUtf8SpanFormattable =>
        value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture)
            ? buffer[..written]
            : throw new InvalidOperationException($"A {typeof(T).Name} did not fit its export field.");

    // Stored text is written as its UTF-8 bytes, without becoming a string; an absent text is an empty field.
    private static void Text(CsvWriter csv, ComplaintExportBatch batch, int row, ComplaintExportText field)
    {
        var utf8 = batch.Text(row, field);
        if (!SpreadsheetFormulaGuard.IsDangerous(utf8))
        {
            csv.WriteField(utf8);
            return;
        }

        // Rare (a text typed to look like a formula): the neutralized copy may allocate.
        var neutralized = utf8.Length < 512 ? stackalloc byte[utf8.Length + 1] : new byte[utf8.Length + 1];
        neutralized[0] = (byte)SpreadsheetFormulaGuard.Marker;
        utf8.CopyTo(neutralized[1..]);
        csv.WriteField(neutralized);
    }

    // One line per key whatever the value holds: a line break would start a line that is not a comment.
    private static void Comment(CsvWriter csv, string key, string value) =>
        csv.WriteComment(" " + key + ": " + value.ReplaceLineEndings(" "));
}
