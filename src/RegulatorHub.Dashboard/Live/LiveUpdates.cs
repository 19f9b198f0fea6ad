using RegulatorHub.Application.Analytics;

namespace RegulatorHub.Dashboard.Live;

/// <summary>
/// Tells open pages when new complaints have reached the analytics store, at most once per interval however fast
/// they arrive: a page refreshing on every batch would flicker and load the server for nothing.
/// </summary>
public sealed class LiveUpdates : IDisposable
{
    /// <summary>How often the store's watermark is checked (and so the most often pages refresh).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly ComplaintAnalytics _analytics;
    private readonly ITimer _timer;
    private string? _lastWatermark;

    /// <summary>Starts watching the analytics store.</summary>
    public LiveUpdates(ComplaintAnalytics analytics, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _analytics = analytics;
        _lastWatermark = analytics.Coverage().Watermark;
        _timer = time.CreateTimer(_ => Check(), null, Interval, Interval);
    }

    /// <summary>Raised (on a timer thread) when the store holds newer complaints than at the previous check.</summary>
    public event Action? Changed;

    /// <summary>Compares the watermark with the previous check and raises <see cref="Changed"/> if it moved.</summary>
    public void Check()
    {
        if (!_analytics.IsReady)
        {
            return;
        }

        var watermark = _analytics.Coverage().Watermark;
        if (watermark != Interlocked.Exchange(ref _lastWatermark, watermark))
        {
            Changed?.Invoke();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();
}
