using System.Net;
using Microsoft.Azure.Cosmos;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Retries a request the service answered 429 (request rate too large) or 503 (service unavailable): waits the
/// server's <c>x-ms-retry-after-ms</c> when it sent one, else a capped exponential backoff, then asks again. Any other
/// answer goes back to the caller. The SDK retries 429s itself first; this covers what it gives up on and the 503s.
/// </summary>
internal sealed class CosmosRetry(int maxRetries, TimeProvider timeProvider)
{
    private static readonly TimeSpan s_firstBackoff = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan s_maxBackoff = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan s_maxRetryAfter = TimeSpan.FromMinutes(1);
    private long _retries;

    /// <summary>Requests retried since start (a health and benchmark figure).</summary>
    public long Retries => Interlocked.Read(ref _retries);

    /// <summary>Runs <paramref name="send"/> until it gets a non-transient answer or the retries run out.</summary>
    /// <param name="send">Sends the request; the attempt number (1 = first) lets the caller know a retry happened.</param>
    /// <param name="cancellationToken">Cancels the waits and the requests.</param>
    /// <returns>The last response and how many attempts were made; the caller disposes the response.</returns>
    public async Task<(ResponseMessage Response, int Attempts)> SendAsync(Func<int, CancellationToken, Task<ResponseMessage>> send, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await send(attempt, cancellationToken).ConfigureAwait(false);
            if (!IsTransient(response.StatusCode) || attempt > maxRetries)
            {
                return (response, attempt);
            }

            var wait = WaitBefore(attempt, RetryAfter(response));
            response.Dispose();
            Interlocked.Increment(ref _retries);
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Waits before attempt <paramref name="attempt"/> + 1 of a request this class does not send itself (a transactional
    /// batch): the server's <paramref name="retryAfter"/> when it gave one, else the backoff; counted as a retry.
    /// </summary>
    public Task PauseAsync(int attempt, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _retries);
        return Task.Delay(WaitBefore(attempt, retryAfter), timeProvider, cancellationToken);
    }

    /// <summary>
    /// How long to wait before attempt <paramref name="attempt"/> + 1: the server's <paramref name="retryAfter"/> (at
    /// most a minute) when it gave one, else a capped exponential backoff.
    /// </summary>
    public static TimeSpan WaitBefore(int attempt, TimeSpan? retryAfter) =>
        retryAfter is { Ticks: > 0 } after ? TimeSpan.FromTicks(Math.Min(after.Ticks, s_maxRetryAfter.Ticks)) : Backoff(attempt);

    /// <summary>429 and 503 are worth asking again after a pause; 408 (the gateway timed out) too.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout;

    private static TimeSpan? RetryAfter(ResponseMessage response) =>
        long.TryParse(response.Headers["x-ms-retry-after-ms"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms > 0
            ? TimeSpan.FromMilliseconds(Math.Min(ms, (long)s_maxRetryAfter.TotalMilliseconds))
            : null;

    private static TimeSpan Backoff(int attempt)
    {
        var ticks = s_firstBackoff.Ticks << Math.Min(attempt - 1, 10);
        return TimeSpan.FromTicks(Math.Min(ticks, s_maxBackoff.Ticks));
    }
}
