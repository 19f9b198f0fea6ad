using System.Globalization;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>The Cosmos DB quarantine: refused messages with their reasons and raw payloads, partitioned by reason.</summary>
public sealed class CosmosQuarantineStore(CosmosDatabase database) : IQuarantineStore
{
    // The reasons counted one partition each (QuarantineReason's codes): no cross-partition GROUP BY needed.
    private static readonly string[] s_reasons =
    [
        QuarantineReason.Unparseable, QuarantineReason.Invalid, QuarantineReason.Unresolvable,
        QuarantineReason.RawIdentifier, QuarantineReason.RejectedRow, QuarantineReason.DeliveryLimit,
        QuarantineReason.ReferralConflict,
    ];

    // Orders entries written in the same millisecond by this process (a batch usually is).
    private static long s_counter;

    /// <inheritdoc />
    public async Task AddAsync(IReadOnlyList<QuarantineEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var container = database.Container(CosmosContainers.Quarantine);
        foreach (var entry in entries)
        {
            if (string.IsNullOrEmpty(entry.Reason))
            {
                throw new ArgumentException("A quarantine entry needs a Reason.", nameof(entries));
            }

            // Entries have no natural identity (the same bad message may arrive twice and is kept twice, as in SQLite).
            var order = (entry.QuarantinedAt.ToUnixTimeMilliseconds() * 1000) + (Interlocked.Increment(ref s_counter) % 1000);
            var body = StreamBytes.ToBytes(Write(entry, Guid.NewGuid().ToString("N"), order));
            var (response, _) = await database.Retry.SendAsync(
                (_, ct) => container.CreateItemStreamAsync(new MemoryStream(body, writable: false), new PartitionKey(entry.Reason), cancellationToken: ct),
                cancellationToken).ConfigureAwait(false);
            using (response)
            {
                // 409 after a lost answer: the id is ours and unique, so it is our own earlier attempt.
                if (!response.IsSuccessStatusCode && response.StatusCode != System.Net.HttpStatusCode.Conflict)
                {
                    CosmosDatabase.ThrowFor(response, "create of a quarantine entry");
                }
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<QuarantineEntry>> ListRecentAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        // TOP takes a literal here (the local server's parser has no parameter there); limit is a checked int.
        var query = new QueryDefinition(string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {limit} * FROM c ORDER BY c.pos DESC"));
        var entries = new List<QuarantineEntry>();
        await foreach (var item in QueryAsync(query, null, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Read(item));
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> CountByReasonAsync(CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var reason in s_reasons)
        {
            await foreach (var item in QueryAsync(new QueryDefinition("SELECT VALUE COUNT(1) FROM c"), reason, cancellationToken).ConfigureAwait(false))
            {
                if (item.GetInt64() > 0)
                {
                    counts[reason] = item.GetInt64();
                }
            }
        }

        return counts;
    }

    private async IAsyncEnumerable<JsonElement> QueryAsync(QueryDefinition query, string? partition, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = partition is null ? null : new QueryRequestOptions { PartitionKey = new PartitionKey(partition) };
        using var iterator = database.Container(CosmosContainers.Quarantine).GetItemQueryStreamIterator(query, requestOptions: options);
        while (iterator.HasMoreResults)
        {
            var (response, _) = await database.Retry.SendAsync((_, ct) => iterator.ReadNextAsync(ct), cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    CosmosDatabase.ThrowFor(response, "quarantine query");
                }

                using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var item in page.RootElement.GetProperty("Documents").EnumerateArray())
                {
                    yield return item.Clone();
                }
            }
        }
    }

    private static MemoryStream Write(QuarantineEntry entry, string id, long order)
    {
        var stream = new MemoryStream(512 + (entry.Payload.Length * 4 / 3));
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("reason", entry.Reason);
            w.WriteNumber("pos", order);
            w.WriteString("at", entry.QuarantinedAt.ToString("O", CultureInfo.InvariantCulture));
            if (entry.MessageId is not null)
            {
                w.WriteString("messageId", entry.MessageId);
            }

            if (entry.Source is not null)
            {
                w.WriteString("source", entry.Source);
            }

            if (entry.SourceCaseId is not null)
            {
                w.WriteString("caseId", entry.SourceCaseId);
            }

            w.WriteStartArray("errors");
            foreach (var error in entry.Errors)
            {
                w.WriteStartObject();
                w.WriteString("field", error.Field);
                w.WriteString("rule", error.Rule);
                w.WriteString("message", error.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            // The bytes exactly as received (they may not be UTF-8, or JSON at all).
            w.WriteBase64String("payload", entry.Payload.Span);
            w.WriteEndObject();
        }

        stream.Position = 0;
        return stream;
    }

    private static QuarantineEntry Read(JsonElement d) => new(
        DateTimeOffset.Parse(d.GetProperty("at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        OptionalString(d, "messageId"),
        OptionalString(d, "source"),
        OptionalString(d, "caseId"),
        d.GetProperty("reason").GetString()!,
        d.GetProperty("errors").EnumerateArray()
            .Select(e => new FieldError(e.GetProperty("field").GetString()!, e.GetProperty("rule").GetString()!, e.GetProperty("message").GetString()!))
            .ToList(),
        d.GetProperty("payload").GetBytesFromBase64());

    private static string? OptionalString(JsonElement d, string name) =>
        d.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
