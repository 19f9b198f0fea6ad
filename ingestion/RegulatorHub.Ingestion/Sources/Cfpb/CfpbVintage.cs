namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>Which CFPB Consumer Complaint Database export layout a file follows, recognized from its header.</summary>
public enum CfpbVintage
{
    /// <summary>
    /// 12 to 18 columns with every required column, but not one of the known layouts (a custom selection of recognized columns);
    /// see <see cref="CfpbFileLayout.Columns"/> for what was found.
    /// </summary>
    Other = 0,

    /// <summary>
    /// The 12-column extract without company, ZIP or narrative (e.g. the Bank of America sample): Complaint ID,
    /// Submitted via, Date submitted, Date received, State, Product, Sub-product, Issue, Sub-issue,
    /// Company public response, Company response to consumer, Timely response?.
    /// </summary>
    Extract12 = 1,

    /// <summary>
    /// The 14-column schema of the early database (2012–2015): Complaint ID, Product, Sub-product, Issue, Sub-issue,
    /// State, ZIP code, Submitted via, Date received, Date sent to company, Company, Company response,
    /// Timely response?, Consumer disputed?.
    /// </summary>
    Legacy14 = 2,

    /// <summary>
    /// The current 18-column schema of the website's CSV download (narrative, tags and consent added in 2015),
    /// with spaced header names such as "Date received".
    /// </summary>
    Current18 = 3,

    /// <summary>
    /// The same 18 columns with the underscored field names of the CFPB API and its CSV (date_received,
    /// complaint_what_happened, company_response, timely, …).
    /// </summary>
    Api18 = 4,
}
