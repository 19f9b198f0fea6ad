using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Likely cross-channel duplicates (same complainant, merchant and day through another case): the first complaint of a
/// complainant + merchant + day creates a marker naming itself; a later one finds the create refused (409) and reads
/// whom the marker names. The create is the arbiter, so the answer holds across processes.
/// </summary>
/// <remarks>
/// Markers are claimed a store batch at a time: they are partitioned by a hash bucket of the complainant, so a batch's
/// markers fall into a few partitions, and each partition's share goes as one transactional batch of creates. A batch
/// stops at its first refused create (the others are not applied); the ones before it are known to be free and go
/// again, the refused one is read, and the rest go on as the next batch. Cross-channel duplicates are rare (about one
/// complaint in a hundred), so a store batch of 1,000 costs some twenty requests here instead of a thousand.
/// </remarks>
internal sealed class CrossChannelMarkers(CosmosDatabase database)
{
    // A transactional batch holds at most 100 operations.
    private const int MaxOperationsPerBatch = 100;

    // Only the status of each create matters; the server need not send the markers back.
    private static readonly TransactionalBatchItemRequestOptions s_statusOnly = new() { EnableContentResponseOnWrite = false };

    /// <summary>Who holds a marker: the complaint that claimed it first, by identity and store number.</summary>
    public sealed record Holder(string Source, string CaseId, long FirstSequence)
    {
        /// <summary>Whether <paramref name="complaint"/> is the holder itself (its first claim, or a re-send of it).</summary>
        public bool Is(Complaint complaint) => Source == complaint.Source && CaseId == complaint.SourceCaseId;
    }

    /// <summary>
    /// Claims the markers of <paramref name="complaints"/> for their <paramref name="sequences"/>: within the batch the
    /// first complaint with a marker claims it and later ones share its answer, as if they had been stored one by one.
    /// </summary>
    /// <returns>
    /// Per complaint, the holder of its marker once its partition's claims are settled (so a complaint's write can start
    /// without waiting for the other partitions), or <see langword="null"/> for one without a complainant or merchant.
    /// </returns>
    public IReadOnlyList<Task<Holder>?> Claim(IReadOnlyList<Complaint> complaints, IReadOnlyList<long> sequences, CancellationToken cancellationToken)
    {
        var claims = new Dictionary<string, MarkerClaim>(StringComparer.Ordinal);
        var claimOf = new MarkerClaim?[complaints.Count];
        for (var i = 0; i < complaints.Count; i++)
        {
            var complaint = complaints[i];
            if (complaint.ComplainantPseudonym is not { } complainant || complaint.Merchant is not { } merchant)
            {
                continue;
            }

            var id = CosmosKeys.CrossChannelMarkerId(complainant, merchant.Key.Value, complaint.ReceivedDate);
            if (!claims.TryGetValue(id, out var claim))
            {
                claim = new MarkerClaim(id, CosmosKeys.BucketOf(complainant, database.Options.PartitionBuckets), complaint, sequences[i]);
                claims.Add(id, claim);
            }

            claimOf[i] = claim;
        }

        foreach (var chunk in claims.Values.GroupBy(c => c.Bucket, StringComparer.Ordinal).SelectMany(bucket => bucket.Chunk(MaxOperationsPerBatch)))
        {
            var settled = CreateAsync(chunk, transientAttempts: 0, cancellationToken);
            foreach (var claim in chunk)
            {
                claim.Settled = settled;
            }
        }

        return [.. claimOf.Select(c => c?.HolderAsync())];
    }

    private Container Container => database.Container(CosmosContainers.CrossChannelMarkers);

    // Creates the markers of one bucket in one transactional batch; every claim has its holder when this returns.
    private async Task CreateAsync(IReadOnlyList<MarkerClaim> claims, int transientAttempts, CancellationToken cancellationToken)
    {
        if (claims.Count == 0)
        {
            return;
        }

        var batch = Container.CreateTransactionalBatch(new PartitionKey(claims[0].Bucket));
        foreach (var claim in claims)
        {
            batch = batch.CreateItemStream(new MemoryStream(claim.ToBody(), writable: false), s_statusOnly);
        }

        using var response = await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            foreach (var claim in claims)
            {
                claim.Holder = new Holder(claim.Complaint.Source, claim.Complaint.SourceCaseId, claim.Sequence);
            }

            return;
        }

