namespace RegulatorHub.Application.Storage;

/// <summary>
/// Port: complaint-level records streamed for an export, whatever their number. Implementations: SQLite, Cosmos DB.
/// </summary>
/// <remarks>
/// A separate port from <see cref="IComplaintStore"/> so that a store's fakes need not implement it. Implementations
/// read forward only and hold a bounded number of batches at a time, so memory stays flat however many rows follow;
/// the order is the adapter's own but deterministic (the same data gives the same rows in the same order). Rows come in
/// <see cref="ComplaintExportBatch"/>es of UTF-8 text, the form a file writer needs (see
/// <see cref="ComplaintExportSourceExtensions.ReadRowsAsync"/> for rows as .NET objects).
/// </remarks>
public interface IComplaintExportSource
{
    /// <summary>
    /// Every complaint the query selects: the same complaints <see cref="IComplaintStore.ListAsync"/> pages through for
    /// the same regions and filters (consumer region or merchant region under a region code), in batches.
    /// </summary>
    /// <param name="query">The selection.</param>
    /// <param name="cancellationToken">Stops the read; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>Batches in order, never empty ones; each belongs to the caller, who disposes it when done with it.</returns>
    IAsyncEnumerable<ComplaintExportBatch> ReadAsync(ComplaintExportQuery query, CancellationToken cancellationToken);
}
