namespace RegulatorHub.Application.Storage;

/// <summary>What happened to one complaint handed to the store.</summary>
public enum StoreOutcomeKind
{
    /// <summary>Stored as a new complaint.</summary>
    Stored = 1,

    /// <summary>Already stored under the same source and case id; nothing changed (idempotent re-send).</summary>
    Duplicate = 2,
}
