namespace RegulatorHub.Application.Exports;

/// <summary>
/// Port: the statistics definitions analysts saved. Every call is scoped to one owner: no call reads, replaces or
/// deletes another owner's definitions. Names are unique per owner ignoring case (<see cref="SavedStatisticsDefinition.NormalizedName"/>).
/// </summary>
public interface IStatisticsDefinitionStore
{
    /// <summary>
    /// Stores <paramref name="definition"/>, replacing the owner's definition with the same id if there is one. Saving
    /// under a name another of the owner's definitions has (ignoring case) replaces that one: it is deleted, so the
    /// name keeps meaning one definition. Durable when the task completes.
    /// </summary>
    /// <returns>The id of the other definition the name replaced, or <see langword="null"/> when none was.</returns>
    Task<string?> SaveAsync(SavedStatisticsDefinition definition, CancellationToken cancellationToken);

    /// <summary>The owner's definitions, most recently updated first (ties by id, descending).</summary>
    Task<IReadOnlyList<SavedStatisticsDefinition>> ListAsync(string owner, CancellationToken cancellationToken);

    /// <summary>The owner's definition <paramref name="id"/>; <see langword="null"/> when missing or another owner's.</summary>
    Task<SavedStatisticsDefinition?> FindAsync(string owner, string id, CancellationToken cancellationToken);

    /// <summary>Deletes the owner's definition <paramref name="id"/>.</summary>
    /// <returns><see langword="true"/> when it was deleted; <see langword="false"/> when missing or another owner's.</returns>
    Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken);
}
