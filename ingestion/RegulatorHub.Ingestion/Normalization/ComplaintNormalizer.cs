using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Complaints;
using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Ingestion.Normalization;

/// <summary>
/// Stage 3: a valid <see cref="FeedMessage"/> → the canonical <see cref="Complaint"/>. Source labels go through the
/// crosswalks, region names become GB/T 2260 codes, the merchant gets its canonical key and the complainant a
/// pseudonym. What cannot be resolved is reported as field errors (quarantine reason <c>unresolvable</c>).
/// </summary>
public sealed class ComplaintNormalizer
{
    private const string DefaultCurrency = "CNY";

    private readonly RegionGazetteer _gazetteer;
    private readonly ComplainantPseudonymizer _pseudonymizer;
    private readonly (Crosswalk Category, Crosswalk Issue) _hotline;
    private readonly (Crosswalk Category, Crosswalk Issue) _platform;

    /// <summary>Creates a normalizer over the given reference data.</summary>
    public ComplaintNormalizer(CrosswalkCatalog crosswalks, RegionGazetteer gazetteer, ComplainantPseudonymizer pseudonymizer)
    {
        _gazetteer = gazetteer;
        _pseudonymizer = pseudonymizer;
        _hotline = Load(crosswalks, FeedVocabulary.HotlineKind);
        _platform = Load(crosswalks, FeedVocabulary.PlatformKind);
    }

    /// <summary>Normalizes a message that passed validation and the privacy stage.</summary>
    /// <param name="message">The message, already scrubbed.</param>
    /// <param name="personalDataRemoved">What the privacy stage removed, recorded on the complaint.</param>
    /// <param name="errors">Receives the reasons when the message cannot be normalized.</param>
    /// <returns>The complaint, or <see langword="null"/> with the reasons added to <paramref name="errors"/>.</returns>
    public Complaint? Normalize(FeedMessage message, PersonalDataCounts personalDataRemoved, List<FieldError> errors)
    {
        var isPlatform = message.Kind == FeedVocabulary.PlatformKind;
        var (categoryCrosswalk, issueCrosswalk) = isPlatform ? _platform : _hotline;

        var subject = MapLabel(categoryCrosswalk, "category", message.Category!, errors);
        var issue = MapLabel(issueCrosswalk, "issueType", message.IssueType!, errors);
        var consumerRegion = ResolveRegion("consumerRegion", message.ConsumerRegion, errors);
        var merchant = message.Merchant is null ? null : NormalizeMerchant(message.Merchant, message.Platform, errors);

        if (subject is null || issue is null || errors.Count > 0)
        {
            return null;
        }

        var status = message.Status is null ? ComplaintStatus.Received : FeedVocabulary.Statuses[message.Status];
        return new Complaint
        {
            Source = message.Source!,
            SourceCaseId = message.CaseId!,
            SourceKind = isPlatform ? SourceKind.Platform : SourceKind.Hotline,
            ReceivedAt = message.ReceivedAt!.Value,
            Channel = FeedVocabulary.Channels[message.Channel!],
            SubjectCode = subject,
            IssueCode = issue,
            SourceCategory = message.Category!.Trim(),
            SourceIssue = message.IssueType!.Trim(),
            ConsumerRegionCode = consumerRegion,
            Merchant = merchant,
            Platform = message.Platform,
            OrderReference = message.OrderRef,
            Amount = message.Amount is { Value: { } value } amount ? new Money(value, amount.Currency ?? DefaultCurrency) : null,
            Narrative = string.IsNullOrWhiteSpace(message.Narrative) ? null : message.Narrative,
            PersonalDataRemoved = personalDataRemoved,
            ComplainantPseudonym = message.Complainant is { IdType: { } idType, Id: { } id } ? _pseudonymizer.Pseudonymize(idType, id) : null,
            Status = status,
            Outcome = message.Outcome is null ? null : FeedVocabulary.Outcomes[message.Outcome],
        };
    }

    private static (Crosswalk, Crosswalk) Load(CrosswalkCatalog catalog, string kind)
    {
        var (category, issue) = FeedVocabulary.CrosswalksFor(kind);
        return (catalog.Get(category), catalog.Get(issue));
    }

    private static string? MapLabel(Crosswalk crosswalk, string field, string label, List<FieldError> errors)
    {
        if (crosswalk.TryMap(label, out var code, out _))
        {
            return code;
        }

        errors.Add(new FieldError(field, "crosswalk", $"The label has no entry in crosswalk '{crosswalk.Id}' (Data/crosswalks/{crosswalk.Id}.json)."));
        return null;
    }

    private string? ResolveRegion(string field, FeedRegion? region, List<FieldError> errors)
    {
        if (region is null)
        {
            return null;
        }

        if (region.Code is { } code)
        {
            if (_gazetteer.TryGet(code, out _))
            {
                return code;
            }

            errors.Add(new FieldError(field + ".code", "gazetteer", "Is not a code in the GB/T 2260 or US state gazetteer."));
            return null;
        }

        var resolution = _gazetteer.Resolve(region.Province, region.City, region.County);
        if (resolution.Region is { } resolved)
        {
            return resolved.Code;
        }

        var part = resolution.FailedField switch
        {
            RegionInputField.Province => ".province",
            RegionInputField.City => ".city",
            RegionInputField.County => ".county",
            _ => string.Empty,
        };
        errors.Add(new FieldError(field + part, "gazetteer", resolution.Error ?? "Does not resolve to a region."));
        return null;
    }

    private MerchantRef? NormalizeMerchant(FeedMerchant merchant, string? platform, List<FieldError> errors)
    {
        var regionCode = ResolveRegion("merchant.region", merchant.Region, errors);
        var name = merchant.Name?.Trim();
        var key = MerchantKey.Create(merchant.CreditCode, platform, merchant.ShopId, name ?? merchant.ShopId, regionCode);
        var displayName = string.IsNullOrEmpty(name) ? key.Value : name;
        return new MerchantRef(key, displayName, regionCode);
    }
}
