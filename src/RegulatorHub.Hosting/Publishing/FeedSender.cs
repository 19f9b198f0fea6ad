using System.Diagnostics;
using System.Threading.RateLimiting;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Hosting.Publishing;

/// <summary>
/// Sends a stream of feed messages through an <see cref="IFeedPublisher"/>, flat out or at a steady rate, with many
/// sends in flight so the transport's round trips overlap. Completes only when every send was accepted.
/// </summary>
public sealed class FeedSender(IFeedPublisher publisher)
{
    /// <summary>Sends awaiting the transport's acceptance at once; enough to hide a broker round trip at 20,000/s.</summary>
    public const int DefaultWindow = 512;

    /// <summary>Sends <paramref name="messages"/>; reports the running count to <paramref name="progress"/> about 4 times a second.</summary>
    /// <param name="messages">What to send, in order.</param>
    /// <param name="ratePerSecond">Messages per second, or <see langword="null"/> for as fast as the transport takes them.</param>
    /// <param name="progress">Receives the number sent and accepted so far.</param>
    /// <param name="cancellationToken">Stops sending; sends already in flight are still awaited.</param>
    /// <returns>How many were sent and accepted.</returns>
    public async Task<long> SendAsync(
        IAsyncEnumerable<OutboundFeedMessage> messages, double? ratePerSecond, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (ratePerSecond is <= 0 or > 1_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(ratePerSecond), ratePerSecond, "The rate must be between 0 and 1,000,000 messages per second.");
        }

        using var limiter = ratePerSecond is { } rate ? CreateLimiter(rate) : null;
        var inFlight = new Queue<Task>(DefaultWindow);
        long accepted = 0;
        var lastReport = Stopwatch.StartNew();
        await foreach (var message in messages.WithCancellation(cancellationToken))
        {
            if (limiter is not null)
            {
                using var lease = await limiter.AcquireAsync(1, cancellationToken);
            }

            if (inFlight.Count >= DefaultWindow)
            {
                await inFlight.Dequeue();
                accepted++;
            }

            inFlight.Enqueue(publisher.PublishAsync(message, cancellationToken).AsTask());
            if (progress is not null && lastReport.ElapsedMilliseconds >= 250)
            {
                progress.Report(accepted);
                lastReport.Restart();
            }
        }

        // Every send must be accepted before reporting success; the first failure is rethrown.
        while (inFlight.Count > 0)
        {
            await inFlight.Dequeue();
            accepted++;
        }

        progress?.Report(accepted);
        return accepted;
    }

    // Tokens refill about every 50 ms (or per message at low rates) so the flow is smooth rather than one burst a
    // second; the period is derived from the whole tokens per refill so the average rate is exact.
    private static TokenBucketRateLimiter CreateLimiter(double rate)
    {
        var perPeriod = Math.Max(1, (int)(rate * 0.05));
        return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = perPeriod,
            TokensPerPeriod = perPeriod,
            ReplenishmentPeriod = TimeSpan.FromSeconds(perPeriod / rate),
            QueueLimit = 1,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }
}
