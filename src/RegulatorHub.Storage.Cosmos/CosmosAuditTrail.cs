using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Audit;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// The Cosmos DB audit trail: one document per entry (id = the sequence, zero-padded) and a <c>head</c> document, all in
/// the <c>audit</c> container's single logical partition <c>"main"</c>. An append reads the head and then, in one
/// transactional batch, replaces the head on its etag and creates the entry: both or neither. A concurrent append that
/// got there first makes the head's etag stale (412, or 409 when both created the first head), and the loser starts
/// again from the new head, so sequences are gapless and the chain never forks.
/// </summary>
/// <remarks>
/// A logical partition is capped at 20 GB. When the trail nears it (tens of millions of entries), a new chain value
/// would start with the old head's hash as its genesis; not built, since access logging stays far below.
/// </remarks>
public sealed class CosmosAuditTrail : IAuditTrail
{
    /// <summary>The partition of the one chain.</summary>
    public const string Chain = "main";

    /// <summary>Id of the head checkpoint document.</summary>
    public const string HeadId = "head";

    // Concurrent appenders each lose at most once per append that beats them; far more means something is wrong.
    private const int MaxConflicts = 1_000;
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private static readonly PartitionKey s_partition = new(Chain);

    private readonly CosmosDatabase _database;
    private readonly AuditChain _chain;
    private readonly TimeProvider _timeProvider;
    private readonly int _pageSize;

    /// <summary>Creates the adapter over <paramref name="database"/>.</summary>
    /// <param name="database">The Cosmos DB database.</param>
    /// <param name="chain">The keyed hash chain.</param>
    /// <param name="timeProvider">Clock for waits between retries.</param>
    public CosmosAuditTrail(CosmosDatabase database, AuditChain chain, TimeProvider? timeProvider = null)
        : this(database, chain, timeProvider, pageSize: 1_000)
    {
    }

    internal CosmosAuditTrail(CosmosDatabase database, AuditChain chain, TimeProvider? timeProvider, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        _database = database;
        _chain = chain;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _pageSize = pageSize;
    }

    private Container Container => _database.Container(CosmosContainers.Audit);

    /// <summary>The document id of entry <paramref name="sequence"/>: 20 digits, so ids sort as sequences do.</summary>
    public static string EntryId(long sequence) => sequence.ToString("D20", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => _database.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);

        // Marks this append's entry, so after an answer lost in transit (a timeout after the batch applied) a retry
        // finds it instead of appending the record twice.
        var writeId = Guid.NewGuid().ToString("N");
        AuditEntry? unsure = null;
        var conflicts = 0;
        var transient = 0;
        while (true)
        {
            if (unsure is not null && await IsOwnEntryStoredAsync(unsure.Sequence, writeId, cancellationToken).ConfigureAwait(false))
            {
                return unsure;
            }

            var (head, etag) = await ReadHeadDocumentAsync(cancellationToken).ConfigureAwait(false);
            var entry = _chain.Next(head, record);
            var headBody = WriteHead(entry);
            var entryBody = WriteEntry(entry, writeId);
            var batch = Container.CreateTransactionalBatch(s_partition);
            batch = etag is null
                ? batch.CreateItemStream(new MemoryStream(headBody, writable: false))
                : batch.ReplaceItemStream(HeadId, new MemoryStream(headBody, writable: false), new TransactionalBatchItemRequestOptions { IfMatchEtag = etag });
            batch = batch.CreateItemStream(new MemoryStream(entryBody, writable: false));

            using var response = await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return entry;
            }

