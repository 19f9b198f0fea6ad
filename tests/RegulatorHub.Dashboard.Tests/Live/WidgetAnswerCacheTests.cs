using RegulatorHub.Dashboard.Live;

namespace RegulatorHub.Dashboard.Tests.Live;

public sealed class WidgetAnswerCacheTests : IDisposable
{
    private readonly WidgetAnswerCache _cache = new();

    [Fact]
    public async Task The_same_view_is_computed_once_and_concurrent_callers_share_the_computation()
    {
        var computed = 0;
        var release = new TaskCompletionSource<string>();
        Task<string> Compute(CancellationToken _)
        {
            Interlocked.Increment(ref computed);
            return release.Task;
        }

        var first = _cache.GetOrComputeAsync("page|widget|filter|42", Compute, CancellationToken.None);
        var second = _cache.GetOrComputeAsync("page|widget|filter|42", Compute, CancellationToken.None);
        release.SetResult("answer");

        Assert.Equal("answer", await first);
        Assert.Equal("answer", await second);
        Assert.Equal("answer", await _cache.GetOrComputeAsync("page|widget|filter|42", Compute, CancellationToken.None));
        Assert.Equal(1, computed);
    }

    [Fact]
    public async Task A_new_watermark_is_a_new_key_and_is_computed_afresh()
    {
        await _cache.GetOrComputeAsync("w|1", _ => Task.FromResult("old"), CancellationToken.None);

        Assert.Equal("new", await _cache.GetOrComputeAsync("w|2", _ => Task.FromResult("new"), CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_or_abandoned_computation_is_not_kept()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _cache.GetOrComputeAsync<string>("k", _ => Task.FromException<string>(new InvalidOperationException("store down")), CancellationToken.None));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _cache.GetOrComputeAsync("c", ct => Task.FromCanceled<string>(ct), cancelled.Token));

        Assert.Equal("retried", await _cache.GetOrComputeAsync("k", _ => Task.FromResult("retried"), CancellationToken.None));
        Assert.Equal("retried", await _cache.GetOrComputeAsync("c", _ => Task.FromResult("retried"), CancellationToken.None));
    }

    [Fact]
    public async Task A_caller_that_moves_on_does_not_take_the_answer_from_one_still_waiting()
    {
        using var leaving = new CancellationTokenSource();
        var release = new TaskCompletionSource<string>();
        var first = _cache.GetOrComputeAsync("k", ct => release.Task.WaitAsync(ct), leaving.Token);
        var second = _cache.GetOrComputeAsync("k", _ => Task.FromResult("recomputed"), CancellationToken.None);

        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("recomputed", await second);
    }

    public void Dispose() => _cache.Dispose();
}
