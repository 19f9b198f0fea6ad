namespace RegulatorHub.Application.Configuration;

/// <summary>
/// What ingestion does with a message whose structured fields carry a raw personal identifier where the feed
/// contract expects none (a phone number as the case id, an ID number in the merchant name, a phone number given as
/// an opaque source token).
/// </summary>
public enum RawIdentifierPolicy
{
    /// <summary>Refuse the message (quarantine reason <c>raw-identifier</c>) so the source fixes its anonymization.</summary>
    Quarantine,

    /// <summary>
    /// Accept it with the identifier removed: identity fields (case id, shop id) become keyed pseudonyms so re-sends
    /// still match; text fields get a typed placeholder.
    /// </summary>
    ScrubAndAccept,
}
