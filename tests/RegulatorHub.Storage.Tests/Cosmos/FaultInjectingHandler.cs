using System.Net;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>
/// Stands between the SDK and the server and fails a share of document requests the two ways a real service does:
/// 429 with a retry-after before the request reaches the server (throttled, nothing done), and 503 after the server
/// applied it (the answer lost on the way back). Seeded, so a failing run can be replayed.
/// </summary>
internal sealed class FaultInjectingHandler(HttpMessageHandler inner, double share, int seed) : DelegatingHandler(inner)
{
    private readonly Random _random = new(seed);
    private int _throttled;
    private int _lostAnswers;

    public int Throttled => Volatile.Read(ref _throttled);

    public int LostAnswers => Volatile.Read(ref _lostAnswers);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // Only item operations: account and container metadata are read once and cached by the SDK.
        if (request.RequestUri?.AbsolutePath.Contains("/docs", StringComparison.Ordinal) != true)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        double roll;
        lock (_random)
        {
            roll = _random.NextDouble();
        }

        if (roll < share / 2)
        {
            Interlocked.Increment(ref _throttled);
            var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request, Content = new StringContent("{\"code\":\"TooManyRequests\",\"message\":\"injected\"}") };
            throttled.Headers.Add("x-ms-retry-after-ms", "5");
            throttled.Headers.Add("x-ms-substatus", "3200");
            return throttled;
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (roll < share)
        {
            Interlocked.Increment(ref _lostAnswers);
            response.Dispose();
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request, Content = new StringContent("{\"code\":\"ServiceUnavailable\",\"message\":\"injected\"}") };
        }

        return response;
    }
}
