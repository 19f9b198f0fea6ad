using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Complaints;

namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>
/// Stage 4 and 5: de-duplicate and store accepted complaints, keep refused input in quarantine. Shared by the
/// queue worker and file imports so both obey the same rules.
/// </summary>
public sealed class ComplaintRecorder(IComplaintStore store, IQuarantineStore quarantine, IngestionCounters counters)
{
    /// <summary>Stores a batch of processed messages; durable when the task completes.</summary>
    public async Task<IngestionBatchResult> RecordAsync(IReadOnlyList<ProcessedMessage> batch, CancellationToken cancellationToken)
    {
        var complaints = new List<Complaint>(batch.Count);
        var refused = new List<QuarantineEntry>();
        foreach (var item in batch)
        {
            if (item.Complaint is { } complaint)
            {
                complaints.Add(complaint);
            }
            else
            {
                refused.Add(item.Quarantine!);
            }
        }

        return await RecordAsync(complaints, refused, cancellationToken);
    }

    /// <summary>Stores complaints and quarantines refused entries; durable when the task completes.</summary>
    public async Task<IngestionBatchResult> RecordAsync(IReadOnlyList<Complaint> complaints, IReadOnlyList<QuarantineEntry> refused, CancellationToken cancellationToken)
    {
        // Quarantine first: if storing then fails, the batch is retried and the refused entries are written again,
        // which is harmless; the reverse order could settle a message whose refusal was never recorded.
        if (refused.Count > 0)
        {
            await quarantine.AddAsync(refused, cancellationToken);
        }

        int stored = 0, duplicates = 0, crossChannel = 0;
        if (complaints.Count > 0)
        {
            var outcomes = await store.AddAsync(complaints, cancellationToken);
            foreach (var outcome in outcomes)
            {
                if (outcome.Kind == StoreOutcomeKind.Stored)
                {
                    stored++;
                    crossChannel += outcome.LikelyDuplicateOf is null ? 0 : 1;
                }
                else
                {
                    duplicates++;
                }
            }
        }

        var result = new IngestionBatchResult(stored, duplicates, refused.Count, crossChannel);
        counters.Recorded(result);
        return result;
    }
}
