namespace RegulatorHub.Hosting.Seeding;

/// <summary>What a seeding run did.</summary>
/// <param name="Skipped">True when the store was already seeded or holds other data.</param>
/// <param name="Published">Messages published.</param>
/// <param name="Stored">Complaints newly stored.</param>
/// <param name="Duplicates">Messages recognized as already stored (the generator's deliberate re-sends, or a resumed run).</param>
/// <param name="Quarantined">Messages refused.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record SeedResult(bool Skipped, long Published, long Stored, long Duplicates, long Quarantined, TimeSpan Elapsed);
