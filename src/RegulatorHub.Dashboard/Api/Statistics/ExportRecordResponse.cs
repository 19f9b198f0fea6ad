using RegulatorHub.Application.Exports;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Exports;

namespace RegulatorHub.Dashboard.Api.Statistics;

/// <summary>One of the caller's past exports, with what it takes to reproduce it.</summary>
/// <param name="Id">The export's id.</param>
/// <param name="Kind">statistics or complaints.</param>
/// <param name="Format">csv, xlsx or parquet.</param>
/// <param name="FileName">The file name it was offered under.</param>
/// <param name="Definition">The statistics definition, or the complaint export's filter, as JSON.</param>
/// <param name="Watermark">The data watermark the export saw.</param>
/// <param name="DataFrom">First day of data covered, inclusive.</param>
/// <param name="DataTo">Last day of data covered, inclusive.</param>
/// <param name="GeneratedAt">When the file was generated.</param>
/// <param name="RowCount">Data rows written.</param>
/// <param name="CellCount">Table cells, for a statistics table.</param>
/// <param name="SuppressedCells">Cells suppressed by disclosure control.</param>
/// <param name="SuppressionRule">The disclosure rule applied.</param>
/// <param name="SoftwareVersion">The RegulatorHub version that wrote the file.</param>
/// <param name="Sha256">SHA-256 of the file's bytes, lower-case hex, when known.</param>
/// <param name="Rerun">For a statistics export: the address that downloads the same definition again from the current data (it is recorded as a new export).</param>
public sealed record ExportRecordResponse(
    string Id,
    string Kind,
    string Format,
    string FileName,
    string Definition,
    string? Watermark,
    DateOnly? DataFrom,
    DateOnly? DataTo,
    DateTimeOffset GeneratedAt,
    long RowCount,
    long? CellCount,
    long? SuppressedCells,
    string? SuppressionRule,
    string SoftwareVersion,
    string? Sha256,
    string? Rerun)
{
    /// <summary>The answer for a history record.</summary>
    public static ExportRecordResponse From(ExportRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        string? rerun = null;
        if (record.Kind == ExportKind.Statistics
            && StatisticsExportService.ParseFormat(record.Format) is { } format
            && StatisticsDefinitionJson.TryParse(record.DefinitionJson, out var definition, out _))
        {
            rerun = StatisticsExportApi.LinkFor(definition, format);
        }

        return new ExportRecordResponse(
            record.Id,
            record.Kind == ExportKind.Statistics ? "statistics" : "complaints",
            record.Format,
            record.FileName,
            record.DefinitionJson,
            record.Watermark,
            record.DataFrom,
            record.DataTo,
            record.GeneratedAt,
            record.RowCount,
            record.CellCount,
            record.SuppressedCells,
            record.SuppressionRule,
            record.SoftwareVersion,
            record.Sha256,
            rerun);
    }
}
