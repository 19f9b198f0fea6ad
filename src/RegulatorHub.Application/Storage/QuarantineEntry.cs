using RegulatorHub.Application.Validation;

namespace RegulatorHub.Application.Storage;

/// <summary>A message or row kept aside with its reason and its raw payload, so nothing invalid disappears.</summary>
/// <param name="QuarantinedAt">When it was set aside.</param>
/// <param name="MessageId">Transport message id, or <c>file:line</c> for imported rows.</param>
/// <param name="Source">The feed, when it could be read.</param>
/// <param name="SourceCaseId">The case id, when it could be read.</param>
/// <param name="Reason">One of <see cref="QuarantineReason"/>.</param>
/// <param name="Errors">Every rule that failed.</param>
/// <param name="Payload">The bytes exactly as received.</param>
public sealed record QuarantineEntry(
    DateTimeOffset QuarantinedAt,
    string? MessageId,
    string? Source,
    string? SourceCaseId,
    string Reason,
    IReadOnlyList<FieldError> Errors,
    ReadOnlyMemory<byte> Payload);
