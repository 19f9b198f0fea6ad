using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;
using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Parsing;
using RegulatorHub.Ingestion.Validation;

namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>Runs stages 1–3 (parse → validate → normalize) on one message body. Pure CPU work, thread-safe.</summary>
public sealed class FeedMessageProcessor(FeedMessageValidator validator, ComplaintNormalizer normalizer, TimeProvider timeProvider)
{
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

        var complaint = normalizer.Normalize(message, errors);
        return complaint is null
            ? Refuse(messageId, message.Source, message.CaseId, QuarantineReason.Unresolvable, errors, body)
            : ProcessedMessage.Accepted(complaint);
    }

    private ProcessedMessage Refuse(string? messageId, string? source, string? caseId, string reason, IReadOnlyList<FieldError> errors, ReadOnlyMemory<byte> body) =>
        ProcessedMessage.Refused(new QuarantineEntry(timeProvider.GetUtcNow(), messageId, source, caseId, reason, errors, body.ToArray()));
}
