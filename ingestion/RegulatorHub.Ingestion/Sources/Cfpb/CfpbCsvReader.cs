using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;

namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>
/// Reads a CFPB Consumer Complaint Database CSV export (plain or gzip) of any known vintage into canonical
/// complaints, streaming: memory stays flat however many rows the file has.
/// </summary>
/// <remarks>
/// <para>
/// Opening reads the header and the first <see cref="CfpbImportOptions.DateScanRows"/> rows, recognizes the
/// layout and determines the one date format of the file; a file that cannot be read without guessing is refused
/// with a <see cref="CfpbFormatException"/> before any row is produced. After that every data row yields exactly
/// one <see cref="CfpbRowResult"/>: a complaint, or a rejection naming the physical line, the field and the reason.
/// </para>
/// <para>Usage: <c>await using var reader = await CfpbCsvReader.OpenAsync(stream, options);</c> then
/// <c>reader.Layout</c> and <c>await foreach (var row in reader.ReadRowsAsync())</c>; or the one-call
/// <see cref="ReadAsync"/>.</para>
/// </remarks>
public sealed class CfpbCsvReader : IAsyncDisposable, IDisposable
{
    /// <summary>The <c>Complaint.Source</c> of every complaint read from a CFPB file.</summary>
    public const string SourceId = "cfpb";

    private static readonly CfpbColumn[] s_dateColumns = [CfpbColumn.DateReceived, CfpbColumn.DateSubmitted, CfpbColumn.DateSentToCompany];
    private static readonly int s_columnSlots = Enum.GetValues<CfpbColumn>().Length;

    private readonly CsvReader _csv;
    private readonly Queue<(long Line, CsvMalformedReason Reason)> _malformed;
    private readonly Queue<Row> _buffered;
    private readonly CfpbComplaintMapper _mapper;
    private readonly (CfpbColumn Column, int Index)[] _wanted;
    private readonly string?[] _values;
    private readonly bool _endOfInput;
    private bool _enumerated;

    private CfpbCsvReader(
        CsvReader csv,
        Queue<(long Line, CsvMalformedReason Reason)> malformed,
        CfpbFileLayout layout,
        (CfpbColumn Column, int Index)[] wanted,
        Queue<Row> buffered,
        bool endOfInput,
        CfpbImportOptions options)
    {
        _csv = csv;
        _malformed = malformed;
        Layout = layout;
        _wanted = wanted;
        _buffered = buffered;
        _endOfInput = endOfInput;
        _values = new string?[s_columnSlots];
        _mapper = new CfpbComplaintMapper(layout, layout.DateFormat, options);
    }

    /// <summary>The recognized layout, including the date format determined from the data.</summary>
    public CfpbFileLayout Layout { get; }

    /// <summary>Recognizes a file's vintage and columns from its header row alone (no date format yet).</summary>
    /// <param name="header">The header names in file order.</param>
    /// <exception cref="CfpbFormatException">
    /// Fewer than 12 or more than 18 columns, a required column (Complaint ID, Date received, Product, Issue)
    /// missing, or two headers meaning the same column.
    /// </exception>
    public static CfpbFileLayout DetectLayout(IReadOnlyList<string> header) => CfpbHeaders.DetectLayout(header);

