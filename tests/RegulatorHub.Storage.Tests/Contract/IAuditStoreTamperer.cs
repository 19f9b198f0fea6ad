using RegulatorHub.Application.Audit;

namespace RegulatorHub.Storage.Tests.Contract;

/// <summary>
/// Changes an adapter's stored audit trail behind its back (raw SQL, raw Cosmos DB calls), as someone with write access
/// to the store but without the chain's key could.
/// </summary>
public interface IAuditStoreTamperer
{
    /// <summary>Sets one stored field of entry <paramref name="sequence"/>: <c>target</c>, <c>action</c>, <c>previousHash</c> or <c>hash</c>.</summary>
    Task SetFieldAsync(long sequence, string field, string value);

    /// <summary>Deletes entry <paramref name="sequence"/> (the head is left alone).</summary>
    Task DeleteAsync(long sequence);

    /// <summary>Moves every entry at or after <paramref name="sequence"/> one place up (sequence + 1), making room.</summary>
    Task RenumberFromAsync(long sequence);

    /// <summary>Stores <paramref name="entry"/> as a row or document, as the adapter would lay it out.</summary>
    Task InsertAsync(AuditEntry entry);

    /// <summary>Overwrites the head checkpoint.</summary>
    Task SetHeadAsync(AuditHead head);

    /// <summary>Deletes the head checkpoint.</summary>
    Task DeleteHeadAsync();
}
