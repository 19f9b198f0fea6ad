using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>How a CFPB Consumer Complaint Database file is read and mapped.</summary>
public sealed record CfpbImportOptions
{
    /// <summary>The CFPB sits in Washington DC: its dates are US Eastern calendar days.</summary>
    public static readonly TimeSpan DefaultReceivedAtOffset = TimeSpan.FromHours(-5);

    /// <summary>The defaults.</summary>
    public static CfpbImportOptions Default { get; } = new();

    /// <summary>
    /// The respondent for rows without a company: files whose vintage has no Company column (the 12-column
    /// extract of one bank), or a blank Company field. <see langword="null"/> leaves the merchant unknown.
    /// </summary>
    public string? CompanyOverride { get; init; }

    /// <summary>
    /// The UTC offset given to "Date received", which the CFPB publishes as a bare calendar date; the time is
    /// 00:00 at this offset so <c>Complaint.ReceivedDate</c> is exactly the published date. Defaults to a fixed
    /// UTC−05:00 (US Eastern Standard Time, the CFPB's own zone) — fixed rather than daylight-saving aware
    /// because only the calendar day is known, and a fixed offset keeps every day the same length.
    /// </summary>
    public TimeSpan ReceivedAtOffset { get; init; } = DefaultReceivedAtOffset;

    /// <summary>How many data rows are looked at to determine the file's date format (the first 1,000 by default).</summary>
    public int DateScanRows { get; init; } = 1000;

    /// <summary>
    /// Forces the date format instead of determining it from the data; rows that do not match it are rejected.
    /// <see langword="null"/> (the default) determines it and refuses ambiguous files.
    /// </summary>
    public CfpbDateFormat? DateFormat { get; init; }

    /// <summary>Whether the consumer narrative is copied into the complaint (when the vintage has one).</summary>
    public bool IncludeNarrative { get; init; } = true;

    /// <summary>
    /// The largest record accepted, in bytes of UTF-8; guards against a quote that is never closed swallowing a
    /// multi-gigabyte file into one field. CFPB narratives are far below the 16 MiB default.
    /// </summary>
    public int MaxRecordBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The crosswalks to map products and issues with; <see langword="null"/> uses the shipped ones.</summary>
    public CrosswalkCatalog? Crosswalks { get; init; }

    /// <summary>The gazetteer that decides which state codes are known regions; <see langword="null"/> uses the shipped one.</summary>
    public RegionGazetteer? Gazetteer { get; init; }
}
