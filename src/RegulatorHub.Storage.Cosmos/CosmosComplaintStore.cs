using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// The Cosmos DB complaint store: one document per complaint, idempotent on source + case id because the document id
/// is the case id inside the source's partition (a second create is refused with 409 = already stored).
/// </summary>
/// <remarks>
/// A batch is numbered in order, its cross-channel markers are claimed (<see cref="CrossChannelMarkers"/>), and its
/// complaints are then written with up to <see cref="CosmosStorageOptions.MaxConcurrency"/> requests in flight; copies of
/// one case are written in batch order, so "first" means the same as in SQLite.
/// </remarks>
public sealed class CosmosComplaintStore : IComplaintStore, IDisposable
{
    private const string MetadataPrefix = "metadata-";
    private readonly CosmosDatabase _database;
    private readonly SequenceAllocator _sequence;
    private readonly CrossChannelMarkers _markers;
    private readonly SemaphoreSlim _inFlight;

    /// <summary>Creates the store over <paramref name="database"/>.</summary>
    public CosmosComplaintStore(CosmosDatabase database)
    {
        _database = database;
        _sequence = new SequenceAllocator(database);
        _markers = new CrossChannelMarkers(database);
        _inFlight = new SemaphoreSlim(database.Options.MaxConcurrency, database.Options.MaxConcurrency);
    }

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => _database.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoreOutcome>> AddAsync(IReadOnlyList<Complaint> complaints, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaints);

        // Numbers in batch order, so store order is batch order (as in SQLite), and the markers are claimed with them.
        var sequences = new long[complaints.Count];
        for (var i = 0; i < complaints.Count; i++)
        {
            sequences[i] = await _sequence.NextAsync(cancellationToken).ConfigureAwait(false);
        }

        var holders = _database.Options.CrossChannelCheck ? _markers.Claim(complaints, sequences, cancellationToken) : null;
        var outcomes = new StoreOutcome[complaints.Count];
        var tasks = new Task[complaints.Count];
        var tails = new Dictionary<string, Task>(StringComparer.Ordinal);
        for (var i = 0; i < complaints.Count; i++)
        {
            var complaint = complaints[i];

            // Copies of one case are created in batch order, so the first is stored and the rest are duplicates.
            var identity = complaint.Source + "|" + complaint.SourceCaseId;
            var index = i;
            tasks[i] = WriteAfterAsync(
                tails.GetValueOrDefault(identity), holders?[i], complaint, sequences[i], outcome => outcomes[index] = outcome, cancellationToken);
            tails[identity] = tasks[i];
        }

