using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Privacy;
using RegulatorHub.Feeds.V1;
using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Scrubbing;

namespace RegulatorHub.Ingestion.Privacy;

/// <summary>
/// The privacy stage, between validation and normalization: nothing after it sees personal data. The narrative is
/// always scrubbed; a raw identifier in a structured field is handled by the source's
/// <see cref="RawIdentifierPolicy"/>. Thread-safe.
/// </summary>
/// <remarks>
/// Structured fields are expected to arrive anonymized, so an identifier there means the sender's anonymization
/// failed; by default the message is refused so the sender notices and fixes it. Only direct identifiers count here
/// (ID numbers, mobiles, bank cards, e-mail, SSNs): a merchant name legitimately holds a person's name
/// ("王记水果店") or a shop landline.
/// </remarks>
public sealed class PersonalDataFilter(ComplainantPseudonymizer pseudonymizer, IOptions<IngestionOptions> options)
{
    // What counts as a raw identifier in free-text structured fields (merchant name, source tokens).
    private static readonly IReadOnlySet<PersonalDataKind> s_directIdentifiers = new HashSet<PersonalDataKind>
    {
        PersonalDataKind.ResidentId, PersonalDataKind.Mobile, PersonalDataKind.BankCard, PersonalDataKind.Email, PersonalDataKind.UsSsn,
    };

    // Identity fields (case id, shop id) leave out bank cards: long numeric case numbers pass the Luhn check one time
    // in ten, and a card number used as a case number is not a mistake anyone makes.
    private static readonly IReadOnlySet<PersonalDataKind> s_identityFieldIdentifiers = new HashSet<PersonalDataKind>
    {
        PersonalDataKind.ResidentId, PersonalDataKind.Mobile, PersonalDataKind.Email, PersonalDataKind.UsSsn,
    };

    private const string PseudonymPrefix = "p-";

    /// <summary>Scrubs <paramref name="message"/> in place (it is the caller's own parse result).</summary>
    /// <returns>
    /// What was removed, or <see langword="null"/> when the message must be refused; the reasons are then added to
    /// <paramref name="errors"/> (field and kind, never the value).
    /// </returns>
    public PersonalDataCounts? Apply(FeedMessage message, List<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(errors);
        var policy = options.Value.RawIdentifierPolicyFor(message.Source!);
        var removed = PersonalDataCounts.None;

        if (message.CaseId is { } caseId && Find(caseId, s_identityFieldIdentifiers) is { Total: > 0 } inCaseId)
        {
            removed = Handle(policy, "caseId", inCaseId, errors, removed, () => message.CaseId = Pseudonym("case-id", caseId));
        }

        if (message.Merchant is { } merchant)
        {
            if (merchant.ShopId is { } shopId && Find(shopId, s_identityFieldIdentifiers) is { Total: > 0 } inShopId)
            {
                removed = Handle(policy, "merchant.shopId", inShopId, errors, removed, () => merchant.ShopId = Pseudonym("shop-id", shopId));
            }

            if (merchant.Name is { } name && MayHoldDirectIdentifier(name) && NarrativeScrubber.Scrub(name, s_directIdentifiers) is { Changed: true } scrubbedName)
            {
                removed = Handle(policy, "merchant.name", scrubbedName.Counts, errors, removed, () => merchant.Name = scrubbedName.Text);
            }
        }

        // An opaque token the source issued must not be a phone or ID number. It never reaches the store either way
        // (only its pseudonym does), so accepting it needs no rewrite.
        if (message.Complainant is { IdType: "source-token", Id: { } token } && Find(token, s_directIdentifiers) is { Total: > 0 } inToken)
        {
            removed = Handle(policy, "complainant.id", inToken, errors, removed, static () => { });
        }

        if (errors.Count > 0)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(message.Narrative) && NarrativeScrubber.Scrub(message.Narrative) is { Changed: true } scrubbedNarrative)
        {
            message.Narrative = scrubbedNarrative.Text;
            removed = removed.Plus(scrubbedNarrative.Counts);
        }

        return removed;
    }

    private static PersonalDataCounts Find(string value, IReadOnlySet<PersonalDataKind> kinds) =>
        !MayHoldDirectIdentifier(value) ? PersonalDataCounts.None : PersonalDataCounts.Of(NarrativeScrubber.Detect(value).Select(s => s.Kind).Where(kinds.Contains));

    // Every direct identifier has an '@' or at least nine digits (an SSN); most case ids and names fail this cheap
    // test, which saves running the scrubber's patterns on them for every message.
    private static bool MayHoldDirectIdentifier(string value)
    {
        if (value.Contains('@', StringComparison.Ordinal))
        {
            return true;
        }

        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c) && ++digits >= 9)
            {
                return true;
            }
        }

        return false;
    }

    private static PersonalDataCounts Handle(
        RawIdentifierPolicy policy, string field, PersonalDataCounts found, List<FieldError> errors, PersonalDataCounts removed, Action scrub)
    {
        if (policy == RawIdentifierPolicy.Quarantine)
        {
            errors.Add(new FieldError(field, "raw-identifier",
                $"Carries a raw personal identifier ({string.Join(", ", found.NonZero.Select(p => PersonalDataCounts.CodeOf(p.Key)))}); this field must arrive anonymized, and the source's policy is to quarantine such messages."));
            return removed;
        }

        scrub();
        return removed.Plus(found);
    }

    // Keyed like complainant pseudonyms, so a re-send of the same message gets the same id and is still recognized.
    private string Pseudonym(string type, string value) => PseudonymPrefix + pseudonymizer.Pseudonymize(type, value);
}
