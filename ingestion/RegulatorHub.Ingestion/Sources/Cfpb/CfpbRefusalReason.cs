namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>Why a whole CFPB file was refused (see <see cref="CfpbFormatException"/>).</summary>
public enum CfpbRefusalReason
{
    /// <summary>Not stated.</summary>
    Unspecified = 0,

    /// <summary>The file has no header row.</summary>
    EmptyFile = 1,

    /// <summary>The header has fewer than 12 or more than 18 columns.</summary>
    ColumnCount = 2,

    /// <summary>A required column (Complaint ID, Date received, Product, Issue) is missing.</summary>
    MissingColumn = 3,

    /// <summary>Two headers claim the same column, e.g. "Company response" and "Company response to consumer".</summary>
    DuplicateColumn = 4,

    /// <summary>The dates contradict the only format their shape allows (a slashed date with a month above 12, …).</summary>
    AmbiguousDates = 5,

    /// <summary>The dates are written in more than one format.</summary>
    MixedDateFormats = 6,

    /// <summary>No date in the scanned rows is in a recognized format.</summary>
    UnrecognizedDates = 7,

    /// <summary>A record is larger than the configured limit, which almost always means a quote is never closed.</summary>
    OversizedRecord = 8,
}
