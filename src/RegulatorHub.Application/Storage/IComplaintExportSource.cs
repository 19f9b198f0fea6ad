namespace RegulatorHub.Application.Storage;

/// <summary>
/// Port: complaint-level records streamed for an export, whatever their number. Implementations: SQLite, Cosmos DB.
/// </summary>
/// <remarks>
/// A separate port from <see cref="IComplaintStore"/> so that a store's fakes need not implement it. Implementations
/// read forward only and hold at most one storage page at a time, so memory stays flat however many rows follow; the
/// order is the adapter's own but deterministic (the same data gives the same rows in the same order).
/// </remarks>
public interface IComplaintExportSource
{
    /// <summary>
    /// Every complaint the query selects: the same complaints <see cref="IComplaintStore.ListAsync"/> pages through for
    /// the same regions and filters (consumer region or merchant region under a region code).
    /// </summary>
    /// <param name="query">The selection.</param>
    /// <param name="cancellationToken">Stops the read; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    IAsyncEnumerable<ComplaintExportRow> ReadAsync(ComplaintExportQuery query, CancellationToken cancellationToken);
}
