namespace RegulatorHub.Application.Storage;

/// <summary>The store's answer for one complaint.</summary>
/// <param name="Kind">Stored or duplicate.</param>
/// <param name="LikelyDuplicateOf">
/// For a stored complaint, the id of an earlier complaint with the same complainant, merchant and day from
/// another channel or case: a likely cross-channel duplicate, flagged rather than dropped.
/// </param>
public readonly record struct StoreOutcome(StoreOutcomeKind Kind, long? LikelyDuplicateOf = null);
