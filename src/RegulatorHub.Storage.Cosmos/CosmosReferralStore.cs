using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Referrals;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// The Cosmos DB referral store: one document per referral in the <c>referrals</c> container, partitioned by its own
/// id. The referral (the <c>referral-event/v1</c> form) sits under <c>referral</c>; beside it the fields listings
/// filter and sort on, the version, and the version last published.
/// </summary>
/// <remarks>
/// <para>A save reads the document, checks that its version is the expected one and replaces it only if its etag is
/// unchanged (<c>IfMatchEtag</c>). A 412 means someone wrote in between: when that write changed the version (another
/// actor) the save is a conflict; when it did not (only the publication mark moved) the save is tried again.</para>
/// <para>Each write carries a fresh write id, so a write whose answer was lost and that the retry policy sent again is
/// recognised as our own (a 409 or 412 on the retry) instead of reported as a duplicate or a conflict.</para>
/// </remarks>
public sealed class CosmosReferralStore(CosmosDatabase database) : IReferralStore
{
    // Only the publication mark changes a document without changing its version, and only once per version: a save
    // that keeps meeting other writes is meeting a real conflict long before this.
    private const int MaxReplaceAttempts = 8;

    private Container Container => database.Container(CosmosContainers.Referrals);

    /// <inheritdoc />
    public Task InitializeAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<StoredReferral?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(id, cancellationToken).ConfigureAwait(false);
        return found is null ? null : ReferralJson.ReadReferral(found.Value.Document.GetProperty("referral"), "referral");
    }

    /// <inheritdoc />
    public async Task<ReferralWriteResult> CreateAsync(StoredReferral referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var writeId = Guid.NewGuid().ToString("N");
        var body = Write(referral, publishedVersion: 0, writeId);
        var (response, _) = await database.Retry.SendAsync(
            (_, ct) => Container.CreateItemStreamAsync(new MemoryStream(body, writable: false), PartitionKeyOf(referral.Id), cancellationToken: ct),
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return new ReferralWriteResult(ReferralWriteStatus.Created, referral.Version);
            }

            if (response.StatusCode != HttpStatusCode.Conflict)
            {
                CosmosDatabase.ThrowFor(response, "create of a referral");
            }
        }

        var stored = await ReadAsync(referral.Id, cancellationToken).ConfigureAwait(false);
        return stored is { } existing && WriteIdOf(existing.Document) == writeId
            ? new ReferralWriteResult(ReferralWriteStatus.Created, referral.Version)
            : new ReferralWriteResult(ReferralWriteStatus.AlreadyExists, stored is { } s ? VersionOf(s.Document) : 0);
    }

    /// <inheritdoc />
    public async Task<ReferralWriteResult> SaveAsync(StoredReferral referral, int expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.Version <= expectedVersion)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A save must add events: version {referral.Version} is not above the expected {expectedVersion}."),
                nameof(referral));
        }

        var writeId = Guid.NewGuid().ToString("N");
        for (var attempt = 1; attempt <= MaxReplaceAttempts; attempt++)
        {
            var stored = await ReadAsync(referral.Id, cancellationToken).ConfigureAwait(false);
            if (stored is not { } current)
            {
                return new ReferralWriteResult(ReferralWriteStatus.NotFound, 0);
            }

            var document = current.Document;
            if (WriteIdOf(document) == writeId)
            {
                return new ReferralWriteResult(ReferralWriteStatus.Saved, referral.Version);
            }

            var version = VersionOf(document);
            if (version != expectedVersion)
            {
                return new ReferralWriteResult(ReferralWriteStatus.Conflict, version);
            }

            CheckSameReferral(document, referral.Referral);
            var body = Write(referral, document.GetProperty("publishedVersion").GetInt32(), writeId);
            var options = new ItemRequestOptions { IfMatchEtag = current.ETag };
            var (response, _) = await database.Retry.SendAsync(
                (_, ct) => Container.ReplaceItemStreamAsync(new MemoryStream(body, writable: false), Key(referral.Id), PartitionKeyOf(referral.Id), options, ct),
                cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    return new ReferralWriteResult(ReferralWriteStatus.Saved, referral.Version);
                }

                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return new ReferralWriteResult(ReferralWriteStatus.NotFound, 0);
                }

                if (response.StatusCode != HttpStatusCode.PreconditionFailed)
                {
                    CosmosDatabase.ThrowFor(response, "replace of a referral");
                }
            }
        }

        throw new CosmosStoreException(
            string.Create(CultureInfo.InvariantCulture, $"Referral {referral.Id:D} changed under {MaxReplaceAttempts} attempts to save it without its version changing."),
            HttpStatusCode.PreconditionFailed);
    }

    /// <inheritdoc />
    public async Task<ReferralPage> ListAsync(ReferralListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);

        // TOP takes a literal here (the local server's parser has no parameter there); the page size is a checked int.
        var sql = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {query.PageSize + 1} * FROM c WHERE "));
        sql.Append(query.Direction switch
        {
            ReferralDirection.Inbox => "c.toAgency = @agency",
            ReferralDirection.Outbox => "c.fromAgency = @agency",
            _ => "(c.toAgency = @agency OR c.fromAgency = @agency)",
        });
        var definition = new List<(string Name, object Value)> { ("@agency", query.AgencyId) };
        if (query.OpenOnly)
        {
            sql.Append(" AND c.open = true");
        }

        if (query.State is { } state)
        {
            sql.Append(" AND c.state = @state");
            definition.Add(("@state", state.ToString()));
        }

        if (query.MerchantKey is not null)
        {
            sql.Append(" AND c.merchantKey = @merchant");
            definition.Add(("@merchant", query.MerchantKey));
        }

        if (query.After is { } after)
        {
            sql.Append(" AND (c.updatedMs < @afterMs OR (c.updatedMs = @afterMs AND c.id < @afterId))");
            definition.Add(("@afterMs", after.UpdatedAtMs));
            definition.Add(("@afterId", Key(after.Id)));
        }

        sql.Append(" ORDER BY c.updatedMs DESC, c.id DESC");
        var items = await QueryReferralsAsync(Query(sql.ToString(), definition), cancellationToken).ConfigureAwait(false);
        if (items.Count <= query.PageSize)
        {
            return new ReferralPage(items, null);
        }

        items.RemoveAt(items.Count - 1);
        var last = items[^1];
        return new ReferralPage(items, new ReferralListCursor(last.Referral.UpdatedAt.ToUnixTimeMilliseconds(), last.Id).Encode());
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AgencyReferralCount>> OpenByMerchantAsync(string merchantKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(merchantKey);

        // Grouped here rather than by the query: a merchant has few open referrals, and a cross-partition GROUP BY
        // would need the SDK's query plan for little gain.
        var query = Query("SELECT c.toAgency, c.fromAgency FROM c WHERE c.merchantKey = @merchant AND c.open = true", [("@merchant", merchantKey)]);
        var received = new Dictionary<string, int>(StringComparer.Ordinal);
        var sent = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var item in QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var to = item.GetProperty("toAgency").GetString()!;
            var from = item.GetProperty("fromAgency").GetString()!;
            received[to] = received.GetValueOrDefault(to) + 1;
            sent[from] = sent.GetValueOrDefault(from) + 1;
        }

        return [.. received.Keys.Union(sent.Keys).Order(StringComparer.Ordinal)
            .Select(a => new AgencyReferralCount(a, received.GetValueOrDefault(a), sent.GetValueOrDefault(a)))];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredReferral>> FindByComplaintAsync(ComplaintReference complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var query = Query(
            "SELECT * FROM c WHERE c.complaintSource = @source AND c.complaintCaseId = @case",
            [("@source", complaint.Source), ("@case", complaint.SourceCaseId)]);
        var found = await QueryReferralsAsync(query, cancellationToken).ConfigureAwait(false);
        return [.. found.OrderBy(r => r.Referral.CreatedAt).ThenBy(r => Key(r.Id), StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Referral>> ReceivedByAgencyAsync(string agencyId, DateTimeOffset activeSince, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        var query = Query(
            "SELECT * FROM c WHERE c.toAgency = @agency AND (c.open = true OR c.updatedMs >= @since)",
            [("@agency", agencyId), ("@since", activeSince.ToUnixTimeMilliseconds())]);
        var found = await QueryReferralsAsync(query, cancellationToken).ConfigureAwait(false);
        return [.. found.Select(r => r.Referral)];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredReferral>> ListUnpublishedAsync(int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        var query = new QueryDefinition(string.Create(CultureInfo.InvariantCulture, $"SELECT TOP {maxCount} * FROM c WHERE c.pending = true ORDER BY c.updatedMs"));
        return await QueryReferralsAsync(query, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task MarkPublishedAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxReplaceAttempts; attempt++)
        {
            var stored = await ReadAsync(id, cancellationToken).ConfigureAwait(false);
            if (stored is not { } current)
            {
                return;
            }

            var document = current.Document;
            var storedVersion = VersionOf(document);
            if (document.GetProperty("publishedVersion").GetInt32() >= version || storedVersion < version)
            {
                return;
            }

            // Rewritten from the stored referral so the replace changes nothing but the mark (and the write id).
            var referral = ReferralJson.ReadReferral(document.GetProperty("referral"), "referral");
            var body = Write(referral, version, Guid.NewGuid().ToString("N"));
            var options = new ItemRequestOptions { IfMatchEtag = current.ETag };
            var (response, _) = await database.Retry.SendAsync(
                (_, ct) => Container.ReplaceItemStreamAsync(new MemoryStream(body, writable: false), Key(id), PartitionKeyOf(id), options, ct),
                cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound)
                {
                    return;
                }

                if (response.StatusCode != HttpStatusCode.PreconditionFailed)
                {
                    CosmosDatabase.ThrowFor(response, "replace of a referral's publication mark");
                }
            }
        }

        // The document kept changing (actions taken meanwhile): the mark stays behind and the referral is published
        // again, which receivers ignore as a re-delivery.
    }

    private static string Key(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    private static PartitionKey PartitionKeyOf(Guid id) => new(Key(id));

    private static int VersionOf(JsonElement document) => document.GetProperty("version").GetInt32();

    private static string? WriteIdOf(JsonElement document) =>
        document.TryGetProperty("writeId", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void CheckSameReferral(JsonElement document, Referral referral)
    {
        if (document.GetProperty("complaintSource").GetString() != referral.Complaint.Source
            || document.GetProperty("complaintCaseId").GetString() != referral.Complaint.SourceCaseId
            || document.GetProperty("fromAgency").GetString() != referral.FromAgencyId
            || document.GetProperty("toAgency").GetString() != referral.ToAgencyId)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Referral {referral.Id:D} is stored with other agencies or another complaint; a save cannot change them."),
                nameof(referral));
        }
    }

    private static byte[] Write(StoredReferral stored, int publishedVersion, string writeId)
    {
        var referral = stored.Referral;
        var stream = new MemoryStream(2048);
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("id", Key(referral.Id));
            w.WriteNumber("version", referral.Version);
            w.WriteNumber("publishedVersion", publishedVersion);
            w.WriteBoolean("pending", publishedVersion < referral.Version);
            w.WriteString("complaintSource", referral.Complaint.Source);
            w.WriteString("complaintCaseId", referral.Complaint.SourceCaseId);
            if (referral.MerchantKey is not null)
            {
                w.WriteString("merchantKey", referral.MerchantKey);
            }

            w.WriteString("fromAgency", referral.FromAgencyId);
            w.WriteString("toAgency", referral.ToAgencyId);
            w.WriteString("state", referral.State.ToString());
            w.WriteBoolean("open", referral.IsOpen);
            w.WriteNumber("createdMs", referral.CreatedAt.ToUnixTimeMilliseconds());
            w.WriteNumber("updatedMs", referral.UpdatedAt.ToUnixTimeMilliseconds());
            w.WriteString("writeId", writeId);
            w.WritePropertyName("referral");
            ReferralJson.WriteReferral(w, stored);
            w.WriteEndObject();
        }

        return StreamBytes.ToBytes(stream);
    }

    private static QueryDefinition Query(string sql, IEnumerable<(string Name, object Value)> parameters)
    {
        var query = new QueryDefinition(sql);
        foreach (var (name, value) in parameters)
        {
            query = query.WithParameter(name, value);
        }

        return query;
    }

    private async Task<(JsonElement Document, string ETag)?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var (response, _) = await database.Retry.SendAsync(
            (_, ct) => Container.ReadItemStreamAsync(Key(id), PartitionKeyOf(id), cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(response, "read of a referral");
            }

            using var document = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (document.RootElement.Clone(), response.Headers.ETag);
        }
    }

    private async Task<List<StoredReferral>> QueryReferralsAsync(QueryDefinition query, CancellationToken cancellationToken)
    {
        var referrals = new List<StoredReferral>();
        await foreach (var item in QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            referrals.Add(ReferralJson.ReadReferral(item.GetProperty("referral"), "referral"));
        }

        return referrals;
    }

    private async IAsyncEnumerable<JsonElement> QueryAsync(QueryDefinition query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var iterator = Container.GetItemQueryStreamIterator(query);
        while (iterator.HasMoreResults)
        {
            var (response, _) = await database.Retry.SendAsync((_, ct) => iterator.ReadNextAsync(ct), cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    CosmosDatabase.ThrowFor(response, "referral query");
                }

                using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var item in page.RootElement.GetProperty("Documents").EnumerateArray())
                {
                    yield return item.Clone();
                }
            }
        }
    }
}
