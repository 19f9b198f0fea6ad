namespace RegulatorHub.Application.Exports;

/// <summary>
/// One export as the history keeps it: what was asked for, from which data, what came out, and how disclosure control
/// treated it, so the export can be explained and reproduced. Validated on construction.
/// </summary>
public sealed record ExportRecord
{
    /// <summary>Creates an export record.</summary>
    /// <param name="id">Opaque id (a GUID in "N" form or a ULID); unique per owner.</param>
    /// <param name="owner">The user who exported (as the caller identifies users; matched exactly).</param>
    /// <param name="kind">Statistics table or complaint-level records.</param>
    /// <param name="format">The file format in lower case: <c>csv</c>, <c>xlsx</c> or <c>parquet</c> (1–16 letters or digits).</param>
    /// <param name="fileName">The file name offered for download.</param>
    /// <param name="definitionJson">The statistics definition, or the complaint export's filter, as JSON.</param>
    /// <param name="watermark">The data watermark the export saw (the store's high-water mark), when known.</param>
    /// <param name="dataFrom">First day of data covered (inclusive), when the export is bounded.</param>
    /// <param name="dataTo">Last day of data covered (inclusive); not before <paramref name="dataFrom"/>.</param>
    /// <param name="generatedAt">When the file was generated.</param>
    /// <param name="rowCount">Data rows written (0 or more).</param>
    /// <param name="cellCount">Table cells, for a statistics table.</param>
    /// <param name="suppressedCells">Cells suppressed by disclosure control; not more than <paramref name="cellCount"/>.</param>
    /// <param name="suppressionRule">The disclosure rule applied, as written into the file's metadata.</param>
    /// <param name="softwareVersion">The RegulatorHub version that wrote the file.</param>
    /// <param name="sha256">SHA-256 of the file's bytes as 64 lower-case hex digits, when known (a streamed file may not know it).</param>
    /// <param name="agency">The exporting user's agency, for complaint-level exports (their jurisdiction).</param>
    /// <exception cref="ArgumentException">A value breaks the rules above.</exception>
    public ExportRecord(
        string id, string owner, ExportKind kind, string format, string fileName, string definitionJson,
        string? watermark, DateOnly? dataFrom, DateOnly? dataTo, DateTimeOffset generatedAt,
        long rowCount, long? cellCount, long? suppressedCells, string? suppressionRule,
        string softwareVersion, string? sha256, string? agency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(definitionJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(softwareVersion);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown export kind.");
        }

        if (format is not { Length: > 0 and <= 16 } || !format.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
        {
            throw new ArgumentException("An export format is 1–16 lower-case letters or digits, e.g. csv, xlsx, parquet.", nameof(format));
        }

        if (dataFrom is { } from && dataTo is { } to && to < from)
        {
            throw new ArgumentException("dataTo is before dataFrom.", nameof(dataTo));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        if (cellCount < 0 || suppressedCells < 0 || suppressedCells > cellCount)
        {
            throw new ArgumentException("Cell counts are not negative and suppressed cells are not more than the cells.", nameof(suppressedCells));
        }

        if (sha256 is not null && (sha256.Length != 64 || !sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')))
        {
            throw new ArgumentException("sha256 is 64 lower-case hex digits.", nameof(sha256));
        }

        Id = id;
        Owner = owner;
        Kind = kind;
        Format = format;
        FileName = fileName;
        DefinitionJson = definitionJson;
        Watermark = watermark;
        DataFrom = dataFrom;
        DataTo = dataTo;
        GeneratedAt = generatedAt;
        RowCount = rowCount;
        CellCount = cellCount;
        SuppressedCells = suppressedCells;
        SuppressionRule = suppressionRule;
        SoftwareVersion = softwareVersion;
        Sha256 = sha256;
        Agency = agency;
    }

    /// <summary>Opaque id, unique per owner.</summary>
    public string Id { get; }

    /// <summary>The user who exported.</summary>
    public string Owner { get; }

    /// <summary>Statistics table or complaint-level records.</summary>
    public ExportKind Kind { get; }

    /// <summary>File format, lower case (<c>csv</c>, <c>xlsx</c>, <c>parquet</c>).</summary>
    public string Format { get; }

    /// <summary>The file name offered for download.</summary>
    public string FileName { get; }

    /// <summary>The statistics definition, or the complaint export's filter, as JSON.</summary>
    public string DefinitionJson { get; }

    /// <summary>The data watermark the export saw, when known.</summary>
    public string? Watermark { get; }

    /// <summary>First day of data covered (inclusive).</summary>
    public DateOnly? DataFrom { get; }

    /// <summary>Last day of data covered (inclusive).</summary>
    public DateOnly? DataTo { get; }

    /// <summary>When the file was generated.</summary>
    public DateTimeOffset GeneratedAt { get; }

    /// <summary>Data rows written.</summary>
    public long RowCount { get; }

    /// <summary>Table cells, for a statistics table.</summary>
    public long? CellCount { get; }

    /// <summary>Cells suppressed by disclosure control.</summary>
    public long? SuppressedCells { get; }

    /// <summary>The disclosure rule applied.</summary>
    public string? SuppressionRule { get; }

    /// <summary>The RegulatorHub version that wrote the file.</summary>
    public string SoftwareVersion { get; }

    /// <summary>SHA-256 of the file's bytes (lower-case hex), when known.</summary>
    public string? Sha256 { get; }

    /// <summary>The exporting user's agency, for complaint-level exports.</summary>
    public string? Agency { get; }
}
