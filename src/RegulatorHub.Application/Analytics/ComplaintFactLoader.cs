using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Analytics.Facts;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Storage;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Application.Analytics;

/// <summary>
/// Keeps the analytics store in step with the complaint store: loads the saved snapshot at start, reads the change
/// feed from the snapshot's checkpoint (so a restart never rescans what it has seen), appends as complaints are
/// stored, and saves the snapshot now and then and on stop.
/// </summary>
/// <remarks>
/// The snapshot is a cache: when it is missing or refused (damaged, another version), the store is rebuilt from the
/// change feed's beginning, which gives the same facts, only later.
/// </remarks>
public sealed partial class ComplaintFactLoader(
    IComplaintChangeFeed feed,
    AnalyticsFacts facts,
    IOptions<AnalyticsOptions> options,
    IOptions<StorageOptions> storage,
    RegionGazetteer gazetteer,
    TimeProvider time,
    ILogger<ComplaintFactLoader> logger)
{
    private long _appendedSinceSave;
    private DateTimeOffset _lastSave = time.GetUtcNow();

    /// <summary>Where the snapshot lives.</summary>
    public string SnapshotPath => Path.IsPathRooted(options.Value.SnapshotPath)
        ? options.Value.SnapshotPath
        : Path.Combine(storage.Value.ResolveDataDirectory(), options.Value.SnapshotPath);

    /// <summary>Loads the snapshot (if any) into <see cref="AnalyticsFacts"/>, then catches up with the change feed.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(SnapshotPath))
        {
            try
            {
                await using var file = new FileStream(SnapshotPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
                var store = FactStoreFile.Load(file, gazetteer);
                facts.Replace(store);
                LogSnapshotLoaded(store.Count);
            }
            catch (Exception exception) when (exception is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                LogSnapshotRefused(exception);
            }
        }

        var caughtUp = await CatchUpAsync(cancellationToken);
        facts.MarkReady();
        LogCaughtUp(facts.Current.Count, caughtUp);
    }

    /// <summary>Reads every page the change feed has past the store's checkpoint.</summary>
    /// <returns>Facts appended.</returns>
    public async Task<long> CatchUpAsync(CancellationToken cancellationToken)
    {
        long appended = 0;
        while (true)
        {
            var store = facts.Current;
            var page = await feed.ReadAsync(store.Checkpoint, options.Value.PageSize, cancellationToken);
            if (page.Facts.Count > 0 || page.Checkpoint != store.Checkpoint)
            {
                store.Append(page.Facts, page.Checkpoint);
                appended += page.Facts.Count;
            }

            if (page.CaughtUp || page.Facts.Count == 0)
            {
                break;
            }
        }

        _appendedSinceSave += appended;
        return appended;
    }

    /// <summary>Writes the snapshot (to a temporary file first, so a crash never leaves half a snapshot).</summary>
    public void Save()
    {
        var path = SnapshotPath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            FactStoreFile.Save(facts.Current, file);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        _appendedSinceSave = 0;
        _lastSave = time.GetUtcNow();
        LogSnapshotSaved(facts.Current.Count);
    }

    /// <summary>Loads, then follows the change feed until <paramref name="cancellationToken"/> fires; saves on the way out.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await LoadAsync(cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await CatchUpAsync(cancellationToken);
                    if (ShouldSave())
                    {
                        Save();
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The store may be briefly unreachable; the next poll tries again from the same checkpoint.
                    LogFollowFailed(exception);
                }

                await Task.Delay(options.Value.PollInterval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (_appendedSinceSave > 0)
            {
                Save();
            }
        }
    }

    private bool ShouldSave() =>
        _appendedSinceSave >= options.Value.SaveAfterFacts
        || (_appendedSinceSave > 0 && time.GetUtcNow() - _lastSave >= options.Value.SaveInterval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics snapshot loaded: {Facts} complaint facts")]
    private partial void LogSnapshotLoaded(long facts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Analytics snapshot refused; rebuilding from the change feed")]
    private partial void LogSnapshotRefused(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics store ready: {Facts} complaint facts ({CaughtUp} read from the change feed)")]
    private partial void LogCaughtUp(long facts, long caughtUp);

    [LoggerMessage(Level = LogLevel.Information, Message = "Analytics snapshot saved: {Facts} complaint facts")]
    private partial void LogSnapshotSaved(long facts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the complaint change feed failed; retrying at the next poll")]
    private partial void LogFollowFailed(Exception exception);
}
