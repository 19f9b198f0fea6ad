using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Messaging;
using RegulatorHub.Application.Storage;
using RegulatorHub.Application.Validation;

namespace RegulatorHub.Ingestion.Pipeline;

/// <summary>
/// Takes feed messages from the queue and records them: parse → validate → normalize on one task, de-duplicate →
/// store on another, so the CPU-bound stages overlap the database writes. A message is settled only after its
/// complaint (or its refusal) is durable: at-least-once, with idempotent storage making repeats harmless.
/// </summary>
/// <remarks>
/// Refused messages (unparseable, invalid, raw identifiers) go to the transport's dead-letter queue with the reason
/// when that queue is durable (a broker), where operators list and replay them; with the in-process queue they are
/// kept in the store's quarantine instead, so a restart loses none.
/// </remarks>
public sealed partial class IngestionWorker(
    IFeedReceiver receiver,
    IDeadLetterQueue deadLetterQueue,
    FeedMessageProcessor processor,
    ComplaintRecorder recorder,
    IngestionCounters counters,
    IOptions<IngestionOptions> options,
    TimeProvider timeProvider,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    private const int ParallelThreshold = 256;
    private static readonly TimeSpan s_firstBackoff = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan s_maxBackoff = TimeSpan.FromSeconds(30);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Two batches in flight at most: one being stored, one prepared behind it.
        var prepared = Channel.CreateBounded<PreparedBatch>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => PrepareLoopAsync(prepared.Writer, stoppingToken), CancellationToken.None);
        try
        {
            await RecordLoopAsync(prepared.Reader, stoppingToken);
        }
        finally
        {
            await producer;
        }
    }

    private async Task PrepareLoopAsync(ChannelWriter<PreparedBatch> writer, CancellationToken stoppingToken)
    {
        var batchSize = options.Value.BatchSize;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var deliveries = await receiver.ReceiveAsync(batchSize, stoppingToken);
                if (deliveries.Count == 0)
                {
                    continue;
                }

                counters.Received(deliveries.Count);
                var processed = Process(deliveries);

                await writer.WriteAsync(new PreparedBatch(deliveries, processed), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: undelivered messages stay in the queue.
        }
        finally
        {
            writer.TryComplete();
        }
    }

    // Parsing and normalizing cost about as much CPU as storing; spreading a large batch over all cores keeps this
    // stage ahead of the single SQLite writer instead of being the bottleneck.
    private ProcessedMessage[] Process(IReadOnlyList<IFeedDelivery> deliveries)
    {
        var processed = new ProcessedMessage[deliveries.Count];
        if (deliveries.Count < ParallelThreshold || Environment.ProcessorCount == 1)
        {
            for (var i = 0; i < deliveries.Count; i++)
            {
                processed[i] = processor.Process(deliveries[i].MessageId, deliveries[i].Body);
            }

            return processed;
        }

        var chunk = (deliveries.Count / Environment.ProcessorCount) + 1;
        Parallel.ForEach(Partitioner.Create(0, deliveries.Count, chunk), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                processed[i] = processor.Process(deliveries[i].MessageId, deliveries[i].Body);
            }
        });
        return processed;
    }

    private async Task RecordLoopAsync(ChannelReader<PreparedBatch> reader, CancellationToken stoppingToken)
    {
        var backoff = s_firstBackoff;

        // Drain what was prepared even while stopping, so work already taken from the queue is not lost;
        // settlement uses its own token for the same reason.
        await foreach (var batch in reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (deadLetterQueue.IsDurable)
                {
                    await DeadLetterRefusedAsync(batch);
                    await recorder.RecordAsync(batch.Accepted(), [], CancellationToken.None);
                }
                else
                {
                    await recorder.RecordAsync(batch.Processed, CancellationToken.None);
                }

                var now = timeProvider.GetUtcNow();
                for (var i = 0; i < batch.Deliveries.Count; i++)
                {
                    var delivery = batch.Deliveries[i];
                    if (batch.Processed[i].Complaint is not null || !deadLetterQueue.IsDurable)
                    {
                        await delivery.CompleteAsync(CancellationToken.None);
                    }

                    if (delivery.EnqueuedAt is { } enqueuedAt)
                    {
                        counters.Settled(now - enqueuedAt);
                    }
                }

                backoff = s_firstBackoff;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                counters.BatchFailed(new IngestionFailure(timeProvider.GetUtcNow(), batch.Deliveries.Count, exception.GetType().Name));
                LogBatchFailed(logger, batch.Deliveries.Count, exception.GetType().Name, backoff.TotalMilliseconds, exception);
                await HandBackAsync(batch, exception);
                if (!stoppingToken.IsCancellationRequested)
                {
                    await Task.Delay(backoff, timeProvider, CancellationToken.None);
                }

                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, s_maxBackoff.Ticks));
            }
        }
    }

    // Poison messages are set aside at once, before the batch's store write, so a store outage cannot hold them up.
    // Each is dead-lettered once: on a retry of the batch they are skipped (already settled).
    private async Task DeadLetterRefusedAsync(PreparedBatch batch)
    {
        var count = 0;
        for (var i = 0; i < batch.Deliveries.Count; i++)
        {
            if (batch.Processed[i].Quarantine is { } refusal && !batch.IsDeadLettered(i))
            {
                await batch.Deliveries[i].DeadLetterAsync(refusal.Reason, RefusalDescription.Of(refusal.Errors), CancellationToken.None);
                batch.MarkDeadLettered(i);
                count++;
            }
        }

        if (count > 0)
        {
            counters.DeadLettered(count);
        }
    }

    // A transient failure (store unavailable, timeout): hand the messages back to the queue, except those that
    // have failed too often, which are set aside in quarantine so they stop blocking the feed.
    private async Task HandBackAsync(PreparedBatch batch, Exception failure)
    {
        var maxDeliveries = options.Value.MaxDeliveryCount;
        var exhausted = new List<QuarantineEntry>();
        for (var i = 0; i < batch.Deliveries.Count; i++)
        {
            var delivery = batch.Deliveries[i];
            if (batch.IsDeadLettered(i))
            {
                continue;
            }

            if (delivery.DeliveryCount + 1 >= maxDeliveries && deadLetterQueue.IsDurable)
            {
                await delivery.DeadLetterAsync(QuarantineReason.DeliveryLimit, $"Not stored after {maxDeliveries} deliveries; last failure: {failure.GetType().Name}.", CancellationToken.None);
                counters.DeadLettered(1);
            }
            else if (delivery.DeliveryCount + 1 >= maxDeliveries)
            {
                var item = batch.Processed[i];
                exhausted.Add(new QuarantineEntry(
                    timeProvider.GetUtcNow(),
                    delivery.MessageId,
                    item.Complaint?.Source ?? item.Quarantine?.Source,
                    item.Complaint?.SourceCaseId ?? item.Quarantine?.SourceCaseId,
                    QuarantineReason.DeliveryLimit,
                    [new FieldError("$", "delivery-limit", $"Not stored after {maxDeliveries} deliveries; last failure: {failure.GetType().Name}.")],
                    delivery.Body.ToArray()));
            }
            else
            {
                await delivery.AbandonAsync(CancellationToken.None);
            }
        }

        if (exhausted.Count == 0)
        {
            return;
        }

        try
        {
            await recorder.RecordAsync([], exhausted, CancellationToken.None);
            foreach (var delivery in batch.Deliveries.Where(d => d.DeliveryCount + 1 >= maxDeliveries))
            {
                await delivery.CompleteAsync(CancellationToken.None);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The quarantine is unreachable too: the transport's dead-letter queue keeps them with the reason.
            foreach (var delivery in batch.Deliveries.Where(d => d.DeliveryCount + 1 >= maxDeliveries))
            {
                await delivery.DeadLetterAsync(QuarantineReason.DeliveryLimit, failure.GetType().Name, CancellationToken.None);
            }

            LogQuarantineUnavailable(logger, exhausted.Count, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing a batch of {Count} messages failed ({ErrorType}); handed back to the queue, retrying in {BackoffMs} ms")]
    private static partial void LogBatchFailed(ILogger logger, int count, string errorType, double backoffMs, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Quarantine unavailable ({ErrorType}); {Count} messages past the delivery limit were dead-lettered")]
    private static partial void LogQuarantineUnavailable(ILogger logger, int count, string errorType);

    private sealed record PreparedBatch(IReadOnlyList<IFeedDelivery> Deliveries, ProcessedMessage[] Processed)
    {
        private bool[]? _deadLettered;

        public IReadOnlyList<Domain.Complaints.Complaint> Accepted() =>
            [.. Processed.Where(p => p.Complaint is not null).Select(p => p.Complaint!)];

        public bool IsDeadLettered(int index) => _deadLettered?[index] ?? false;

        public void MarkDeadLettered(int index) => (_deadLettered ??= new bool[Processed.Length])[index] = true;
    }
}
