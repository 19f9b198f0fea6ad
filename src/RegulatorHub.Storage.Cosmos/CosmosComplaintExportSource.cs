using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Complaint-level exports from Cosmos DB: one cross-partition query (the listing's selection and order without its
/// page limit, see <see cref="ComplaintListQueryText"/>) read page by page through its feed iterator; only the current page is held, and its rows are handed out before the next
/// page is asked for. A page becomes one batch.
/// </summary>
/// <remarks>
/// Rows come as a listing orders them: newest day first, then latest stored first (<c>seq</c>). Each page is retried like every other request
/// (<see cref="CosmosRetry"/>); a page that still fails ends the export with the store's error.
/// </remarks>
public sealed class CosmosComplaintExportSource(CosmosDatabase database) : IComplaintExportSource
{
    /// <summary>Documents per page: enough to keep request overhead low, few enough to keep a page's memory small.</summary>
    public const int PageSize = 1000;

    /// <inheritdoc />
    public async IAsyncEnumerable<ComplaintExportBatch> ReadAsync(
        ComplaintExportQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var iterator = database.Container(CosmosContainers.Complaints).GetItemQueryStreamIterator(
            ComplaintListQueryText.Build(query.ToListQuery(), onePage: false), requestOptions: new QueryRequestOptions { MaxItemCount = PageSize });
        while (iterator.HasMoreResults)
        {
            var (response, _) = await database.Retry.SendAsync((_, ct) => iterator.ReadNextAsync(ct), cancellationToken).ConfigureAwait(false);
            using (response)
            {
                if (!response.IsSuccessStatusCode)
                {
                    CosmosDatabase.ThrowFor(response, "complaint export");
                }

                using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
                var batch = new ComplaintExportBatch();
                try
                {
                    foreach (var document in page.RootElement.GetProperty("Documents").EnumerateArray())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        batch.Add(Read(document));
                    }
                }
                catch
                {
                    batch.Dispose();
                    throw;
                }

                if (batch.Count == 0)
                {
                    batch.Dispose();
                    continue;
                }

                yield return batch;
            }
        }
    }

    private static ComplaintExportRow Read(JsonElement d)
    {
        string? merchantKey = null;
        string? merchantName = null;
        string? merchantRegion = null;
        if (d.TryGetProperty("merchant", out var m) && m.ValueKind == JsonValueKind.Object)
        {
            merchantKey = m.GetProperty("key").GetString();
            merchantName = Optional(m, "name");
            merchantRegion = Optional(m, "region");
        }

        return new ComplaintExportRow(
            Source: d.GetProperty("source").GetString()!,
            SourceCaseId: d.GetProperty("caseId").GetString()!,
            ReceivedAt: DateTimeOffset.ParseExact(d.GetProperty("at").GetString()!, "yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            ReceivedDate: DateOnly.ParseExact(d.GetProperty("date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Channel: (ComplaintChannel)d.GetProperty("channel").GetInt32(),
            SubjectCode: d.GetProperty("subject").GetString()!,
            IssueCode: d.GetProperty("issue").GetString()!,
            ConsumerRegionCode: Optional(d, "region"),
            MerchantKey: merchantKey,
            MerchantName: merchantName,
            MerchantRegionCode: merchantRegion,
            Platform: Optional(d, "platform"),
            Amount: d.TryGetProperty("amountMinor", out var minor) ? new Money(minor.GetInt64() / 100m, d.GetProperty("currency").GetString()!) : null,
            Status: (ComplaintStatus)d.GetProperty("status").GetInt32(),
            Outcome: d.TryGetProperty("outcome", out var outcome) ? (ComplaintOutcome)outcome.GetInt32() : null,
            Narrative: Optional(d, "narrative"),
            PersonalDataRemoved: Optional(d, "removed"));
    }

    private static string? Optional(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
