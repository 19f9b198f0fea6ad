using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Storage;

/// <summary>The fields of a <see cref="ComplaintExportBatch"/> row that are not text.</summary>
/// <param name="ReceivedAt">When the source received the complaint, with the source's own offset.</param>
/// <param name="ReceivedDate">The received day in the source's own time zone.</param>
/// <param name="Channel">How it was filed.</param>
/// <param name="Amount">The amount in dispute in the currency's major unit, when given (its currency is the row's
/// <see cref="ComplaintExportText.Currency"/> text).</param>
/// <param name="Status">Handling status.</param>
/// <param name="Outcome">Outcome, once closed.</param>
public readonly record struct ComplaintExportValues(
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedDate,
    ComplaintChannel Channel,
    decimal? Amount,
    ComplaintStatus Status,
    ComplaintOutcome? Outcome);
