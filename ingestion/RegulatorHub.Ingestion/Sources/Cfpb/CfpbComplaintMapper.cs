using System.Collections.Frozen;
using System.Globalization;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Ingestion.Scrubbing;

namespace RegulatorHub.Ingestion.Sources.Cfpb;

/// <summary>Turns the values of one CFPB row into a canonical complaint or a rejection.</summary>
/// <remarks>
/// Labels repeat millions of times in a full export, so crosswalk, region and merchant look-ups are cached per
/// distinct value; the caches are capped so a file of unique garbage cannot grow them without bound.
/// </remarks>
internal sealed class CfpbComplaintMapper
{
    public const string ProductCrosswalkId = "cfpb-product";
    public const string IssueCrosswalkId = "cfpb-issue";

    private const int MaxCacheEntries = 50_000;

    // Valid CFPB state values outside the 50 states + DC: territories, freely associated states, US Minor Outlying
    // Islands and military addresses (Armed Forces Americas/Europe/Pacific). They are real complaints, so they are
    // kept, with no region when the gazetteer has none for them.
    private static readonly FrozenSet<string> s_statesOutsideGazetteer = FrozenSet.Create(
        StringComparer.Ordinal,
        "PR", "GU", "VI", "AS", "MP", "UM", "FM", "MH", "PW", "AA", "AE", "AP", "UNITED STATES MINOR OUTLYING ISLANDS");

