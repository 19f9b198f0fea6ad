using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Exports;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Saved statistics definitions in the <c>statisticsDefinitions</c> container, partitioned by owner, so every call is
/// a single-partition operation on one analyst's few definitions and no call can reach another owner's.
/// </summary>
/// <remarks>
/// A definition's document id is a hash of its normalized name, which makes names unique per owner by construction:
/// saving under a name another definition holds overwrites that document. The definition's own id is a field
/// (<c>definitionId</c>). A save that renames a definition deletes its document under the old name and writes the new
/// one in one transactional batch; the delete is etag-checked, so two saves racing on one definition cannot leave it
/// under two names (the loser starts again).
/// </remarks>
public sealed class CosmosStatisticsDefinitionStore(CosmosDatabase database) : IStatisticsDefinitionStore
{
    private const int MaxSaveAttempts = 8;

    private readonly CosmosItems _items = new(database, CosmosContainers.StatisticsDefinitions, "a saved statistics definition");

    /// <inheritdoc />
    public async Task<string?> SaveAsync(SavedStatisticsDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var nameKey = NameKey(definition.NormalizedName);
        var body = Write(nameKey, definition);
        for (var attempt = 1; attempt <= MaxSaveAttempts; attempt++)
        {
            var current = await ByIdAsync(definition.Owner, definition.Id, cancellationToken).ConfigureAwait(false);
            var atName = await _items.ReadAsync(nameKey, definition.Owner, cancellationToken).ConfigureAwait(false);
            var replaced = atName is { } n && n.Document.GetProperty("definitionId").GetString() is { } other && other != definition.Id ? other : null;

            var batch = _items.Batch(definition.Owner);
            foreach (var (document, etag) in current.Where(c => c.Document.GetProperty("id").GetString() != nameKey))
            {
                batch = batch.DeleteItem(document.GetProperty("id").GetString()!, new TransactionalBatchItemRequestOptions { IfMatchEtag = etag });
            }

            batch = batch.UpsertItemStream(new MemoryStream(body, writable: false));
            using var response = await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return replaced;
            }

            var failed = response.FirstOrDefault(r => r.StatusCode is not (HttpStatusCode.FailedDependency or HttpStatusCode.OK or HttpStatusCode.Created))?.StatusCode
                ?? response.StatusCode;
            if (failed is not (HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed) && !CosmosRetry.IsTransient(failed))
            {
                throw new CosmosStoreException($"Cosmos DB save of a statistics definition failed with {(int)failed} {failed}.", failed);
            }
        }

        throw new CosmosStoreException($"A statistics definition changed under {MaxSaveAttempts} attempts to save it.", HttpStatusCode.PreconditionFailed);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SavedStatisticsDefinition>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var found = await _items.QueryAsync(new QueryDefinition("SELECT * FROM c"), owner, cancellationToken).ConfigureAwait(false);

        // One analyst's handful of definitions: sorted here rather than indexed for an ORDER BY.
        return [.. found.Select(f => Read(f.Document))
            .OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<SavedStatisticsDefinition?> FindAsync(string owner, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(id);
        var found = await ByIdAsync(owner, id, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : Read(found[0].Document);
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string owner, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(id);
        var deleted = false;
        foreach (var (document, _) in await ByIdAsync(owner, id, cancellationToken).ConfigureAwait(false))
        {
            var status = await _items.DeleteAsync(document.GetProperty("id").GetString()!, owner, cancellationToken).ConfigureAwait(false);
            deleted |= status != HttpStatusCode.NotFound;
        }

        return deleted;
    }

    private Task<List<(JsonElement Document, string ETag)>> ByIdAsync(string owner, string id, CancellationToken cancellationToken) =>
        owner.Length == 0
            ? Task.FromResult(new List<(JsonElement, string)>())
            : _items.QueryAsync(new QueryDefinition("SELECT * FROM c WHERE c.definitionId = @id").WithParameter("@id", id), owner, cancellationToken);

    // Names are up to 100 characters, more once escaped than an id may hold: a hash fits and is as unique.
    private static string NameKey(string normalizedName) =>
        "n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedName)).AsSpan(0, 16));

    private static byte[] Write(string id, SavedStatisticsDefinition definition) => CosmosItems.Write(w =>
    {
        w.WriteString("id", id);
        w.WriteString("owner", definition.Owner);
        w.WriteString("definitionId", definition.Id);
        w.WriteString("name", definition.Name);
        w.WriteString("definition", definition.DefinitionJson);
        w.WriteString("createdAt", CosmosItems.Instant(definition.CreatedAt));
        w.WriteString("updatedAt", CosmosItems.Instant(definition.UpdatedAt));
    });

    private static SavedStatisticsDefinition Read(JsonElement d) => new(
        d.GetProperty("definitionId").GetString()!,
        d.GetProperty("owner").GetString()!,
        d.GetProperty("name").GetString()!,
        d.GetProperty("definition").GetString()!,
        CosmosItems.ParseInstant(d.GetProperty("createdAt").GetString()!),
        CosmosItems.ParseInstant(d.GetProperty("updatedAt").GetString()!));
}
