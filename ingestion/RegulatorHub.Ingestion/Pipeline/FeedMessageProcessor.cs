using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;
using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Parsing;
using RegulatorHub.Ingestion.Privacy;
using RegulatorHub.Ingestion.Validation;

namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>
/// Runs stages 1–4 (parse → validate → remove personal data → normalize) on one message body. Pure CPU work,
/// thread-safe.
/// </summary>
public sealed class FeedMessageProcessor(
    FeedMessageValidator validator, PersonalDataFilter privacy, ComplaintNormalizer normalizer, TimeProvider timeProvider)
{
    /// <summary>A processor over the shipped reference data (crosswalks, gazetteer), for tools and tests.</summary>
    /// <param name="pseudonymKey">HMAC key for pseudonyms (≥ 32 bytes).</param>
    /// <param name="clock">Clock for validation and quarantine time stamps.</param>
    /// <param name="options">Ingestion options (raw-identifier policy); defaults when omitted.</param>
    public static FeedMessageProcessor CreateDefault(ReadOnlySpan<byte> pseudonymKey, TimeProvider clock, IngestionOptions? options = null)
    {
        var pseudonymizer = new ComplainantPseudonymizer(pseudonymKey);
        return new FeedMessageProcessor(
            new FeedMessageValidator(clock),
            new PersonalDataFilter(pseudonymizer, Options.Create(options ?? new IngestionOptions())),
            new ComplaintNormalizer(CrosswalkCatalog.Default, RegionGazetteer.Default, pseudonymizer),
            clock);
    }

    /// <summary>Processes one message body.</summary>
    /// <param name="messageId">The transport's message id, kept with a quarantined message.</param>
    /// <param name="body">UTF-8 JSON.</param>
    public ProcessedMessage Process(string? messageId, ReadOnlyMemory<byte> body)
    {
        var message = FeedMessageParser.TryParse(body.Span, out var parseError);
        if (message is null)
        {
            return Refuse(messageId, null, null, QuarantineReason.Unparseable, [parseError!], body);
        }

        var errors = validator.Validate(message);
        if (errors.Count > 0)
        {
            return Refuse(messageId, message.Source, message.CaseId, QuarantineReason.Invalid, errors, body);
        }

        var removed = privacy.Apply(message, errors);
        if (removed is null)
        {
            return Refuse(messageId, message.Source, message.CaseId, QuarantineReason.RawIdentifier, errors, body);
        }

        var complaint = normalizer.Normalize(message, removed, errors);
        return complaint is null
            ? Refuse(messageId, message.Source, message.CaseId, QuarantineReason.Unresolvable, errors, body)
            : ProcessedMessage.Accepted(complaint);
    }

    private ProcessedMessage Refuse(string? messageId, string? source, string? caseId, string reason, IReadOnlyList<FieldError> errors, ReadOnlyMemory<byte> body) =>
        ProcessedMessage.Refused(new QuarantineEntry(timeProvider.GetUtcNow(), messageId, source, caseId, reason, errors, body.ToArray()));
}
