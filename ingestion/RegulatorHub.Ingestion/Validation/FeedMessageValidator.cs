using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Merchants;
using RegulatorHub.Feeds.V1;

namespace RegulatorHub.Ingestion.Validation;

/// <summary>
/// Stage 2: checks a parsed message against the rules of feed contract v1. Every failing rule is reported with
/// the field it concerns, so a sender can fix all problems at once.
/// </summary>
/// <remarks>Only shape and format are checked here; crosswalks and gazetteers are consulted on normalization.</remarks>
public sealed class FeedMessageValidator(TimeProvider timeProvider)
{
    /// <summary>Longest accepted narrative, in UTF-16 code units.</summary>
    public const int MaxNarrativeLength = 20_000;

    /// <summary>Earliest accepted received date: older complaints are almost surely a date error.</summary>
    public static readonly DateTimeOffset EarliestReceived = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Clocks of senders drift; a day of tolerance keeps real messages while catching wrong years.
    private static readonly TimeSpan s_futureTolerance = TimeSpan.FromDays(1);

    /// <summary>Validates a message; returns an empty list when it is valid.</summary>
    public List<FieldError> Validate(FeedMessage message)
    {
        var errors = new List<FieldError>();

        if (message.Schema is null)
        {
            errors.Add(Required("schema"));
        }
        else if (message.Schema != FeedSchema.V1)
        {
            errors.Add(new FieldError("schema", "schema-version", $"Must be '{FeedSchema.V1}'."));
        }

        var isPlatform = false;
        switch (message.Kind)
        {
            case null:
                errors.Add(Required("kind"));
                break;
            case FeedVocabulary.HotlineKind:
                break;
            case FeedVocabulary.PlatformKind:
                isPlatform = true;
                break;
            default:
                errors.Add(new FieldError("kind", "enum", "Must be 'hotline' or 'platform'."));
                break;
        }

        CheckIdentifier(errors, "source", message.Source, maxLength: 64);
        CheckCaseId(errors, message.CaseId);
        CheckReceivedAt(errors, message.ReceivedAt);

        if (message.Channel is null)
        {
            errors.Add(Required("channel"));
        }
        else if (!FeedVocabulary.Channels.ContainsKey(message.Channel))
        {
            errors.Add(new FieldError("channel", "enum", $"Must be one of: {string.Join(", ", FeedVocabulary.Channels.Keys.Order(StringComparer.Ordinal))}."));
        }

        CheckLabel(errors, "category", message.Category);
        CheckLabel(errors, "issueType", message.IssueType);
        CheckRegion(errors, "consumerRegion", message.ConsumerRegion);

        if (isPlatform || message.Platform is not null)
        {
            CheckIdentifier(errors, "platform", message.Platform, maxLength: 32);
        }

        CheckMerchant(errors, message.Merchant, isPlatform);

        if (message.OrderRef is not null && !IsLowerHex(message.OrderRef, 64))
        {
            errors.Add(new FieldError("orderRef", "sha256-hex", "Must be the SHA-256 of the order number: 64 lower-case hex characters, never the order number itself."));
        }

        CheckAmount(errors, message.Amount);

        if (message.Narrative is { Length: > MaxNarrativeLength })
        {
            errors.Add(new FieldError("narrative", "max-length", $"Must be at most {MaxNarrativeLength} characters."));
        }

        CheckComplainant(errors, message.Complainant);
        CheckStatus(errors, message.Status, message.Outcome);
        return errors;
    }

    private static FieldError Required(string field) => new(field, "required", "Is required.");

    private static void CheckIdentifier(List<FieldError> errors, string field, string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(Required(field));
            return;
        }

