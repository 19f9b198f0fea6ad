namespace RegulatorHub.Application.Exports;

/// <summary>
/// Port: the exports each user made, with what it takes to reproduce them. Every read is scoped to one owner: no call
/// returns another owner's exports.
/// </summary>
public interface IExportHistory
{
    /// <summary>Most records one listing returns.</summary>
    const int MaxListLimit = 500;

    /// <summary>
    /// Records <paramref name="record"/>. Durable when the task completes. Recording the same record again (a retry) is
    /// harmless.
    /// </summary>
    /// <returns>
    /// <see langword="true"/> when stored (or exactly this record was stored already); <see langword="false"/> when the
    /// owner already has a different record under the same id, which is left as it is.
    /// </returns>
    Task<bool> RecordAsync(ExportRecord record, CancellationToken cancellationToken);

    /// <summary>The owner's newest exports first (by generation time, ties by id descending), at most <paramref name="limit"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is not between 1 and <see cref="MaxListLimit"/>.</exception>
    Task<IReadOnlyList<ExportRecord>> ListAsync(string owner, int limit, CancellationToken cancellationToken);

    /// <summary>The owner's export <paramref name="id"/>; <see langword="null"/> when missing or another owner's.</summary>
    Task<ExportRecord?> FindAsync(string owner, string id, CancellationToken cancellationToken);
}
