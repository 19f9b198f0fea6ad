using RegulatorHub.Analytics.Facts;
using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// The complaints container's change feed (pull model, latest version) as <see cref="ComplaintFact"/> pages. The
/// checkpoint is the SDK's continuation token, which covers every partition range, so a reader resumes exactly where
/// it stopped without rescanning the container.
/// </summary>
public sealed class CosmosComplaintChangeFeed(CosmosDatabase database) : IComplaintChangeFeed
{
    /// <inheritdoc />
    public async Task<ComplaintFactPage> ReadAsync(string? checkpoint, int maxItems, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxItems, 1);
        if (checkpoint is not null && checkpoint.Length == 0)
        {
            throw new ArgumentException("A checkpoint is null (from the beginning) or a value this feed returned.", nameof(checkpoint));
        }

        var container = database.Container(CosmosContainers.Complaints);
        var facts = new List<ComplaintFact>();
        var position = checkpoint;
        var caughtUp = false;
        while (facts.Count < maxItems)
        {
            var start = position is null ? ChangeFeedStartFrom.Beginning() : ChangeFeedStartFrom.ContinuationToken(position);

            // A fresh iterator per page so each asks for no more than is still wanted.
            var iterator = container.GetChangeFeedStreamIterator(start, ChangeFeedMode.LatestVersion, new ChangeFeedRequestOptions { PageSizeHint = maxItems - facts.Count });
            var (response, _) = await database.Retry.SendAsync((_, ct) => iterator.ReadNextAsync(ct), cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    position = response.ContinuationToken ?? position;
                    caughtUp = true;
                    break;
                }

                if (!response.IsSuccessStatusCode)
                {
                    CosmosDatabase.ThrowFor(response, "change feed read");
                }

                using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
                foreach (var document in page.RootElement.GetProperty("Documents").EnumerateArray())
                {
                    facts.Add(ComplaintDocument.ReadFact(document));
                }

                position = response.ContinuationToken ?? position;
            }
        }

        // Nothing new: hand back the caller's own checkpoint, as the port promises.
        return new ComplaintFactPage(facts, facts.Count == 0 ? checkpoint : position, caughtUp);
    }
}