        if (!FeedVocabulary.IsValidIdentifier(value, maxLength))
        {
            errors.Add(new FieldError(field, "identifier", $"Must be 1–{maxLength} characters of a–z, 0–9 and '-', starting with a letter or digit."));
        }
    }

    private static void CheckCaseId(List<FieldError> errors, string? caseId)
    {
        if (string.IsNullOrEmpty(caseId))
        {
            errors.Add(Required("caseId"));
            return;
        }

        var printable = caseId.Length <= 64;
        foreach (var c in caseId)
        {
            printable &= c > ' ' && c < 0x7F;
        }

        if (!printable)
        {
            errors.Add(new FieldError("caseId", "case-id", "Must be 1–64 printable ASCII characters without spaces."));
        }
    }

    private void CheckReceivedAt(List<FieldError> errors, DateTimeOffset? receivedAt)
    {
        if (receivedAt is not { } at)
        {
            errors.Add(Required("receivedAt"));
        }
        else if (at < EarliestReceived)
        {
            errors.Add(new FieldError("receivedAt", "range", "Must not be before 2000-01-01."));
        }
        else if (at > timeProvider.GetUtcNow() + s_futureTolerance)
        {
            errors.Add(new FieldError("receivedAt", "range", "Must not be in the future."));
        }
    }

    private static void CheckLabel(List<FieldError> errors, string field, string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            errors.Add(Required(field));
        }
        else if (label.Length > 100)
        {
            errors.Add(new FieldError(field, "max-length", "Must be at most 100 characters."));
        }
    }

    private static void CheckRegion(List<FieldError> errors, string field, FeedRegion? region)
    {
        if (region is null)
        {
            return;
        }

        if (region.Code is null && region.Province is null && region.City is null && region.County is null)
        {
            errors.Add(new FieldError(field, "region", "Give a region code or at least one region name, or leave the field out."));
        }
        else if (region.Code is { } code && !(code.Length == 6 && code.All(char.IsAsciiDigit)) && !(code.Length == 5 && code.StartsWith("US-", StringComparison.Ordinal)))
        {
            errors.Add(new FieldError(field + ".code", "region-code", "Must be a 6-digit GB/T 2260 code or a US-XX state code."));
        }
    }

    private static void CheckMerchant(List<FieldError> errors, FeedMerchant? merchant, bool isPlatform)
    {
        if (merchant is null)
        {
            if (isPlatform)
            {
                errors.Add(new FieldError("merchant", "required", "Is required for platform complaints (the shop complained about)."));
            }

            return;
        }

        if (isPlatform && string.IsNullOrWhiteSpace(merchant.ShopId))
        {
            errors.Add(new FieldError("merchant.shopId", "required", "Is required for platform complaints."));
        }

        if (string.IsNullOrWhiteSpace(merchant.Name) && string.IsNullOrWhiteSpace(merchant.CreditCode) && string.IsNullOrWhiteSpace(merchant.ShopId))
        {
            errors.Add(new FieldError("merchant", "merchant-identity", "Needs a name, a credit code or a shop id."));
        }

        if (merchant.Name is { Length: > 200 })
        {
            errors.Add(new FieldError("merchant.name", "max-length", "Must be at most 200 characters."));
        }

        if (!string.IsNullOrWhiteSpace(merchant.CreditCode) && !UnifiedSocialCreditCode.TryParse(merchant.CreditCode, out _))
        {
            errors.Add(new FieldError("merchant.creditCode", "check-character", "Is not a valid unified social credit code (18 characters, GB 32100-2015 check character)."));
        }

        if (merchant.ShopId is { Length: > 64 })
        {
            errors.Add(new FieldError("merchant.shopId", "max-length", "Must be at most 64 characters."));
        }

        CheckRegion(errors, "merchant.region", merchant.Region);
    }

    private static void CheckAmount(List<FieldError> errors, FeedAmount? amount)
    {
        if (amount is null)
        {
            return;
        }

        if (amount.Value is not { } value)
        {
            errors.Add(Required("amount.value"));
        }
        else if (value < 0 || value > 1_000_000_000m)
        {
            errors.Add(new FieldError("amount.value", "range", "Must be between 0 and 1,000,000,000."));
        }
        else if (decimal.Round(value, 2) != value)
        {
            errors.Add(new FieldError("amount.value", "precision", "Must have at most 2 decimal places."));
        }

        if (amount.Currency is { } currency && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
        {
            errors.Add(new FieldError("amount.currency", "iso-4217", "Must be a three-letter upper-case ISO 4217 code."));
        }
    }

    private static void CheckComplainant(List<FieldError> errors, FeedComplainant? complainant)
    {
        if (complainant is null)
        {
            return;
        }

        if (complainant.IdType is null)
        {
            errors.Add(Required("complainant.idType"));
        }
        else if (!FeedVocabulary.IdTypes.Contains(complainant.IdType))
        {
            errors.Add(new FieldError("complainant.idType", "enum", $"Must be one of: {string.Join(", ", FeedVocabulary.IdTypes.Order(StringComparer.Ordinal))}."));
        }

        if (string.IsNullOrWhiteSpace(complainant.Id))
        {
            errors.Add(Required("complainant.id"));
        }
        else if (complainant.Id.Length > 128)
        {
            errors.Add(new FieldError("complainant.id", "max-length", "Must be at most 128 characters."));
        }
    }

    private static void CheckStatus(List<FieldError> errors, string? status, string? outcome)
    {
        if (status is not null && !FeedVocabulary.Statuses.ContainsKey(status))
        {
            errors.Add(new FieldError("status", "enum", $"Must be one of: {string.Join(", ", FeedVocabulary.Statuses.Keys.Order(StringComparer.Ordinal))}."));
        }

        if (outcome is null)
        {
            return;
        }

        if (!FeedVocabulary.Outcomes.ContainsKey(outcome))
        {
            errors.Add(new FieldError("outcome", "enum", $"Must be one of: {string.Join(", ", FeedVocabulary.Outcomes.Keys.Order(StringComparer.Ordinal))}."));
        }
        else if (status != "closed")
        {
            errors.Add(new FieldError("outcome", "outcome-needs-closed", "Is only allowed with status 'closed'."));
        }
    }

    private static bool IsLowerHex(string value, int length)
    {
        if (value.Length != length)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c) && c is < 'a' or > 'f')
            {
                return false;
            }
        }

        return true;
    }
}
