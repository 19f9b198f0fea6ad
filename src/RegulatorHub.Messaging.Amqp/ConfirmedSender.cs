using System.Collections.Concurrent;
using Amqp;
using Amqp.Framing;
using Microsoft.Extensions.Logging;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// A sender link to one address that reports each message's outcome and never loses one to a connection drop:
/// at most <c>maxInFlight</c> messages await their outcome at once; those still unconfirmed when the link dies are
/// sent again on the next link (the broker may then hold a duplicate, which the receivers' idempotency absorbs).
/// </summary>
internal sealed partial class ConfirmedSender : IAsyncDisposable
{
    private readonly AmqpConnection _connection;
    private readonly string _address;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _attachGate = new(1, 1);
    private readonly ConcurrentDictionary<long, PendingSend> _pending = new();
    private readonly Lock _lock = new();
    private SenderLink? _link;
    private long _nextId;
    private bool _disposed;

    public ConfirmedSender(AmqpConnection connection, string address, int maxInFlight, ILogger logger)
    {
        _connection = connection;
        _address = address;
        _logger = logger;
        _slots = new SemaphoreSlim(maxInFlight, maxInFlight);
    }

    /// <summary>Messages sent and not yet confirmed.</summary>
    public int InFlight => _pending.Count;

    /// <summary>
    /// Sends the message <paramref name="createMessage"/> builds (called again for a re-send) and completes when the
    /// broker has accepted it. Waits first while <c>maxInFlight</c> messages are unconfirmed.
    /// </summary>
    /// <exception cref="AmqpSendRejectedException">The broker refused the message.</exception>
    public async Task SendAsync(Func<Message> createMessage, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        var pending = new PendingSend(Interlocked.Increment(ref _nextId), createMessage);
        _pending[pending.Id] = pending;
        try
        {
            var link = await GetLinkAsync(cancellationToken);
            Transmit(link, pending);
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // Not handed to any link yet: nothing to confirm.
            if (_pending.TryRemove(pending.Id, out _))
            {
                _slots.Release();
            }

            throw;
        }

        // Once handed over, the send cannot be taken back; the caller may stop waiting but the slot frees on the outcome.
        await pending.Outcome.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        SenderLink? link;
        lock (_lock)
        {
            _disposed = true;
            link = _link;
            _link = null;
        }

        foreach (var pending in _pending.Values)
        {
            pending.Outcome.TrySetException(new ObjectDisposedException(nameof(ConfirmedSender), $"The sender to {_address} was closed before the broker confirmed the message."));
        }

        if (link is { IsClosed: false })
        {
            try
            {
                await link.CloseAsync(TimeSpan.FromSeconds(5), null);
            }
            catch (Exception exception) when (exception is AmqpException or TimeoutException or ObjectDisposedException)
            {
                LogCloseFailed(_logger, _address, exception.Message);
            }
        }

        _attachGate.Dispose();
    }

