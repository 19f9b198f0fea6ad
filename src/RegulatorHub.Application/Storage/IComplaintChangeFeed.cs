using RegulatorHub.Analytics.Facts;

namespace RegulatorHub.Application.Storage;

/// <summary>
/// The store's complaints in the order it accepted them, read from a checkpoint: how the analytics store loads at
/// start and catches up afterwards without rescanning what it has already seen.
/// </summary>
/// <remarks>
/// A checkpoint is opaque to callers (a row id for SQLite, a change-feed continuation for Cosmos DB) and is persisted
/// by them beside what they built from the facts. Reading never changes the store.
/// </remarks>
public interface IComplaintChangeFeed
{
    /// <summary>Reads up to <paramref name="maxItems"/> facts stored after <paramref name="checkpoint"/>.</summary>
    /// <param name="checkpoint">Where the previous page ended; <see langword="null"/> to start from the beginning.</param>
    /// <param name="maxItems">Largest page wanted (an adapter may return fewer).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The page, with the checkpoint to continue from.</returns>
    Task<ComplaintFactPage> ReadAsync(string? checkpoint, int maxItems, CancellationToken cancellationToken);
}

/// <summary>One page of <see cref="IComplaintChangeFeed"/>.</summary>
/// <param name="Facts">The facts, in the order the store accepted them.</param>
/// <param name="Checkpoint">Where to continue from; unchanged from the request when nothing new was found.</param>
/// <param name="CaughtUp">Whether the page reached the end of what is stored now.</param>
public sealed record ComplaintFactPage(IReadOnlyList<ComplaintFact> Facts, string? Checkpoint, bool CaughtUp);
