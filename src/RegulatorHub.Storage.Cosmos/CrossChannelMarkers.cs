using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Likely cross-channel duplicates (same complainant, merchant and day from another case): the first complaint of a
/// complainant + merchant + day creates a marker naming itself; a later one finds the create refused (409) and reads
/// whom the marker names. One point write per complaint, in the complainant's own partition, and the answer holds
/// across processes because the create is the arbiter.
/// </summary>
internal sealed class CrossChannelMarkers(CosmosDatabase database)
{
    /// <summary>The claim's result.</summary>
    /// <param name="FirstSequence">Number of the complaint that holds the marker (the caller's own when it is first).</param>
    /// <param name="IsOwn">Whether the marker names the calling complaint (first claim, or a re-send of the first).</param>
    public readonly record struct Claim(long FirstSequence, bool IsOwn);

    /// <summary>Claims the marker of <paramref name="complaint"/> (which has a complainant and a merchant) for <paramref name="sequence"/>.</summary>
    public async Task<Claim> ClaimAsync(Complaint complaint, long sequence, CancellationToken cancellationToken)
    {
        var container = database.Container(CosmosContainers.CrossChannel);
        var complainant = complaint.ComplainantPseudonym!;
        var id = CosmosKeys.CrossChannelMarkerId(complaint.Merchant!.Key.Value, complaint.ReceivedDate);
        var partitionKey = new PartitionKey(complainant);
        var body = StreamBytes.ToBytes(Write(id, complainant, complaint, sequence));
        var (created, _) = await database.Retry.SendAsync(
            (_, ct) => container.CreateItemStreamAsync(new MemoryStream(body, writable: false), partitionKey, cancellationToken: ct),
            cancellationToken).ConfigureAwait(false);
        using (created)
        {
            if (created.IsSuccessStatusCode)
            {
                return new Claim(sequence, true);
            }

            if (created.StatusCode != HttpStatusCode.Conflict)
            {
                CosmosDatabase.ThrowFor(created, "create of a cross-channel marker");
            }
        }

        // Someone holds it: possibly this very complaint (a re-send, or our create whose answer was lost).
        var (read, _) = await database.Retry.SendAsync(
            (_, ct) => container.ReadItemStreamAsync(id, partitionKey, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        using (read)
        {
            if (!read.IsSuccessStatusCode)
            {
                CosmosDatabase.ThrowFor(read, "read of a cross-channel marker");
            }

            using var marker = await JsonDocument.ParseAsync(read.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            var root = marker.RootElement;
            var own = root.GetProperty("source").GetString() == complaint.Source && root.GetProperty("caseId").GetString() == complaint.SourceCaseId;
            return new Claim(root.GetProperty("firstSeq").GetInt64(), own);
        }
    }

    private static MemoryStream Write(string id, string complainant, Complaint complaint, long sequence)
    {
        var stream = new MemoryStream(256);
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("complainant", complainant);
            w.WriteString("source", complaint.Source);
            w.WriteString("caseId", complaint.SourceCaseId);
            w.WriteNumber("firstSeq", sequence);
            w.WriteEndObject();
        }

        stream.Position = 0;
        return stream;
    }
}
