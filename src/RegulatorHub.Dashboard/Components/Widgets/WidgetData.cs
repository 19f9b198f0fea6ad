using Microsoft.Extensions.Logging;

namespace RegulatorHub.Dashboard.Components.Widgets;

/// <summary>
/// One widget's data and state for the filter it was computed for. Loads for an older filter that finish late are
/// dropped, so a slow query never overwrites a newer answer.
/// </summary>
public sealed class WidgetData<T> : IWidgetStatus
    where T : class
{
    private long _generation;

    /// <summary>The latest data (kept while a newer load runs, so the widget dims rather than blanks).</summary>
    public T? Value { get; private set; }

    /// <summary>Where the data stands.</summary>
    public WidgetState State { get; private set; } = WidgetState.Loading;

    /// <summary>The canonical filter <see cref="Value"/> was computed for.</summary>
    public string? Filter { get; private set; }

    /// <summary>What went wrong, when <see cref="State"/> is <see cref="WidgetState.Error"/>.</summary>
    public string? Error { get; private set; }

    /// <summary>
    /// Runs <paramref name="load"/> for <paramref name="filter"/> and records the outcome unless a newer load started
    /// meanwhile. Cancellation leaves the state alone (the load that cancelled it will record its own).
    /// </summary>
    /// <param name="filter">Canonical filter string the data is for.</param>
    /// <param name="load">The query.</param>
    /// <param name="isEmpty">Whether an answer has nothing to show.</param>
    /// <param name="logger">Where failures are logged (the exception type and message only: queries carry no personal data).</param>
    /// <param name="quiet">Keep the current state while loading (live refresh of the same filter).</param>
    /// <param name="cancellationToken">Cancelled when the filter changes or the page goes away.</param>
    /// <returns>Whether the outcome was recorded (the caller re-renders then).</returns>
    public async Task<bool> LoadAsync(
        string filter, Func<CancellationToken, Task<T>> load, Func<T, bool> isEmpty, ILogger logger, bool quiet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(isEmpty);
        var generation = Interlocked.Increment(ref _generation);
        if (!quiet)
        {
            State = WidgetState.Loading;
        }

        try
        {
            var value = await load(cancellationToken);
            if (generation != Volatile.Read(ref _generation))
            {
                return false;
            }

            Value = value;
            Filter = filter;
            Error = null;
            State = isEmpty(value) ? WidgetState.Empty : WidgetState.Ready;
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            if (generation != Volatile.Read(ref _generation))
            {
                return false;
            }

            logger.LogWarning("A dashboard query failed: {ExceptionType}: {Message}", exception.GetType().Name, exception.Message);
            Filter = filter;
            Error = exception.Message;
            State = WidgetState.Error;
            return true;
        }
    }
}