    /// <summary>
    /// Opens a CFPB export: detects gzip, reads the header, recognizes the layout and determines the date format
    /// from the first rows.
    /// </summary>
    /// <param name="csv">The file's bytes, plain or gzip; read forward only, and left open.</param>
    /// <param name="options">Import options; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="CfpbFormatException">The file is refused (layout or date format); nothing was produced.</exception>
    public static async Task<CfpbCsvReader> OpenAsync(Stream csv, CfpbImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        options ??= CfpbImportOptions.Default;
        Validate(options);

        var text = await CfpbInput.OpenAsync(csv, cancellationToken);
        var malformed = new Queue<(long Line, CsvMalformedReason Reason)>();
        var csvOptions = new CsvReaderOptions
        {
            // Fixed, not sniffed: every CFPB vintage is comma-separated, and a sniffed separator would turn a
            // wrong file into a confusing column-count error instead of a clear one.
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            OnMalformedRecord = m => malformed.Enqueue((m.LineNumber, m.Reason)),
            IncludeValuesInExceptions = false,
            DetectSeparatorHint = false,
            PoolStrings = true,
            MaxRecordSize = options.MaxRecordBytes,
        };
        var reader = CsvReader.Create(text, csvOptions, leaveOpen: false);
        try
        {
            try
            {
                await reader.ReadHeaderAsync(cancellationToken);
            }
            catch (CsvFormatException ex)
            {
                throw Oversized(ex, options);
            }

            var layout = CfpbHeaders.DetectLayout(reader.Headers);
            var wanted = layout.Columns
                .Where(c => options.IncludeNarrative || c.Key != CfpbColumn.Narrative)
                .Select(c => (c.Key, c.Value))
                .ToArray();

            // Buffer the scan window: its rows are produced afterwards, once the date format is known.
            var buffered = new Queue<Row>();
            var detector = new CfpbDateFormatDetector();
            var endOfInput = false;
            while (buffered.Count < options.DateScanRows)
            {
                if (!await NextAsync(reader, options, cancellationToken))
                {
                    endOfInput = true;
                    break;
                }

                var row = Capture(reader, malformed, layout.ColumnCount, wanted, new string?[s_columnSlots]) with { Record = Reassemble(reader) };
                buffered.Enqueue(row);
                if (row.IsWellFormed(layout.ColumnCount))
                {
                    foreach (var column in s_dateColumns)
                    {
                        if (layout.Columns.TryGetValue(column, out var index))
                        {
                            detector.Observe(row.Values[(int)column], row.Line, layout.Header[index]);
                        }
                    }
                }
            }

            var format = options.DateFormat ?? detector.Decide(buffered.Count);
            return new CfpbCsvReader(reader, malformed, layout with { DateFormat = format }, wanted, buffered, endOfInput, options);
        }
        catch
        {
            await reader.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a CFPB export and reads all its rows (see <see cref="OpenAsync"/> and <see cref="ReadRowsAsync"/>).</summary>
    /// <exception cref="CfpbFormatException">The file is refused; thrown by the first move of the enumeration.</exception>
    public static async IAsyncEnumerable<CfpbRowResult> ReadAsync(Stream csv, CfpbImportOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var reader = await OpenAsync(csv, options, cancellationToken);
        await foreach (var row in reader.ReadRowsAsync(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>Reads every data row, in file order, as a complaint or a rejection. Can be enumerated once.</summary>
    /// <exception cref="CfpbFormatException">A record exceeds <see cref="CfpbImportOptions.MaxRecordBytes"/> (a quote never closed).</exception>
    /// <exception cref="InvalidOperationException">The rows were already read.</exception>
    public async IAsyncEnumerable<CfpbRowResult> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_enumerated)
        {
            throw new InvalidOperationException("The rows of a CFPB file can be read once; open the file again to re-read it.");
        }

        _enumerated = true;
        while (_buffered.TryDequeue(out var row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return WithRecord(ToResult(row), row.Record);
        }

        if (_endOfInput)
        {
            yield break;
        }

        while (await NextAsync(_csv, null, cancellationToken))
        {
            // The value array is reused: the mapper copies what it needs into the complaint before the next read.
            Array.Clear(_values);
            var result = ToResult(Capture(_csv, _malformed, Layout.ColumnCount, _wanted, _values));

            // The reader still stands on this record: keep its text only when it is refused.
            yield return result.IsRejected ? WithRecord(result, Reassemble(_csv)) : result;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _csv.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();

    private static void Validate(CfpbImportOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.DateScanRows, 1, nameof(options.DateScanRows));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRecordBytes, 4096, nameof(options.MaxRecordBytes));
        if (options.ReceivedAtOffset.Ticks % TimeSpan.TicksPerMinute != 0 || options.ReceivedAtOffset.Duration() > TimeSpan.FromHours(14))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "ReceivedAtOffset must be whole minutes between -14:00 and +14:00.");
        }
    }

    private static async ValueTask<bool> NextAsync(CsvReader reader, CfpbImportOptions? options, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ReadAsync(cancellationToken);
        }
        catch (CsvFormatException ex)
        {
            throw Oversized(ex, options);
        }
    }

    // With malformed data recovered and field counts allowed, the only format error CsvHelper still throws is a
    // record over MaxRecordSize: in practice a quote that is never closed, which would swallow the rest of the file.
    private static CfpbFormatException Oversized(CsvFormatException ex, CfpbImportOptions? options)
    {
        var limit = options is null ? "the configured limit" : string.Create(CultureInfo.InvariantCulture, $"{options.MaxRecordBytes:N0} bytes");
        var line = ex.LineNumber > 0 ? ex.LineNumber : (long?)null;
        var where = line is { } l ? string.Create(CultureInfo.InvariantCulture, $" starting on line {l}") : string.Empty;
        return new CfpbFormatException(
            $"The record{where} is larger than {limit}; most likely a quoted field is never closed. The rest of the file cannot be read reliably.",
            CfpbRefusalReason.OversizedRecord,
            lineNumber: line,
            innerException: ex);
    }

    private static Row Capture(CsvReader reader, Queue<(long Line, CsvMalformedReason Reason)> malformed, int columnCount, (CfpbColumn Column, int Index)[] wanted, string?[] values)
    {
        var line = reader.LineNumber;
        CsvMalformedReason? problem = null;
        while (malformed.TryPeek(out var report) && report.Line <= line)
        {
            malformed.Dequeue();
            if (report.Line == line)
            {
                problem ??= report.Reason;
            }
        }

        var fieldCount = reader.FieldCount;
        if (problem is null && fieldCount == columnCount)
        {
            foreach (var (column, index) in wanted)
            {
                values[(int)column] = reader.GetString(index);
            }
        }

        return new Row(line, fieldCount, problem, values);
    }

    private CfpbRowResult ToResult(Row row)
    {
        if (row.Malformed is { } problem)
        {
            return CfpbComplaintMapper.RejectRow(row.Line, Describe(problem));
        }

        if (row.FieldCount != Layout.ColumnCount)
        {
            return CfpbComplaintMapper.RejectRow(
                row.Line,
                string.Create(CultureInfo.InvariantCulture, $"wrong number of fields: {row.FieldCount} where the header has {Layout.ColumnCount}"));
        }

        return _mapper.Map(row.Line, row.Values);
    }

    private static CfpbRowResult WithRecord(CfpbRowResult result, string? record) =>
        result.IsRejected && record is not null ? CfpbRowResult.Rejected(result.Rejection with { Record = record }) : result;

    // The current record's fields as one RFC 4180 line (quoted where a field needs it).
    private static string Reassemble(CsvReader reader)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var field = reader.GetString(i) ?? string.Empty;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                builder.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(field);
            }
        }

        return builder.ToString();
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "malformed quoting: a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "malformed quoting: text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "malformed quoting: a quoted field is never closed, so the rest of the file was read into this row",
        CsvMalformedReason.LineBreakInQuotes => "malformed quoting: a line break inside a quoted field",
        _ => "malformed record: " + reason,
    };

    /// <summary>One data record as captured from the CSV reader.</summary>
    private readonly record struct Row(long Line, int FieldCount, CsvMalformedReason? Malformed, string?[] Values)
    {
        /// <summary>The record's text, captured for rows buffered before the reader moved on.</summary>
        public string? Record { get; init; }

        public bool IsWellFormed(int columnCount) => Malformed is null && FieldCount == columnCount;
    }
}
