using System.Globalization;

namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>What the header (and, once data was scanned, the dates) of a CFPB file were recognized as.</summary>
public sealed record CfpbFileLayout
{
    internal CfpbFileLayout(CfpbVintage vintage, IReadOnlyList<string> header, IReadOnlyDictionary<CfpbColumn, int> columns, IReadOnlyList<string> ignoredColumns, bool underscoredHeaders)
    {
        Vintage = vintage;
        Header = header;
        Columns = columns;
        IgnoredColumns = ignoredColumns;
        UnderscoredHeaders = underscoredHeaders;
    }

    /// <summary>The export layout recognized.</summary>
    public CfpbVintage Vintage { get; }

    /// <summary>The header names as the file writes them, in file order.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Number of columns in the header.</summary>
    public int ColumnCount => Header.Count;

    /// <summary>Where each recognized column is (0-based index into <see cref="Header"/>).</summary>
    public IReadOnlyDictionary<CfpbColumn, int> Columns { get; }

    /// <summary>Headers that match no known CFPB column; their values are not read.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; }

    /// <summary>True when the headers use the API's underscored names (date_received) rather than spaced ones.</summary>
    public bool UnderscoredHeaders { get; }

    /// <summary>
    /// The date format of the file: set once data was scanned (<see cref="CfpbCsvReader.OpenAsync"/>);
    /// <see langword="null"/> from header-only detection, or when the file has no dates to go by.
    /// </summary>
    public CfpbDateFormat? DateFormat { get; init; }

    /// <summary>True when the column is present.</summary>
    public bool Has(CfpbColumn column) => Columns.ContainsKey(column);

    /// <summary>The header of a column as the file writes it, or the canonical name when the column is absent.</summary>
    public string HeaderOf(CfpbColumn column) =>
        Columns.TryGetValue(column, out var index) ? Header[index] : CfpbHeaders.CanonicalName(column);

    /// <summary>A one-line description for logs and the CLI, e.g. "CFPB 12-column extract, dates yyyy-mm-dd".</summary>
    public string Describe()
    {
        var vintage = Vintage switch
        {
            CfpbVintage.Extract12 => "CFPB 12-column extract",
            CfpbVintage.Legacy14 => "CFPB 14-column 2014 schema",
            CfpbVintage.Current18 => "CFPB 18-column current schema",
            CfpbVintage.Api18 => "CFPB 18-column API schema (underscored names)",
            _ => string.Create(CultureInfo.InvariantCulture, $"CFPB {ColumnCount}-column custom layout"),
        };
        if (Vintage is not CfpbVintage.Api18 && UnderscoredHeaders)
        {
            vintage += " (underscored names)";
        }

        var dates = DateFormat switch
        {
            CfpbDateFormat.IsoDate => "dates yyyy-mm-dd",
            CfpbDateFormat.MonthDayYearSlashed => "dates mm/dd/yyyy",
            CfpbDateFormat.DayMonthYearDashed => "dates dd-mm-yyyy",
            _ => "date format not determined",
        };
        var ignored = IgnoredColumns.Count == 0 ? string.Empty : "; ignored columns: " + string.Join(", ", IgnoredColumns);
        return vintage + ", " + dates + ignored;
    }
}
