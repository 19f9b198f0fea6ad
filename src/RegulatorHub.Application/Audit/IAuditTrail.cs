namespace RegulatorHub.Application.Audit;

/// <summary>
/// Port: the append-only, hash-chained audit trail. Implementations: SQLite (embedded default), Cosmos DB.
/// </summary>
/// <remarks>
/// Appends are serialized by the store (a write transaction in SQLite, an etag-guarded head in Cosmos DB): two appends
/// at once never get the same sequence or link to the same predecessor. There is no update or delete.
/// </remarks>
public interface IAuditTrail
{
    /// <summary>Creates the tables or container if they do not exist.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Appends <paramref name="record"/> as the next entry and moves the head to it, atomically; durable when the task
    /// completes.
    /// </summary>
    /// <returns>The stored entry with its sequence and hashes.</returns>
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    /// <summary>Entries with a sequence of at least <paramref name="fromSequence"/>, in ascending sequence order.</summary>
    IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, CancellationToken cancellationToken);

    /// <summary>Entries matching <paramref name="query"/>, newest (highest sequence) first.</summary>
    /// <exception cref="ArgumentException"><paramref name="query"/> is not valid (see <see cref="AuditQuery.Validate"/>).</exception>
    Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>The head checkpoint, or <see langword="null"/> before the first append.</summary>
    Task<AuditHead?> GetHeadAsync(CancellationToken cancellationToken);
}
