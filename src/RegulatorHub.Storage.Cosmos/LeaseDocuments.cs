using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>Small coordination documents in the <c>leases</c> container, partitioned by their own id.</summary>
internal static class LeaseDocuments
{
    /// <summary>Reads document <paramref name="id"/>, creating it with <paramref name="writeFields"/> first if it is missing.</summary>
    public static async Task<JsonDocument> ReadOrCreateAsync(CosmosDatabase database, string id, Action<Utf8JsonWriter> writeFields, CancellationToken cancellationToken)
    {
        var container = database.Container(CosmosContainers.Leases);
        while (true)
        {
            var (found, _) = await ReadAsync(database, id, cancellationToken).ConfigureAwait(false);
            if (found is not null)
            {
                return found;
            }

            var body = StreamBytes.ToBytes(Write(id, writeFields));
            var (response, _) = await database.Retry.SendAsync(
                (_, ct) => container.CreateItemStreamAsync(new MemoryStream(body, writable: false), new PartitionKey(id), cancellationToken: ct),
                cancellationToken).ConfigureAwait(false);
            using (response)
            {
                // 409: another process created it between our read and create; read theirs.
                if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.Conflict)
                {
                    CosmosDatabase.ThrowFor(response, "create of a coordination document");
                }
            }
        }
    }

    /// <summary>Reads document <paramref name="id"/> with its etag; (null, null) when missing.</summary>
    public static async Task<(JsonDocument? Document, string? ETag)> ReadAsync(CosmosDatabase database, string id, CancellationToken cancellationToken)
    {
        var container = database.Container(CosmosContainers.Leases);
        var (response, _) = await database.Retry.SendAsync(
            (_, ct) => container.ReadItemStreamAsync(id, new PartitionKey(id), cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return (null, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "read of a coordination document");
            }

            return (await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false), response.Headers.ETag);
        }
    }

    /// <summary>Writes document <paramref name="id"/> whatever it held before (last writer wins).</summary>
    public static async Task UpsertAsync(CosmosDatabase database, string id, Action<Utf8JsonWriter> writeFields, CancellationToken cancellationToken)
    {
        var container = database.Container(CosmosContainers.Leases);
        var body = StreamBytes.ToBytes(Write(id, writeFields));
        var (response, _) = await database.Retry.SendAsync(
            (_, ct) => container.UpsertItemStreamAsync(new MemoryStream(body, writable: false), new PartitionKey(id), cancellationToken: ct),
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "write of a coordination document");
            }
        }
    }

    /// <summary>
    /// Replaces document <paramref name="id"/> only if it still has <paramref name="etag"/>: false when another writer
    /// changed it first (412), so the caller re-reads and tries again.
    /// </summary>
    public static async Task<bool> TryReplaceAsync(CosmosDatabase database, string id, string etag, Action<Utf8JsonWriter> writeFields, CancellationToken cancellationToken)
    {
        var container = database.Container(CosmosContainers.Leases);
        var body = StreamBytes.ToBytes(Write(id, writeFields));
        var options = new ItemRequestOptions { IfMatchEtag = etag };
        var (response, _) = await database.Retry.SendAsync(
            (_, ct) => container.ReplaceItemStreamAsync(new MemoryStream(body, writable: false), id, new PartitionKey(id), options, ct),
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.PreconditionFailed)
            {
                // After a lost answer our own replace may be what changed the etag; the caller's re-read tells.
                return false;
            }

            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "conditional replace of a coordination document");
            }

            return true;
        }
    }

    private static MemoryStream Write(string id, Action<Utf8JsonWriter> writeFields)
    {
        var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writeFields(writer);
            writer.WriteEndObject();
        }

        stream.Position = 0;
        return stream;
    }
}