    private async Task<SenderLink> GetLinkAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_link is { IsClosed: false } open)
            {
                return open;
            }
        }

        await _attachGate.WaitAsync(cancellationToken);
        try
        {
            lock (_lock)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_link is { IsClosed: false } open)
                {
                    return open;
                }
            }

            var session = await _connection.GetSessionAsync(cancellationToken);
            var link = new SenderLink(session, $"regulatorhub-sender-{Guid.NewGuid():N}", new Target { Address = _address, Durable = 1 }, null);
            link.AddClosedCallback(OnLinkClosed);
            lock (_lock)
            {
                _link = link;
            }

            // Messages a dead link left unconfirmed go out again first, in their original order. Those never handed to
            // a link (Link null) belong to a SendAsync call still on its way, which transmits them itself.
            foreach (var pending in _pending.Values.Where(p => p.Link is not null && !ReferenceEquals(p.Link, link)).OrderBy(p => p.Id))
            {
                Transmit(link, pending);
            }

            return link;
        }
        finally
        {
            _attachGate.Release();
        }
    }

    private void Transmit(SenderLink link, PendingSend pending)
    {
        pending.Link = link;
        try
        {
            link.Send(pending.CreateMessage(), OnOutcome, pending);
        }
        catch (Exception exception) when (exception is AmqpException or ObjectDisposedException)
        {
            // The link died under us; its closed callback re-attaches and sends this one again.
            LogTransmitFailed(_logger, _address, exception.Message);
            SendAgainIfRelinked(pending);
        }
    }

    /// <summary>
    /// For a send its dead link gave back: if a newer link is already open (it attached before this send was handed
    /// to the old one, so its re-send pass missed it), send it there; otherwise the next attach will.
    /// </summary>
    private void SendAgainIfRelinked(PendingSend pending)
    {
        SenderLink? current;
        lock (_lock)
        {
            current = _link;
        }

        if (current is { IsClosed: false } && !ReferenceEquals(current, pending.Link) && _pending.ContainsKey(pending.Id))
        {
            Transmit(current, pending);
        }
    }

    private void OnOutcome(ILink link, Message message, Outcome outcome, object state)
    {
        var pending = (PendingSend)state;
        if (outcome is Accepted)
        {
            Finish(pending, null);
            return;
        }

        if (((Link)link).IsClosed || !ReferenceEquals(pending.Link, link))
        {
            // An aborted link reports its unsettled sends as rejected/released: that is the connection, not the
            // broker's verdict. Leave it pending; the next link sends it again.
            SendAgainIfRelinked(pending);
            return;
        }

        var (condition, description) = outcome switch
        {
            Rejected rejected => (rejected.Error?.Condition?.ToString() ?? "rejected", rejected.Error?.Description),
            Released => ("released", "the broker released the message instead of accepting it"),
            Modified => ("modified", "the broker did not accept the message"),
            _ => (outcome.GetType().Name, null),
        };
        Finish(pending, new AmqpSendRejectedException(_address, condition, description));
    }

    private void Finish(PendingSend pending, Exception? failure)
    {
        if (!_pending.TryRemove(pending.Id, out _))
        {
            return; // already finished (a duplicate outcome from a re-send)
        }

        _slots.Release();
        if (failure is null)
        {
            pending.Outcome.TrySetResult();
        }
        else
        {
            pending.Outcome.TrySetException(failure);
        }
    }

    private void OnLinkClosed(IAmqpObject sender, Error? error)
    {
        lock (_lock)
        {
            if (_disposed || !ReferenceEquals(sender, _link))
            {
                return;
            }

            _link = null;
        }

        LogLinkLost(_logger, _address, error?.Condition?.ToString() ?? "none", error?.Description ?? "closed", _pending.Count);
        if (!_pending.IsEmpty)
        {
            _ = ResendAfterLinkLossAsync();
        }
    }

    private async Task ResendAfterLinkLossAsync()
    {
        var backoff = new ExponentialBackoff(_connection.Options.ReconnectBackoffMin, _connection.Options.ReconnectBackoffMax);
        while (!_pending.IsEmpty)
        {
            try
            {
                var link = await GetLinkAsync(_connection.Disposing);
                if (!link.IsClosed)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                return; // disposing: DisposeAsync fails what is left
            }
            catch (Exception exception) when (exception is AmqpException or TimeoutException)
            {
                LogTransmitFailed(_logger, _address, exception.Message);
            }

            try
            {
                await Task.Delay(backoff.Next(), _connection.Disposing);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AMQP sender link to {Address} lost ({Condition}: {Description}); {Pending} unconfirmed messages will be sent again.")]
    private static partial void LogLinkLost(ILogger logger, string address, string condition, string description, int pending);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Sending to {Address} failed on a dying link; it is sent again after re-attaching: {Error}")]
    private static partial void LogTransmitFailed(ILogger logger, string address, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing the AMQP sender link to {Address} failed: {Error}")]
    private static partial void LogCloseFailed(ILogger logger, string address, string error);

    private sealed class PendingSend(long id, Func<Message> createMessage)
    {
        public long Id => id;

        public Func<Message> CreateMessage => createMessage;

        public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The link it was last handed to (volatile: read from the I/O thread's outcome callback).</summary>
        public SenderLink? Link
        {
            get => Volatile.Read(ref _link);
            set => Volatile.Write(ref _link, value);
        }

        private SenderLink? _link;
    }
}