        if (CosmosRetry.IsTransient(response.StatusCode))
        {
            if (transientAttempts >= database.Options.MaxRetries)
            {
                throw new CosmosStoreException($"Cosmos DB create of cross-channel markers gave up after {transientAttempts + 1} attempts ({(int)response.StatusCode}).", response.StatusCode);
            }

            // The batch may have been applied before the answer was lost: reading tells which markers exist (ours or
            // someone else's); only the missing ones are created again.
            await database.Retry.PauseAsync(transientAttempts + 1, response.RetryAfter, cancellationToken).ConfigureAwait(false);
            await ReadAllAsync(claims, transientAttempts + 1, cancellationToken).ConfigureAwait(false);
            return;
        }

        var refused = Enumerable.Range(0, response.Count).FirstOrDefault(i => response[i].StatusCode == HttpStatusCode.Conflict, -1);
        if (refused < 0)
        {
            throw new CosmosStoreException($"Cosmos DB create of cross-channel markers failed with {(int)response.StatusCode} {response.StatusCode}.", response.StatusCode);
        }

        // The operations run in order and stop at the refused one: those before it were free, so they go again on their
        // own; the refused marker is someone's (read it); the rest are still unknown.
        await Task.WhenAll(
            CreateAsync([.. claims.Take(refused)], transientAttempts, cancellationToken),
            ReadAsync(claims[refused], transientAttempts, cancellationToken),
            CreateAsync([.. claims.Skip(refused + 1)], transientAttempts, cancellationToken)).ConfigureAwait(false);
    }

    private async Task ReadAllAsync(IReadOnlyList<MarkerClaim> claims, int transientAttempts, CancellationToken cancellationToken)
    {
        var found = await Task.WhenAll(claims.Select(claim => TryReadAsync(claim, cancellationToken))).ConfigureAwait(false);

        // Creates keep the order of the store batch, so a retried batch decides "first" as the lost one would have.
        await CreateAsync([.. claims.Where((_, i) => !found[i])], transientAttempts, cancellationToken).ConfigureAwait(false);
    }

    private async Task ReadAsync(MarkerClaim claim, int transientAttempts, CancellationToken cancellationToken)
    {
        if (!await TryReadAsync(claim, cancellationToken).ConfigureAwait(false))
        {
            // Refused, then gone (it expired in between): claim it again.
            await CreateAsync([claim], transientAttempts, cancellationToken).ConfigureAwait(false);
        }
    }

    // Sets the claim's holder from the stored marker; false when there is none.
    private async Task<bool> TryReadAsync(MarkerClaim claim, CancellationToken cancellationToken)
    {
        var (read, _) = await database.Retry.SendAsync(
            (_, ct) => Container.ReadItemStreamAsync(claim.Id, new PartitionKey(claim.Bucket), cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (read)
        {
            if (read.StatusCode == HttpStatusCode.NotFound)
            {
                return false;
            }

            if (!read.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(read, "read of a cross-channel marker");
            }

            using var marker = await JsonDocument.ParseAsync(read.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = marker.RootElement;
            claim.Holder = new Holder(root.GetProperty("source").GetString()!, root.GetProperty("caseId").GetString()!, root.GetProperty("firstSeq").GetInt64());
            return true;
        }
    }

    /// <summary>One marker to claim: its id and bucket, and the first complaint of the store batch that has it.</summary>
    private sealed class MarkerClaim(string id, string bucket, Complaint complaint, long sequence)
    {
        public string Id { get; } = id;

        public string Bucket { get; } = bucket;

        public Complaint Complaint { get; } = complaint;

        public long Sequence { get; } = sequence;

        public byte[] ToBody() => StreamBytes.ToBytes(Write());

        public Holder? Holder { get; set; }

        // The claims of this claim's transactional batch, which sets Holder.
        public Task? Settled { get; set; }

        public async Task<Holder> HolderAsync()
        {
            await Settled!.ConfigureAwait(false);
            return Holder!;
        }

        private MemoryStream Write()
        {
            var stream = new MemoryStream(256);
            using (var w = new Utf8JsonWriter(stream))
            {
                w.WriteStartObject();
                w.WriteString("id", Id);
                w.WriteString("bucket", Bucket);
                w.WriteString("source", Complaint.Source);
                w.WriteString("caseId", Complaint.SourceCaseId);
                w.WriteNumber("firstSeq", Sequence);
                w.WriteEndObject();
            }

            stream.Position = 0;
            return stream;
        }
    }
}
