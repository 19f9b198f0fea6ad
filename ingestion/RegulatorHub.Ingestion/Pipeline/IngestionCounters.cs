using System.Diagnostics.Metrics;

namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>
/// Running totals of the ingestion pipeline in this process, published as metrics (meter
/// <c>RegulatorHub.Ingestion</c>) and readable as a snapshot for health checks and the dashboard.
/// </summary>
public sealed class IngestionCounters : IDisposable
{
    /// <summary>Name of the meter the counters are published on.</summary>
    public const string MeterName = "RegulatorHub.Ingestion";

    /// <summary>Failed batches remembered for the ingestion health page.</summary>
    public const int RecentFailureCapacity = 20;

    private readonly Queue<IngestionFailure> _recentFailures = new(RecentFailureCapacity);

    private readonly Meter _meter;
    private readonly Counter<long> _received;
    private readonly Counter<long> _stored;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _quarantined;
    private readonly Counter<long> _crossChannel;
    private readonly Counter<long> _deadLettered;
    private readonly Histogram<double> _endToEndLatency;
    private long _receivedTotal;
    private long _storedTotal;
    private long _duplicateTotal;
    private long _quarantinedTotal;
    private long _crossChannelTotal;
    private long _failedBatches;
    private long _deadLetteredTotal;
    private long _lastLatencyMs = -1;

    /// <summary>Creates the counters on a new meter.</summary>
    public IngestionCounters()
    {
        _meter = new Meter(MeterName);
        _received = _meter.CreateCounter<long>("regulatorhub.ingestion.received", "{message}", "Messages received from the feed queue.");
        _stored = _meter.CreateCounter<long>("regulatorhub.ingestion.stored", "{complaint}", "Complaints newly stored.");
        _duplicates = _meter.CreateCounter<long>("regulatorhub.ingestion.duplicates", "{message}", "Re-sent messages already stored.");
        _quarantined = _meter.CreateCounter<long>("regulatorhub.ingestion.quarantined", "{message}", "Messages refused and kept in quarantine.");
        _crossChannel = _meter.CreateCounter<long>("regulatorhub.ingestion.cross_channel_duplicates", "{complaint}", "Stored complaints flagged as likely duplicates from another channel.");
        _deadLettered = _meter.CreateCounter<long>("regulatorhub.ingestion.dead_lettered", "{message}", "Messages moved to the transport's dead-letter queue with a reason.");
        _endToEndLatency = _meter.CreateHistogram<double>("regulatorhub.ingestion.end_to_end_latency", "ms", "From enqueue to durably stored, per message.");
    }

    /// <summary>A consistent-enough reading of all totals.</summary>
    public IngestionSnapshot Snapshot() => new(
        Interlocked.Read(ref _receivedTotal),
        Interlocked.Read(ref _storedTotal),
        Interlocked.Read(ref _duplicateTotal),
        Interlocked.Read(ref _quarantinedTotal),
        Interlocked.Read(ref _crossChannelTotal),
        Interlocked.Read(ref _failedBatches),
        Interlocked.Read(ref _deadLetteredTotal),
        Interlocked.Read(ref _lastLatencyMs) is var ms and >= 0 ? TimeSpan.FromMilliseconds(ms) : null);

    internal void Received(int count)
    {
        Interlocked.Add(ref _receivedTotal, count);
        _received.Add(count);
    }

    internal void Recorded(IngestionBatchResult result)
    {
        Interlocked.Add(ref _storedTotal, result.Stored);
        Interlocked.Add(ref _duplicateTotal, result.Duplicates);
        Interlocked.Add(ref _quarantinedTotal, result.Quarantined);
        Interlocked.Add(ref _crossChannelTotal, result.LikelyCrossChannelDuplicates);
        _stored.Add(result.Stored);
        _duplicates.Add(result.Duplicates);
        _quarantined.Add(result.Quarantined);
        _crossChannel.Add(result.LikelyCrossChannelDuplicates);
    }

    /// <summary>The most recent failed batches, newest first (at most <see cref="RecentFailureCapacity"/>).</summary>
    public IReadOnlyList<IngestionFailure> RecentFailures()
    {
        lock (_recentFailures)
        {
            return _recentFailures.Reverse().ToList();
        }
    }

    internal void BatchFailed(IngestionFailure failure)
    {
        Interlocked.Increment(ref _failedBatches);
        lock (_recentFailures)
        {
            if (_recentFailures.Count == RecentFailureCapacity)
            {
                _recentFailures.Dequeue();
            }

            _recentFailures.Enqueue(failure);
        }
    }

    internal void DeadLettered(int count)
    {
        Interlocked.Add(ref _deadLetteredTotal, count);
        _deadLettered.Add(count);
    }

    internal void Settled(TimeSpan endToEnd)
    {
        var ms = Math.Max(0, endToEnd.TotalMilliseconds);
        Interlocked.Exchange(ref _lastLatencyMs, (long)ms);
        _endToEndLatency.Record(ms);
    }

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
