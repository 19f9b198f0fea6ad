using RegulatorHub.Analytics.Facts;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Application.Analytics;

/// <summary>
/// Holds the process's analytics store. The store is replaced once at most, when a saved snapshot is loaded at
/// start; queries take <see cref="Current"/> and a snapshot of it, so a replacement never disturbs a running query.
/// </summary>
public sealed class AnalyticsFacts(RegionGazetteer gazetteer)
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ComplaintFactStore _current = new(gazetteer);

    /// <summary>The store queries read.</summary>
    public ComplaintFactStore Current => Volatile.Read(ref _current);

    /// <summary>Whether the first catch-up with the change feed has finished (before that, counts are partial).</summary>
    public bool IsReady => _ready.Task.IsCompleted;

    /// <summary>Completes when <see cref="IsReady"/> becomes true.</summary>
    public Task Ready => _ready.Task;

    internal void Replace(ComplaintFactStore store) => Volatile.Write(ref _current, store);

    internal void MarkReady() => _ready.TrySetResult();
}