        // All-or-nothing for the caller: any failure fails the batch, which is safe to send again (creates are idempotent).
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return outcomes;
    }

    /// <inheritdoc />
    public async Task<Complaint?> FindAsync(string source, string sourceCaseId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentException.ThrowIfNullOrEmpty(sourceCaseId);
        var container = _database.Container(CosmosContainers.Complaints);
        var key = PartitionKeyOf(source, sourceCaseId);
        var (response, _) = await _database.Retry.SendAsync(
            (_, ct) => container.ReadItemStreamAsync(CosmosKeys.ToId(sourceCaseId), key, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "read of a complaint");
            }

            using var document = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            return ComplaintDocument.ReadComplaint(document.RootElement);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// One cross-partition query: <c>STARTSWITH</c> on the consumer and merchant region paths (range-indexed), the
    /// filters, and <c>ORDER BY date DESC, seq DESC</c> served by the container's composite index, with <c>TOP</c> one
    /// more than the page so the token is only given when something follows. It fans out to every physical partition:
    /// fine for a person paging through a list, not for a hot path.
    /// </remarks>
    public async Task<ComplaintPage> ListAsync(ComplaintListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var definition = ComplaintListQueryText.Build(query);
        var items = new List<Complaint>(query.PageSize);
        ComplaintListCursor? last = null;
        string? continuation = null;
        using var iterator = _database.Container(CosmosContainers.Complaints).GetItemQueryStreamIterator(
            definition, requestOptions: new QueryRequestOptions { MaxItemCount = query.PageSize + 1 });
        while (iterator.HasMoreResults && continuation is null)
        {
            var (response, _) = await _database.Retry.SendAsync((_, ct) => iterator.ReadNextAsync(ct), cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    CosmosDatabase.ThrowFor(response, "complaint listing");
                }

                using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var document in page.RootElement.GetProperty("Documents").EnumerateArray())
                {
                    if (items.Count == query.PageSize)
                    {
                        // One document more than the page was asked for: something follows the last item.
                        continuation = last!.Value.Encode();
                        break;
                    }

                    items.Add(ComplaintDocument.ReadComplaint(document));
                    last = new ComplaintListCursor(
                        DateOnly.ParseExact(document.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                        document.GetProperty("seq").GetInt64());
                }
            }
        }

        return new ComplaintPage(items, continuation);
    }

    /// <inheritdoc />
    public async Task<StoreSummary> GetSummaryAsync(CancellationToken cancellationToken)
    {
        // Cross-partition aggregates: a health and seeding figure, not a hot path. Each is one value per partition
        // range, combined by the SDK.
        var complaints = _database.Container(CosmosContainers.Complaints);
        var count = await ScalarAsync<long?>(complaints, "SELECT VALUE COUNT(1) FROM c", cancellationToken).ConfigureAwait(false) ?? 0;
        var quarantined = await ScalarAsync<long?>(_database.Container(CosmosContainers.Quarantine), "SELECT VALUE COUNT(1) FROM c", cancellationToken).ConfigureAwait(false) ?? 0;
        if (count == 0)
        {
            return new StoreSummary(0, quarantined, null, null, 0);
        }

        var oldest = await ScalarAsync<string?>(complaints, "SELECT VALUE MIN(c.date) FROM c", cancellationToken).ConfigureAwait(false);
        var newest = await ScalarAsync<string?>(complaints, "SELECT VALUE MAX(c.date) FROM c", cancellationToken).ConfigureAwait(false);
        var watermark = await ScalarAsync<long?>(complaints, "SELECT VALUE MAX(c.seq) FROM c", cancellationToken).ConfigureAwait(false) ?? 0;
        return new StoreSummary(count, quarantined, ParseDate(oldest), ParseDate(newest), watermark);
    }

    /// <inheritdoc />
    public async Task<string?> GetMetadataAsync(string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var (document, _) = await LeaseDocuments.ReadAsync(_database, MetadataPrefix + CosmosKeys.ToId(key), cancellationToken).ConfigureAwait(false);
        using (document)
        {
            return document?.RootElement.GetProperty("value").GetString();
        }
    }

    /// <inheritdoc />
    public Task SetMetadataAsync(string key, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        return LeaseDocuments.UpsertAsync(_database, MetadataPrefix + CosmosKeys.ToId(key), w => w.WriteString("value", value), cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _inFlight.Dispose();
        _sequence.Dispose();
    }

    internal PartitionKey PartitionKeyOf(string source, string sourceCaseId) =>
        new PartitionKeyBuilder().Add(source).Add(CosmosKeys.BucketOf(sourceCaseId, _database.Options.PartitionBuckets)).Build();

    private async Task WriteAfterAsync(
        Task? before, Task<CrossChannelMarkers.Holder>? marker, Complaint complaint, long sequence, Action<StoreOutcome> report, CancellationToken cancellationToken)
    {
        if (before is not null)
        {
            // Order only: a failure of an earlier write surfaces through its own task.
            await before.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        long? likelyDuplicateOf = null;
        if (marker is not null)
        {
            var holder = await marker.ConfigureAwait(false);
            if (holder.Is(complaint))
            {
                // A re-send of the marker's holder keeps the number the marker already gave out.
                sequence = holder.FirstSequence;
            }
            else
            {
                likelyDuplicateOf = holder.FirstSequence;
            }
        }

        await _inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            report(await WriteAsync(complaint, sequence, likelyDuplicateOf, cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _inFlight.Release();
        }
    }

    private async Task<StoreOutcome> WriteAsync(Complaint complaint, long sequence, long? likelyDuplicateOf, CancellationToken cancellationToken)
    {
        var container = _database.Container(CosmosContainers.Complaints);
        var writeId = Guid.NewGuid().ToString("N");
        var key = PartitionKeyOf(complaint.Source, complaint.SourceCaseId);
        var fields = new ComplaintDocument.StoreFields(CosmosKeys.BucketOf(complaint.SourceCaseId, _database.Options.PartitionBuckets), sequence, likelyDuplicateOf, writeId);
        var body = StreamBytes.ToBytes(ComplaintDocument.Write(complaint, fields));
        var (response, _) = await _database.Retry.SendAsync(
            (_, ct) => container.CreateItemStreamAsync(new MemoryStream(body, writable: false), key, cancellationToken: ct),
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return new StoreOutcome(StoreOutcomeKind.Stored, likelyDuplicateOf);
            }

            if (response.StatusCode != HttpStatusCode.Conflict)
            {
                CosmosDatabase.ThrowFor(response, "create of a complaint");
            }
        }

        // A 409 may be our own earlier attempt, applied but answered 503 or lost (here or inside the SDK): the write
        // id tells. Duplicates are rare (re-sends), so the extra read is cheap.
        if (await IsOwnWriteAsync(container, complaint.SourceCaseId, key, writeId, cancellationToken).ConfigureAwait(false))
        {
            return new StoreOutcome(StoreOutcomeKind.Stored, likelyDuplicateOf);
        }

        return new StoreOutcome(StoreOutcomeKind.Duplicate);
    }

    private async Task<bool> IsOwnWriteAsync(Container container, string sourceCaseId, PartitionKey key, string writeId, CancellationToken cancellationToken)
    {
        var (response, _) = await _database.Retry.SendAsync(
            (_, ct) => container.ReadItemStreamAsync(CosmosKeys.ToId(sourceCaseId), key, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "read of a complaint after a conflict");
            }

            using var document = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            return ComplaintDocument.WriteIdOf(document.RootElement) == writeId;
        }
    }

    private async Task<T?> ScalarAsync<T>(Container container, string sql, CancellationToken cancellationToken)
    {
        using var iterator = container.GetItemQueryStreamIterator(new QueryDefinition(sql));
        var values = new List<JsonElement>();
        while (iterator.HasMoreResults)
        {
            var (response, _) = await _database.Retry.SendAsync((_, ct) => iterator.ReadNextAsync(ct), cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    CosmosDatabase.ThrowFor(response, "summary query");
                }

                using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var item in page.RootElement.GetProperty("Documents").EnumerateArray())
                {
                    values.Add(item.Clone());
                }
            }
        }

        var value = values.FirstOrDefault(v => v.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined));
        return value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? default : value.Deserialize<T>();
    }

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
