using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Messaging.InProcess;

namespace RegulatorHub.Dashboard.Live;

/// <summary>
/// Reads the ingestion totals every second from host start and keeps the last two minutes, so the health page shows
/// throughput and its recent shape the moment it opens instead of after a wait of its own.
/// </summary>
/// <param name="counters">The pipeline's totals.</param>
/// <param name="time">Clock and timer.</param>
/// <param name="queue">The in-process queue, with the embedded default; with a broker the backlog is the broker's to report.</param>
public sealed class IngestionRateSampler(IngestionCounters counters, TimeProvider time, InProcessFeedQueue? queue = null) : IHostedService, IDisposable
{
    /// <summary>Samples kept (one per second).</summary>
    public const int Capacity = 120;

    private readonly Queue<IngestionSample> _samples = new(Capacity);
    private ITimer? _timer;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Sample();
        _timer = time.CreateTimer(_ => Sample(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _timer?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The samples, oldest first.</summary>
    public IReadOnlyList<IngestionSample> Samples()
    {
        lock (_samples)
        {
            return _samples.ToList();
        }
    }

    /// <summary>Complaints settled per second over the last <paramref name="window"/> (or as much of it as was sampled).</summary>
    public double SettledPerSecond(TimeSpan window)
    {
        var samples = Samples();
        if (samples.Count < 2)
        {
            return 0;
        }

        var last = samples[^1];
        var first = samples.LastOrDefault(s => last.At - s.At >= window) ?? samples[0];
        var seconds = (last.At - first.At).TotalSeconds;
        return seconds <= 0 ? 0 : (last.Totals.Settled - first.Totals.Settled) / seconds;
    }

    /// <summary>Takes one sample now.</summary>
    public void Sample()
    {
        var sample = new IngestionSample(time.GetUtcNow(), counters.Snapshot(), queue?.Pending);
        lock (_samples)
        {
            if (_samples.Count == Capacity)
            {
                _samples.Dequeue();
            }

            _samples.Enqueue(sample);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();
}
