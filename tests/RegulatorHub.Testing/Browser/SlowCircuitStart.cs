using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.Playwright;

namespace RegulatorHub.Testing.Browser;

/// <summary>
/// Holds back what the server sends on a page's Blazor circuit connection for a while after the page asks for a
/// circuit, as a loaded server would: the page then waits for its circuit with the new address not yet taken up.
/// </summary>
/// <remarks>
/// The page's own messages pass at once and the server's keep their order; only their delivery waits. The circuit
/// request is recognised by its hub method name, which the MessagePack-encoded frame carries as plain text.
/// </remarks>
public sealed partial class SlowCircuitStart
{
    private readonly TaskCompletionSource<DateTimeOffset> _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TimeSpan _hold;
    private readonly TimeProvider _time = TimeProvider.System;

    private SlowCircuitStart(TimeSpan hold) => _hold = hold;

    /// <summary>Completes when the page has sent its request for a circuit.</summary>
    public Task Requested => _requested.Task;

    /// <summary>
    /// Routes <paramref name="page"/>'s circuit connection through a relay that holds the server's messages back for
    /// <paramref name="hold"/> from the moment the page asks for a circuit. Call before the page loads.
    /// </summary>
    /// <param name="page">The page, before it opens the dashboard.</param>
    /// <param name="hold">How long the server's messages wait after the circuit request.</param>
    public static async Task<SlowCircuitStart> RouteAsync(IPage page, TimeSpan hold)
    {
        ArgumentNullException.ThrowIfNull(page);
        var relay = new SlowCircuitStart(hold);
        await page.RouteWebSocketAsync(CircuitConnection(), relay.Relay);
        return relay;
    }

    private void Relay(IWebSocketRoute pageSide)
    {
        var serverSide = pageSide.ConnectToServer();
        var toPage = Channel.CreateUnbounded<IWebSocketFrame>(new UnboundedChannelOptions { SingleReader = true });
        _ = DeliverAsync(toPage.Reader, pageSide);
        serverSide.OnMessage(frame => toPage.Writer.TryWrite(frame));
        pageSide.OnMessage(frame =>
        {
            if (IsCircuitRequest(frame))
            {
                _requested.TrySetResult(_time.GetUtcNow());
            }

            Send(serverSide, frame);
        });
    }

    private async Task DeliverAsync(ChannelReader<IWebSocketFrame> frames, IWebSocketRoute pageSide)
    {
        await foreach (var frame in frames.ReadAllAsync())
        {
            if (_requested.Task.IsCompleted)
            {
                var wait = await _requested.Task + _hold - _time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time);
                }
            }

            Send(pageSide, frame);
        }
    }

    private static bool IsCircuitRequest(IWebSocketFrame frame) =>
        (frame.Binary is { } bytes ? Encoding.UTF8.GetString(bytes) : frame.Text ?? string.Empty).Contains("StartCircuit", StringComparison.Ordinal);

    private static void Send(IWebSocketRoute side, IWebSocketFrame frame)
    {
        if (frame.Binary is { } bytes)
        {
            side.Send(bytes);
        }
        else
        {
            side.Send(frame.Text!);
        }
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex CircuitConnection();
}
