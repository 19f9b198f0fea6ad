namespace RegulatorHub.Hosting.Seeding;

/// <summary>How far seeding has come.</summary>
/// <param name="Published">Messages handed to the queue.</param>
/// <param name="Total">Messages to publish in all.</param>
/// <param name="Settled">Messages the worker has stored, recognized as duplicates, or quarantined.</param>
public readonly record struct SeedProgress(long Published, long Total, long Settled);
