using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// The few item operations the small per-user stores (API tokens, saved definitions, export history) share: point
/// reads, queries, and writes whose expected refusals (404, 409, 412) come back as status codes; any other failure
/// throws a <see cref="CosmosStoreException"/> naming the operation. Every request goes through the retry policy.
/// </summary>
internal sealed class CosmosItems(CosmosDatabase database, string containerName, string what)
{
    private Container Container => database.Container(containerName);

    /// <summary>The document <paramref name="id"/> in <paramref name="partition"/> and its etag, or <see langword="null"/>.</summary>
    public async Task<(JsonElement Document, string ETag)?> ReadAsync(string id, string partition, CancellationToken cancellationToken)
    {
        var (response, _) = await database.Retry.SendAsync(
            (_, ct) => Container.ReadItemStreamAsync(id, new PartitionKey(partition), cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "read of " + what);
            }

            using var document = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (document.RootElement.Clone(), response.Headers.ETag);
        }
    }

    /// <summary>Every document <paramref name="query"/> returns, with its etag (<c>_etag</c>).</summary>
    /// <param name="query">The query.</param>
    /// <param name="partition">The partition to query, or <see langword="null"/> to query across partitions.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    public async Task<List<(JsonElement Document, string ETag)>> QueryAsync(QueryDefinition query, string? partition, CancellationToken cancellationToken)
    {
        var options = partition is null ? null : new QueryRequestOptions { PartitionKey = new PartitionKey(partition) };
        var items = new List<(JsonElement, string)>();
        using var iterator = Container.GetItemQueryStreamIterator(query, requestOptions: options);
        while (iterator.HasMoreResults)
        {
            var (response, _) = await database.Retry.SendAsync((_, ct) => iterator.ReadNextAsync(ct), cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    CosmosDatabase.ThrowFor(response, what + " query");
                }

                using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var item in page.RootElement.GetProperty("Documents").EnumerateArray())
                {
                    items.Add((item.Clone(), item.TryGetProperty("_etag", out var etag) ? etag.GetString() ?? string.Empty : string.Empty));
                }
            }
        }

        return items;
    }

    /// <summary>Creates a document; <see cref="HttpStatusCode.Conflict"/> when its id exists in the partition.</summary>
    public Task<HttpStatusCode> CreateAsync(byte[] body, string partition, CancellationToken cancellationToken) =>
        SendAsync((c, ct) => c.CreateItemStreamAsync(new MemoryStream(body, writable: false), new PartitionKey(partition), cancellationToken: ct), "create of " + what, cancellationToken);

    /// <summary>Replaces document <paramref name="id"/> if its etag is still <paramref name="etag"/> (else 412; 404 when gone).</summary>
    public Task<HttpStatusCode> ReplaceAsync(string id, byte[] body, string partition, string etag, CancellationToken cancellationToken) =>
        SendAsync(
            (c, ct) => c.ReplaceItemStreamAsync(
                new MemoryStream(body, writable: false), id, new PartitionKey(partition), new ItemRequestOptions { IfMatchEtag = etag }, ct),
            "replace of " + what, cancellationToken);

    /// <summary>Deletes document <paramref name="id"/> (404 when it was not there).</summary>
    public Task<HttpStatusCode> DeleteAsync(string id, string partition, CancellationToken cancellationToken) =>
        SendAsync((c, ct) => c.DeleteItemStreamAsync(id, new PartitionKey(partition), cancellationToken: ct), "delete of " + what, cancellationToken);

    /// <summary>A batch in one partition, for writes that must happen together.</summary>
    public TransactionalBatch Batch(string partition) => Container.CreateTransactionalBatch(new PartitionKey(partition));

    /// <summary>A JSON document written by <paramref name="fields"/>, as bytes (a retry needs a fresh stream over them).</summary>
    public static byte[] Write(Action<Utf8JsonWriter> fields)
    {
        var stream = new MemoryStream(512);
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }

        return StreamBytes.ToBytes(stream);
    }

    /// <summary>
    /// An instant as a fixed-width UTC round-trip string: exact (ticks survive, which a JSON number of ticks would not
    /// in every reader) and ordered as text, so ORDER BY on it is time order.
    /// </summary>
    public static string Instant(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads an instant written by <see cref="Instant(DateTimeOffset)"/>.</summary>
    public static DateTimeOffset ParseInstant(string value) =>
        DateTimeOffset.ParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>An optional instant property: <see langword="null"/> when missing or JSON null.</summary>
    public static DateTimeOffset? OptionalInstant(JsonElement document, string property) =>
        document.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? ParseInstant(value.GetString()!) : null;

    /// <summary>An optional string property: <see langword="null"/> when missing or JSON null.</summary>
    public static string? OptionalString(JsonElement document, string property) =>
        document.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private async Task<HttpStatusCode> SendAsync(Func<Container, CancellationToken, Task<ResponseMessage>> send, string operation, CancellationToken cancellationToken)
    {
        var container = Container;
        var (response, _) = await database.Retry.SendAsync((_, ct) => send(container, ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (!response.IsSuccessStatusCode && response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed))
            {
                CosmosDatabase.ThrowFor(response, operation);
            }

            return response.StatusCode;
        }
    }
}
