namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>Totals of the ingestion pipeline since this process started.</summary>
/// <param name="Received">Messages taken from the queue.</param>
/// <param name="Stored">Complaints newly stored.</param>
/// <param name="Duplicates">Messages whose complaint was already stored.</param>
/// <param name="Quarantined">Messages refused and kept with their reason.</param>
/// <param name="LikelyCrossChannelDuplicates">Stored complaints flagged as likely duplicates from another channel.</param>
/// <param name="FailedBatches">Batches that failed transiently and were handed back to the queue.</param>
/// <param name="DeadLettered">Messages refused and moved to the transport's dead-letter queue with their reason.</param>
/// <param name="LastEndToEndLatency">Enqueue to stored, for the most recently settled message the transport dated.</param>
public sealed record IngestionSnapshot(
    long Received, long Stored, long Duplicates, long Quarantined, long LikelyCrossChannelDuplicates, long FailedBatches, long DeadLettered, TimeSpan? LastEndToEndLatency)
{
    /// <summary>Messages settled one way or another.</summary>
    public long Settled => Stored + Duplicates + Quarantined + DeadLettered;
}
