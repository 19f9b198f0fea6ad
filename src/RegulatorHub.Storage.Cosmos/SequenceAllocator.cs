using System.Text.Json;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Numbers complaints in store order (the watermark, and what a likely-duplicate flag points at): a counter document
/// in <c>leases</c> hands out blocks, taken with an etag-guarded replace so concurrent processes never get the same
/// block; numbers within a block come from memory. Numbers grow but may have gaps (unused ends of blocks, duplicates).
/// </summary>
/// <remarks>
/// The next block is fetched in the background once half of the current one is used, so a store batch does not wait
/// for the counter's two round trips (a read and a replace) before it can start writing.
/// </remarks>
internal sealed class SequenceAllocator(CosmosDatabase database, int blockSize = 1000) : IDisposable
{
    private const string CounterId = "sequence-complaints";
    private readonly SemaphoreSlim _refill = new(1, 1);
    private long _next;
    private long _end;
    private Task<(long Start, long End)>? _prefetched;

    /// <summary>The next number (1 or more).</summary>
    public async ValueTask<long> NextAsync(CancellationToken cancellationToken)
    {
        await _refill.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_next >= _end)
            {
                // A prefetch that failed surfaces here once; the call after that asks the counter afresh.
                var pending = _prefetched ?? TakeBlockAsync(cancellationToken);
                _prefetched = null;
                (_next, _end) = await pending.ConfigureAwait(false);
            }

            if (_prefetched is null && _end - _next <= blockSize / 2)
            {
                _prefetched = TakeBlockAsync(CancellationToken.None);
            }

            return ++_next;
        }
        finally
        {
            _refill.Release();
        }
    }

    public void Dispose() => _refill.Dispose();

    private async Task<(long Start, long End)> TakeBlockAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var (current, etag) = await LeaseDocuments.ReadAsync(database, CounterId, cancellationToken).ConfigureAwait(false);
            using (current)
            {
                if (current is null || etag is null)
                {
                    (await LeaseDocuments.ReadOrCreateAsync(database, CounterId, w => w.WriteNumber("next", 0), cancellationToken).ConfigureAwait(false)).Dispose();
                    continue;
                }

                var start = current.RootElement.GetProperty("next").GetInt64();
                var end = start + blockSize;
                if (await LeaseDocuments.TryReplaceAsync(database, CounterId, etag, w => w.WriteNumber("next", end), cancellationToken).ConfigureAwait(false))
                {
                    return (start, end);
                }
            }
        }
    }
}
