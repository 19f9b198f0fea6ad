using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>Recognizes CFPB header names across vintages and decides the file layout from them.</summary>
internal static class CfpbHeaders
{
    public const int MinColumns = 12;
    public const int MaxColumns = 18;

    private static readonly CfpbColumn[] s_required = [CfpbColumn.ComplaintId, CfpbColumn.DateReceived, CfpbColumn.Product, CfpbColumn.Issue];

    // Keys are normalized (see Normalize). Besides the names each vintage uses, a few obvious synonyms are
    // accepted because hand-made extracts rename columns; anything else is reported as an ignored column.
    private static readonly FrozenDictionary<string, CfpbColumn> s_synonyms = new Dictionary<string, CfpbColumn>(StringComparer.Ordinal)
    {
        ["complaint id"] = CfpbColumn.ComplaintId,
        ["complaintid"] = CfpbColumn.ComplaintId,
        ["date received"] = CfpbColumn.DateReceived,
        ["received date"] = CfpbColumn.DateReceived,
        ["date submitted"] = CfpbColumn.DateSubmitted,
        ["submitted date"] = CfpbColumn.DateSubmitted,
        ["date sent to company"] = CfpbColumn.DateSentToCompany,
        ["product"] = CfpbColumn.Product,
        ["sub product"] = CfpbColumn.SubProduct,
        ["subproduct"] = CfpbColumn.SubProduct,
        ["issue"] = CfpbColumn.Issue,
        ["sub issue"] = CfpbColumn.SubIssue,
        ["subissue"] = CfpbColumn.SubIssue,
        ["consumer complaint narrative"] = CfpbColumn.Narrative,
        ["complaint what happened"] = CfpbColumn.Narrative,
        ["narrative"] = CfpbColumn.Narrative,
        ["company public response"] = CfpbColumn.CompanyPublicResponse,
        ["company"] = CfpbColumn.Company,
        ["company name"] = CfpbColumn.Company,
        ["state"] = CfpbColumn.State,
        ["zip code"] = CfpbColumn.ZipCode,
        ["zipcode"] = CfpbColumn.ZipCode,
        ["zip"] = CfpbColumn.ZipCode,
        ["tags"] = CfpbColumn.Tags,
        ["consumer consent provided"] = CfpbColumn.ConsumerConsentProvided,
        ["submitted via"] = CfpbColumn.SubmittedVia,
        ["company response to consumer"] = CfpbColumn.CompanyResponse,
        ["company response"] = CfpbColumn.CompanyResponse,
        ["timely response"] = CfpbColumn.TimelyResponse,
        ["timely"] = CfpbColumn.TimelyResponse,
        ["consumer disputed"] = CfpbColumn.ConsumerDisputed,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<CfpbColumn> s_extract12 = FrozenSet.Create(
        CfpbColumn.ComplaintId, CfpbColumn.SubmittedVia, CfpbColumn.DateSubmitted, CfpbColumn.DateReceived, CfpbColumn.State,
        CfpbColumn.Product, CfpbColumn.SubProduct, CfpbColumn.Issue, CfpbColumn.SubIssue, CfpbColumn.CompanyPublicResponse,
        CfpbColumn.CompanyResponse, CfpbColumn.TimelyResponse);

    private static readonly FrozenSet<CfpbColumn> s_legacy14 = FrozenSet.Create(
        CfpbColumn.ComplaintId, CfpbColumn.Product, CfpbColumn.SubProduct, CfpbColumn.Issue, CfpbColumn.SubIssue, CfpbColumn.State,
        CfpbColumn.ZipCode, CfpbColumn.SubmittedVia, CfpbColumn.DateReceived, CfpbColumn.DateSentToCompany, CfpbColumn.Company,
        CfpbColumn.CompanyResponse, CfpbColumn.TimelyResponse, CfpbColumn.ConsumerDisputed);

    private static readonly FrozenSet<CfpbColumn> s_current18 = FrozenSet.Create(
        CfpbColumn.DateReceived, CfpbColumn.Product, CfpbColumn.SubProduct, CfpbColumn.Issue, CfpbColumn.SubIssue, CfpbColumn.Narrative,
        CfpbColumn.CompanyPublicResponse, CfpbColumn.Company, CfpbColumn.State, CfpbColumn.ZipCode, CfpbColumn.Tags,
        CfpbColumn.ConsumerConsentProvided, CfpbColumn.SubmittedVia, CfpbColumn.DateSentToCompany, CfpbColumn.CompanyResponse,
        CfpbColumn.TimelyResponse, CfpbColumn.ConsumerDisputed, CfpbColumn.ComplaintId);

    /// <summary>The spaced header of the current schema, used in messages when a column is absent.</summary>
    public static string CanonicalName(CfpbColumn column) => column switch
    {
        CfpbColumn.ComplaintId => "Complaint ID",
        CfpbColumn.DateReceived => "Date received",
        CfpbColumn.DateSubmitted => "Date submitted",
        CfpbColumn.DateSentToCompany => "Date sent to company",
        CfpbColumn.Product => "Product",
        CfpbColumn.SubProduct => "Sub-product",
        CfpbColumn.Issue => "Issue",
        CfpbColumn.SubIssue => "Sub-issue",
        CfpbColumn.Narrative => "Consumer complaint narrative",
        CfpbColumn.CompanyPublicResponse => "Company public response",
        CfpbColumn.Company => "Company",
        CfpbColumn.State => "State",
        CfpbColumn.ZipCode => "ZIP code",
        CfpbColumn.Tags => "Tags",
        CfpbColumn.ConsumerConsentProvided => "Consumer consent provided?",
        CfpbColumn.SubmittedVia => "Submitted via",
        CfpbColumn.CompanyResponse => "Company response to consumer",
        CfpbColumn.TimelyResponse => "Timely response?",
        CfpbColumn.ConsumerDisputed => "Consumer disputed?",
        _ => column.ToString(),
    };

    /// <summary>
    /// The form headers are matched in: no byte-order mark, lower case, '_' and '-' as spaces, single spaces,
    /// no trailing '?'. "Timely response?", "timely_response" and "TIMELY RESPONSE" all become "timely response".
    /// </summary>
    public static string Normalize(string header)
    {
        var builder = new StringBuilder(header.Length);
        var pendingSpace = false;
        foreach (var c in header)
        {
            if (c is '_' or '-' || char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (c is '\uFEFF')
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        while (builder.Length > 0 && builder[^1] is '?' or ' ')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>Recognizes the layout from the header, or refuses the file.</summary>
    /// <exception cref="CfpbFormatException">Column count out of 12–18, a required column missing, or a column claimed twice.</exception>
    public static CfpbFileLayout DetectLayout(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (header.Count == 0)
        {
            throw new CfpbFormatException("The file is empty: there is no header row.", CfpbRefusalReason.EmptyFile, lineNumber: 1);
        }

        if (header.Count is < MinColumns or > MaxColumns)
        {
            throw new CfpbFormatException(
                string.Create(CultureInfo.InvariantCulture, $"The header has {header.Count} columns; CFPB complaint exports have {MinColumns} to {MaxColumns} (12-column extract, 14-column 2014 schema, 18-column current schema). Is this a CFPB file, with commas as separators?"),
                CfpbRefusalReason.ColumnCount,
                lineNumber: 1);
        }

        var columns = new Dictionary<CfpbColumn, int>();
        var ignored = new List<string>();
        var underscored = false;
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i];
            if (!s_synonyms.TryGetValue(Normalize(name), out var column))
            {
                ignored.Add(name.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"(blank, column {i + 1})") : name);
                continue;
            }

            if (columns.TryGetValue(column, out var first))
            {
                throw new CfpbFormatException(
                    string.Create(CultureInfo.InvariantCulture, $"Columns {first + 1} ('{header[first]}') and {i + 1} ('{name}') both mean '{CanonicalName(column)}'; refusing rather than choosing one."),
                    CfpbRefusalReason.DuplicateColumn,
                    name,
                    1);
            }

            columns.Add(column, i);
            underscored |= name.Contains('_', StringComparison.Ordinal);
        }

        var missing = s_required.Where(c => !columns.ContainsKey(c)).Select(CanonicalName).ToList();
        if (missing.Count > 0)
        {
            throw new CfpbFormatException(
                $"Required column{(missing.Count == 1 ? string.Empty : "s")} missing: {string.Join(", ", missing)}. Every CFPB vintage has Complaint ID, Date received, Product and Issue.",
                CfpbRefusalReason.MissingColumn,
                missing[0],
                1);
        }

        var vintage = ignored.Count > 0 ? CfpbVintage.Other : Classify(columns.Keys, underscored);
        return new CfpbFileLayout(vintage, header.ToArray(), columns.ToFrozenDictionary(), ignored, underscored);
    }

    private static CfpbVintage Classify(IEnumerable<CfpbColumn> present, bool underscored)
    {
        var set = present.ToHashSet();
        if (set.SetEquals(s_extract12))
        {
            return CfpbVintage.Extract12;
        }

        if (set.SetEquals(s_legacy14))
        {
            return CfpbVintage.Legacy14;
        }

        if (set.SetEquals(s_current18))
        {
            return underscored ? CfpbVintage.Api18 : CfpbVintage.Current18;
        }

        return CfpbVintage.Other;
    }
}