            var headStatus = response.Count > 0 ? response[0].StatusCode : response.StatusCode;
            var entryStatus = response.Count > 1 ? response[1].StatusCode : response.StatusCode;
            if (headStatus is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
            {
                // Another append moved (or created) the head first: start again from the new head. Unless the mover was
                // this very batch: the SDK may have resent it after an answer lost in transit, which is why the
                // attempted entry is checked for our write id first.
                if (++conflicts > MaxConflicts)
                {
                    throw new CosmosStoreException($"Cosmos DB audit append gave up after {MaxConflicts} conflicting appends.", response.StatusCode);
                }

                unsure = entry;
                continue;
            }

            if (entryStatus == HttpStatusCode.Conflict)
            {
                // The head was current, yet the next entry already exists: the checkpoint lags the entries.
                throw new InvalidOperationException(
                    $"The audit trail's head checkpoint (entry {head?.Sequence ?? 0}) is behind its entries; run `regulatorhub audit verify`.");
            }

            if (!CosmosRetry.IsTransient(response.StatusCode) || ++transient > _database.Options.MaxRetries)
            {
                throw new CosmosStoreException(
                    string.Create(CultureInfo.InvariantCulture, $"Cosmos DB audit append failed with {(int)response.StatusCode} {response.StatusCode}."),
                    response.StatusCode);
            }

            // A timeout or unavailable answer may come after the batch applied: check for our entry before retrying.
            unsure = entry;
            await Task.Delay(CosmosRetry.WaitBefore(transient, response.RetryAfter), _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<AuditEntry> ReadAsync(long fromSequence, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.id != @head AND c.sequence >= @from ORDER BY c.sequence")
            .WithParameter("@head", HeadId)
            .WithParameter("@from", fromSequence);
        await foreach (var document in QueryAsync(query, _pageSize, cancellationToken).ConfigureAwait(false))
        {
            yield return ReadEntry(document);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        var where = new StringBuilder("c.id != @head");
        var parameters = new List<(string Name, object Value)> { ("@head", HeadId) };
        void Filter(string condition, string name, object value)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }

        if (query.Actor is not null)
        {
            Filter("c.actor = @actor", "@actor", query.Actor);
        }

        if (query.AgencyId is not null)
        {
            Filter("c.agency = @agency", "@agency", query.AgencyId);
        }

        if (query.Action is { } action)
        {
            Filter("c.action = @action", "@action", AuditActionName.Of(action));
        }

        if (query.TargetPrefix is not null)
        {
            Filter("STARTSWITH(c.target, @prefix)", "@prefix", query.TargetPrefix);
        }

        // Fixed-width UTC text compares in time order.
        if (query.From is { } from)
        {
            Filter("c.at >= @from", "@from", FormatTime(from));
        }

        if (query.To is { } to)
        {
            Filter("c.at < @to", "@to", FormatTime(to));
        }

        if (query.BeforeSequence is { } before)
        {
            Filter("c.sequence < @before", "@before", before);
        }

        // TOP takes a literal here (the local server's parser has no parameter there); Limit is a checked int.
        var definition = new QueryDefinition(string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {query.Limit} * FROM c WHERE {where} ORDER BY c.sequence DESC"));
        foreach (var (name, value) in parameters)
        {
            definition = definition.WithParameter(name, value);
        }

        var entries = new List<AuditEntry>();
        await foreach (var document in QueryAsync(definition, query.Limit, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ReadEntry(document));
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<AuditHead?> GetHeadAsync(CancellationToken cancellationToken) =>
        (await ReadHeadDocumentAsync(cancellationToken).ConfigureAwait(false)).Head;

    private async Task<(AuditHead? Head, string? ETag)> ReadHeadDocumentAsync(CancellationToken cancellationToken)
    {
        var (response, _) = await _database.Retry.SendAsync(
            (_, ct) => Container.ReadItemStreamAsync(HeadId, s_partition, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return (null, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "read of the audit head");
            }

            using var document = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = document.RootElement;
            return (new AuditHead(Number(root, "sequence"), Text(root, "hash") ?? string.Empty), response.Headers.ETag);
        }
    }

    private async Task<bool> IsOwnEntryStoredAsync(long sequence, string writeId, CancellationToken cancellationToken)
    {
        var (response, _) = await _database.Retry.SendAsync(
            (_, ct) => Container.ReadItemStreamAsync(EntryId(sequence), s_partition, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return false;
            }

            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "read of an audit entry");
            }

            using var document = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            return Text(document.RootElement, "writeId") == writeId;
        }
    }

    private async IAsyncEnumerable<JsonElement> QueryAsync(QueryDefinition query, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions { PartitionKey = s_partition, MaxItemCount = pageSize };
        using var iterator = Container.GetItemQueryStreamIterator(query, requestOptions: options);
        while (iterator.HasMoreResults)
        {
            var (response, _) = await _database.Retry.SendAsync((_, ct) => iterator.ReadNextAsync(ct), cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    CosmosDatabase.ThrowFor(response, "audit query");
                }

                using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var item in page.RootElement.GetProperty("Documents").EnumerateArray())
                {
                    yield return item.Clone();
                }
            }
        }
    }

    private static byte[] WriteHead(AuditEntry entry) => Write(w =>
    {
        w.WriteString("id", HeadId);
        w.WriteString("chain", Chain);
        w.WriteNumber("sequence", entry.Sequence);
        w.WriteString("hash", entry.Hash);
    });

    private static byte[] WriteEntry(AuditEntry entry, string writeId) => Write(w =>
    {
        w.WriteString("id", EntryId(entry.Sequence));
        w.WriteString("chain", Chain);
        w.WriteNumber("sequence", entry.Sequence);
        w.WriteString("at", FormatTime(entry.At));
        w.WriteString("actor", entry.Actor);
        WriteOptional(w, "agency", entry.AgencyId);
        WriteOptional(w, "role", entry.Role);
        w.WriteString("action", AuditActionName.Of(entry.Action));
        w.WriteString("target", entry.Target);
        w.WriteString("outcome", entry.Outcome);
        WriteOptional(w, "purpose", entry.Purpose);
        WriteOptional(w, "detail", entry.Detail);
        w.WriteString("previousHash", entry.PreviousHash);
        w.WriteString("hash", entry.Hash);
        w.WriteString("writeId", writeId);
    });

    private static byte[] Write(Action<Utf8JsonWriter> fields)
    {
        using var stream = new MemoryStream(512);
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    // Read leniently: a tampered document with a missing or mistyped field still becomes an entry, which then fails
    // verification, instead of failing the whole read.
    private static AuditEntry ReadEntry(JsonElement d) => new(
        Number(d, "sequence"),
        ParseTime(Text(d, "at")),
        Text(d, "actor") ?? string.Empty,
        Text(d, "agency"),
        Text(d, "role"),
        AuditActionName.Parse(Text(d, "action")),
        Text(d, "target") ?? string.Empty,
        Text(d, "outcome") ?? string.Empty,
        Text(d, "purpose"),
        Text(d, "detail"),
        Text(d, "previousHash") ?? string.Empty,
        Text(d, "hash") ?? string.Empty);

    private static string? Text(JsonElement d, string name) =>
        d.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long Number(JsonElement d, string name) =>
        d.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : 0;

    private static string FormatTime(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string? text) =>
        DateTimeOffset.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : DateTimeOffset.MinValue;
}
