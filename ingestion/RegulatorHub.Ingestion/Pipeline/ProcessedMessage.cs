using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>The result of parsing, validating and normalizing one message: a complaint to store, or a quarantine entry.</summary>
public readonly record struct ProcessedMessage
{
    private ProcessedMessage(Complaint? complaint, QuarantineEntry? quarantine)
    {
        Complaint = complaint;
        Quarantine = quarantine;
    }

    /// <summary>The complaint, when the message was accepted.</summary>
    public Complaint? Complaint { get; }

    /// <summary>Why and what was set aside, when the message was refused.</summary>
    public QuarantineEntry? Quarantine { get; }

    /// <summary>An accepted message.</summary>
    public static ProcessedMessage Accepted(Complaint complaint) => new(complaint, null);

    /// <summary>A refused message.</summary>
    public static ProcessedMessage Refused(QuarantineEntry entry) => new(null, entry);
}
