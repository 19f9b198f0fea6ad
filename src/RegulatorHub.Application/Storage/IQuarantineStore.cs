namespace RegulatorHub.Application.Storage;

/// <summary>Port: where refused input is kept with its reason and raw payload.</summary>
public interface IQuarantineStore
{
    /// <summary>Keeps a batch of refused messages; durable when the task completes.</summary>
    Task AddAsync(IReadOnlyList<QuarantineEntry> entries, CancellationToken cancellationToken);

    /// <summary>The most recent entries, newest first.</summary>
    Task<IReadOnlyList<QuarantineEntry>> ListRecentAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Counts per reason code.</summary>
    Task<IReadOnlyDictionary<string, long>> CountByReasonAsync(CancellationToken cancellationToken);
}
