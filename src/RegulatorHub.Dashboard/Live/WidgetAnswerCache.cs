using Microsoft.Extensions.Caching.Memory;

namespace RegulatorHub.Dashboard.Live;

/// <summary>
/// Widget answers shared across circuits, keyed by page, widget, filter and data watermark. A new watermark (new
/// complaints) makes every older entry unreachable, so an answer is never stale; bounded in entries and idle time.
/// Concurrent requests for the same key share one computation.
/// </summary>
public sealed class WidgetAnswerCache : IDisposable
{
    /// <summary>Answers kept at most (each is a small result: a ranking, a trend, a hotspot list).</summary>
    public const int Capacity = 2_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    /// <summary>Answers held now (a health and test figure).</summary>
    public int Count => _cache.Count;

    /// <summary>The cached answer for <paramref name="key"/>, or <paramref name="compute"/>'s, which is then kept.</summary>
    public async Task<T> GetOrComputeAsync<T>(string key, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_cache.TryGetValue(key, out Task<T>? pending) && pending is not null)
        {
            try
            {
                return await pending.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (pending.IsCanceled && !cancellationToken.IsCancellationRequested)
            {
                // The caller that started it moved on to another filter; this one still wants the answer.
            }
        }

        // Cancelled with its caller's token, so a filter change stops work nobody waits for; a faulted or cancelled
        // computation is dropped, so the next caller computes afresh.
        var task = compute(cancellationToken);
        _ = _cache.Set(key, task, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        try
        {
            return await task;
        }
        catch (Exception) when (task.IsFaulted || task.IsCanceled)
        {
            _cache.Remove(key);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _cache.Dispose();
}
