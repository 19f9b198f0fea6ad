namespace RegulatorHub.Exports;

/// <summary>A file format statistics can be downloaded in.</summary>
public enum ExportFormat
{
    /// <summary>UTF-8 CSV with a BOM, RFC 4180, metadata as leading <c>#</c> comment lines.</summary>
    Csv = 1,

    /// <summary>An Excel workbook with a "Statistics" and a "Metadata" sheet.</summary>
    Xlsx = 2,

    /// <summary>Apache Parquet in tidy long format (one row per cell and total), metadata as key-value metadata.</summary>
    Parquet = 3,
}
