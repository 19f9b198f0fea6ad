using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Application.Storage;

/// <summary>
/// Port: durable storage of canonical complaints. Implementations: SQLite (embedded default), Cosmos DB.
/// </summary>
/// <remarks>
/// Adding is idempotent on source + source case id. When <see cref="AddAsync"/> returns, every complaint it reports
/// as stored or duplicate is durable, so the caller may settle the messages they came from.
/// </remarks>
public interface IComplaintStore
{
    /// <summary>Creates the schema or containers if they do not exist.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Stores a batch; returns one outcome per complaint, in order.</summary>
    Task<IReadOnlyList<StoreOutcome>> AddAsync(IReadOnlyList<Complaint> complaints, CancellationToken cancellationToken);

    /// <summary>Reads one complaint by its identity, or <see langword="null"/>.</summary>
    Task<Complaint?> FindAsync(string source, string sourceCaseId, CancellationToken cancellationToken);

    /// <summary>
    /// A page of the complaints whose consumer region, or whose merchant's region, is one of the query's region codes
    /// or lies under one (by code prefix), received within the query's days, with its subject and merchant, newest
    /// first: by received day descending, then by store order descending (latest stored first within a day).
    /// </summary>
    /// <remarks>
    /// The merchant's region is the one <see cref="FindAsync"/> returns for the complaint, so a complaint is listed
    /// exactly when the region codes cover one of the regions its full record shows. A complaint added while a caller
    /// pages appears on a later page only if it sorts after the token's position.
    /// </remarks>
    Task<ComplaintPage> ListAsync(ComplaintListQuery query, CancellationToken cancellationToken);

    /// <summary>Counts, span and watermark of the store.</summary>
    Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken);

    /// <summary>Reads a small value the application keeps beside the data (e.g. seeding state).</summary>
    Task<string?> GetMetadataAsync(string key, CancellationToken cancellationToken);

    /// <summary>Writes a small value the application keeps beside the data.</summary>
    Task SetMetadataAsync(string key, string value, CancellationToken cancellationToken);
}
