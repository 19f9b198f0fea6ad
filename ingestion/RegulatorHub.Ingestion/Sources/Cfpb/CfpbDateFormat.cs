namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>The one date format a CFPB file is read with, determined from its data before any row is produced.</summary>
public enum CfpbDateFormat
{
    /// <summary>
    /// <c>yyyy-mm-dd</c>, optionally followed by a time (<c>yyyy-mm-ddThh:mm:ss…</c>, as the API writes it);
    /// only the calendar date as written is used.
    /// </summary>
    IsoDate = 1,

    /// <summary><c>mm/dd/yyyy</c>, the US order of the CFPB website download (and of Excel in US locales).</summary>
    MonthDayYearSlashed = 2,

    /// <summary><c>dd-mm-yyyy</c>, day first with dashes, as some re-hosted copies write it.</summary>
    DayMonthYearDashed = 3,
}
