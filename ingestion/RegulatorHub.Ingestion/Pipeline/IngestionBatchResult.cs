namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>What one batch did to the store.</summary>
/// <param name="Stored">New complaints.</param>
/// <param name="Duplicates">Complaints already stored (idempotent re-sends).</param>
/// <param name="Quarantined">Refused messages kept with their reasons.</param>
/// <param name="LikelyCrossChannelDuplicates">New complaints flagged as likely duplicates of one from another channel.</param>
public readonly record struct IngestionBatchResult(int Stored, int Duplicates, int Quarantined, int LikelyCrossChannelDuplicates)
{
    /// <summary>Adds two results.</summary>
    public static IngestionBatchResult operator +(IngestionBatchResult left, IngestionBatchResult right) => new(
        left.Stored + right.Stored,
        left.Duplicates + right.Duplicates,
        left.Quarantined + right.Quarantined,
        left.LikelyCrossChannelDuplicates + right.LikelyCrossChannelDuplicates);

    /// <summary>Adds two results.</summary>
    public static IngestionBatchResult Add(IngestionBatchResult left, IngestionBatchResult right) => left + right;
}