    private static readonly FrozenDictionary<string, ComplaintChannel> s_channels = new Dictionary<string, ComplaintChannel>(StringComparer.OrdinalIgnoreCase)
    {
        ["Web"] = ComplaintChannel.Web,
        ["Referral"] = ComplaintChannel.Referral,
        // A complaint another agency took on its website and referred to the CFPB: what matters is that it came
        // through another body, so it counts as a referral, not as the CFPB's own web intake.
        ["Web Referral"] = ComplaintChannel.Referral,
        ["Phone"] = ComplaintChannel.Phone,
        ["Postal mail"] = ComplaintChannel.PostalMail,
        ["Fax"] = ComplaintChannel.Fax,
        ["Email"] = ComplaintChannel.Email,
        ["E-mail"] = ComplaintChannel.Email,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (ComplaintStatus Status, ComplaintOutcome? Outcome)> s_responses =
        new Dictionary<string, (ComplaintStatus, ComplaintOutcome?)>(StringComparer.OrdinalIgnoreCase)
        {
            ["Closed with explanation"] = (ComplaintStatus.Closed, ComplaintOutcome.ClosedWithExplanation),
            ["Closed with monetary relief"] = (ComplaintStatus.Closed, ComplaintOutcome.ClosedWithMonetaryRelief),
            ["Closed with non-monetary relief"] = (ComplaintStatus.Closed, ComplaintOutcome.ClosedWithNonMonetaryRelief),
            // Until 2013 the CFPB only said whether there was relief, not which kind.
            ["Closed with relief"] = (ComplaintStatus.Closed, null),
            ["Closed without relief"] = (ComplaintStatus.Closed, ComplaintOutcome.ClosedWithExplanation),
            ["Closed"] = (ComplaintStatus.Closed, null),
            // The CFPB forwarded the complaint and the company is handling it (or failed to answer in time):
            // accepted for handling, not closed.
            ["In progress"] = (ComplaintStatus.Accepted, null),
            ["Untimely response"] = (ComplaintStatus.Accepted, null),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly CfpbDateFormat? _dateFormat;
    private readonly TimeSpan _offset;
    private readonly bool _includeNarrative;
    private readonly string? _companyOverride;
    private readonly Crosswalk _products;
    private readonly Crosswalk _issues;
    private readonly RegionGazetteer _gazetteer;
    private readonly Dictionary<string, (string? Code, bool Fallback)> _productCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Code, bool Fallback)> _issueCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Region, bool Known)> _stateCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MerchantRef?> _merchantCache = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), string> _labelCache = [];
    private readonly string _idField;
    private readonly string _dateField;
    private readonly string _productField;
    private readonly string _issueField;
    private readonly string _stateField;
    private readonly MerchantRef? _overrideMerchant;

    public CfpbComplaintMapper(CfpbFileLayout layout, CfpbDateFormat? dateFormat, CfpbImportOptions options)
    {
        _dateFormat = dateFormat;
        _offset = options.ReceivedAtOffset;
        _includeNarrative = options.IncludeNarrative;
        _companyOverride = string.IsNullOrWhiteSpace(options.CompanyOverride) ? null : options.CompanyOverride.Trim();
        var crosswalks = options.Crosswalks ?? CrosswalkCatalog.Default;
        _products = crosswalks.Get(ProductCrosswalkId);
        _issues = crosswalks.Get(IssueCrosswalkId);
        _gazetteer = options.Gazetteer ?? RegionGazetteer.Default;
        _idField = layout.HeaderOf(CfpbColumn.ComplaintId);
        _dateField = layout.HeaderOf(CfpbColumn.DateReceived);
        _productField = layout.HeaderOf(CfpbColumn.Product);
        _issueField = layout.HeaderOf(CfpbColumn.Issue);
        _stateField = layout.HeaderOf(CfpbColumn.State);
        _overrideMerchant = _companyOverride is null ? null : CreateMerchant(_companyOverride);
    }

    /// <summary>Maps one row whose field count matched the header.</summary>
    /// <param name="line">The physical line where the row starts.</param>
    /// <param name="values">Values by <see cref="CfpbColumn"/>; <see langword="null"/> for absent columns.</param>
    public CfpbRowResult Map(long line, string?[] values)
    {
        var id = Value(values, CfpbColumn.ComplaintId);
        if (id is null)
        {
            return Reject(line, _idField, "is empty");
        }

        if (!IsAsciiDigits(id))
        {
            return Reject(line, _idField, "is not a number (CFPB complaint IDs are digits only)");
        }

        var dateText = Value(values, CfpbColumn.DateReceived);
        if (dateText is null)
        {
            return Reject(line, _dateField, "is empty");
        }

        if (_dateFormat is not { } format || !CfpbDates.TryParse(dateText, format, out var date))
        {
            return Reject(
                line,
                _dateField,
                _dateFormat is { } f ? $"is not a valid date in the file's format {CfpbDates.Name(f)}" : "is not a valid date (the file's date format could not be determined)");
        }

        var product = Value(values, CfpbColumn.Product);
        if (product is null)
        {
            return Reject(line, _productField, "is empty");
        }

        var (subject, subjectFallback) = MapLabel(_products, _productCache, product);
        if (subject is null)
        {
            return Reject(line, _productField, $"is not in the {ProductCrosswalkId} crosswalk, which has no fallback");
        }

        var issue = Value(values, CfpbColumn.Issue);
        if (issue is null)
        {
            return Reject(line, _issueField, "is empty");
        }

        var (issueCode, issueFallback) = MapLabel(_issues, _issueCache, issue);
        if (issueCode is null)
        {
            return Reject(line, _issueField, $"is not in the {IssueCrosswalkId} crosswalk, which has no fallback");
        }

        string? region = null;
        string? stateOutside = null;
        if (Value(values, CfpbColumn.State) is { } state)
        {
            var (stateRegion, known) = MapState(state);
            if (!known)
            {
                return Reject(line, _stateField, "is not a US state, DC, territory or military state code");
            }

            region = stateRegion;
            stateOutside = stateRegion is null ? state.ToUpperInvariant() : null;
        }

        var (status, outcome) = Value(values, CfpbColumn.CompanyResponse) is { } response && s_responses.TryGetValue(response, out var mapped)
            ? mapped
            : (ComplaintStatus.Received, (ComplaintOutcome?)null);

        // The CFPB masks most identifiers as XXXX before publishing; the scrubber catches what its redaction missed.
        var narrative = _includeNarrative && Value(values, CfpbColumn.Narrative) is { } text ? NarrativeScrubber.Scrub(text) : null;
        var complaint = new Complaint
        {
            Source = CfpbCsvReader.SourceId,
            SourceCaseId = id,
            SourceKind = SourceKind.PublicDatabase,
            ReceivedAt = new DateTimeOffset(date.Year, date.Month, date.Day, 0, 0, 0, _offset),
            Channel = Value(values, CfpbColumn.SubmittedVia) is { } via && s_channels.TryGetValue(via, out var channel) ? channel : ComplaintChannel.Unknown,
            SubjectCode = subject,
            IssueCode = issueCode,
            SourceCategory = Label(product, Value(values, CfpbColumn.SubProduct)),
            SourceIssue = Label(issue, Value(values, CfpbColumn.SubIssue)),
            ConsumerRegionCode = region,
            Merchant = (Value(values, CfpbColumn.Company) is { } company ? Merchant(company) : null) ?? _overrideMerchant,
            Narrative = narrative?.Text,
            PersonalDataRemoved = narrative?.Counts ?? PersonalDataCounts.None,
            Status = status,
            Outcome = outcome,
        };
        return CfpbRowResult.Accepted(line, complaint, subjectFallback, issueFallback, stateOutside);
    }

    /// <summary>A rejection of the whole row (field count, quoting).</summary>
    public static CfpbRowResult RejectRow(long line, string reason) => Reject(line, CfpbRowRejection.WholeRow, reason);

    private static CfpbRowResult Reject(long line, string field, string reason) =>
        CfpbRowResult.Rejected(new CfpbRowRejection(line, field, reason));

    /// <summary>The trimmed value, or <see langword="null"/> when the column is absent or the value blank.</summary>
    private static string? Value(string?[] values, CfpbColumn column)
    {
        var value = values[(int)column];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Trim();
    }

    private static bool IsAsciiDigits(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static (string? Code, bool Fallback) MapLabel(Crosswalk crosswalk, Dictionary<string, (string? Code, bool Fallback)> cache, string label)
    {
        if (cache.TryGetValue(label, out var cached))
        {
            return cached;
        }

        var result = crosswalk.TryMap(label, out var code, out var fallback) ? (code, fallback) : ((string?)null, false);
        if (cache.Count < MaxCacheEntries)
        {
            cache[label] = result;
        }

        return result;
    }

    private (string? Region, bool Known) MapState(string state)
    {
        if (_stateCache.TryGetValue(state, out var cached))
        {
            return cached;
        }

        var upper = state.ToUpperInvariant();
        var code = "US-" + upper;
        (string? Region, bool Known) result = upper.Length == 2 && _gazetteer.TryGet(code, out _)
            ? (code, true)
            : (null, s_statesOutsideGazetteer.Contains(upper));
        if (_stateCache.Count < MaxCacheEntries)
        {
            _stateCache[state] = result;
        }

        return result;
    }

    private string Label(string main, string? detail)
    {
        if (detail is null)
        {
            return main;
        }

        if (_labelCache.TryGetValue((main, detail), out var cached))
        {
            return cached;
        }

        var label = main + " / " + detail;
        if (_labelCache.Count < MaxCacheEntries)
        {
            _labelCache[(main, detail)] = label;
        }

        return label;
    }

    private MerchantRef? Merchant(string company)
    {
        if (_merchantCache.TryGetValue(company, out var cached))
        {
            return cached;
        }

        var merchant = CreateMerchant(company);
        if (_merchantCache.Count < MaxCacheEntries)
        {
            _merchantCache[company] = merchant;
        }

        return merchant;
    }

    // A CFPB company name is the only evidence there is: no credit code, no platform, no region of the company.
    // A name of punctuation only gives no key; the merchant is then unknown (or the override) rather than an error,
    // because the complaint itself is still valid.
    private static MerchantRef? CreateMerchant(string company) =>
        MerchantKey.NormalizeName(company).Length == 0
            ? null
            : new MerchantRef(MerchantKey.Create(null, null, null, company, null), company, null);
}
