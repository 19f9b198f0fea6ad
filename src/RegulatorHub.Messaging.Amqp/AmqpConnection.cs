using Amqp;
using Amqp.Framing;
using Amqp.Sasl;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// The one AMQP connection and session the adapter's links share. Connects on first use; after the connection is
/// lost it reconnects in the background with exponential backoff (<c>ReconnectBackoffMin</c> … <c>ReconnectBackoffMax</c>)
/// until disposed. Links notice the loss through their own closed callbacks and attach again on the next session.
/// </summary>
public sealed partial class AmqpConnection : IAsyncDisposable, IDisposable
{
    private readonly AmqpMessagingOptions _options;
    private readonly AmqpTransportMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<AmqpConnection> _logger;
    private readonly CancellationTokenSource _disposing = new();
    private readonly Lock _lock = new();
    private Connection? _connection;
    private Session? _session;
    private Task<Session>? _connecting;
    private DateTimeOffset? _disconnectedSince;
    private bool _everConnected;

    /// <summary>Creates the connection object; nothing is opened until a link needs it.</summary>
    public AmqpConnection(IOptions<AmqpMessagingOptions> options, AmqpTransportMetrics metrics, TimeProvider time, ILogger<AmqpConnection> logger)
    {
        _options = options.Value;
        Endpoint = AmqpEndpoint.Resolve(_options);
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    /// <summary>Whether a connection and session are open now.</summary>
    public bool IsConnected
    {
        get
        {
            lock (_lock)
            {
                return IsOpen(_connection, _session);
            }
        }
    }

    /// <summary>Since when the connection has been down and being re-established; null while connected or before first use.</summary>
    public DateTimeOffset? DisconnectedSince
    {
        get
        {
            lock (_lock)
            {
                return _disconnectedSince;
            }
        }
    }

    /// <summary>The broker host (for health reports and logs; carries no secret).</summary>
    public string Host => Endpoint.Host;

    /// <summary>The broker profile.</summary>
    public AmqpProfile Profile => Endpoint.Profile;

    /// <summary>The complaint queue's name.</summary>
    public string QueueName => Endpoint.QueueName;

    internal AmqpEndpoint Endpoint { get; }

    internal AmqpMessagingOptions Options => _options;

    internal CancellationToken Disposing => _disposing.Token;

    /// <summary>
    /// The open session, connecting first if needed. While the broker is unreachable this waits (retrying with
    /// backoff) until it is reachable again, <paramref name="cancellationToken"/> is cancelled or this is disposed.
    /// </summary>
    public Task<Session> GetSessionAsync(CancellationToken cancellationToken)
    {
        Task<Session> connecting;
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposing.IsCancellationRequested, this);
            if (IsOpen(_connection, _session))
            {
                return Task.FromResult(_session!);
            }

            connecting = _connecting ??= ConnectWithBackoffAsync();
        }

        return connecting.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// A new session of its own on the current connection (connecting first if needed), for a receiver. RabbitMQ
    /// keeps a detached link's unsettled messages locked until its session ends, so a receiver that closes or loses a
    /// link ends that link's session too, which hands those messages back to the queue.
    /// </summary>
    public async Task<Session> OpenSessionAsync(CancellationToken cancellationToken)
    {
        var shared = await GetSessionAsync(cancellationToken);
        return new Session(shared.Connection);
    }

    /// <summary>
    /// For containers disposed synchronously (a plain <c>using</c> of a host or service provider): waits for the
    /// asynchronous close, which is bounded by its own timeouts. Prefer <see cref="DisposeAsync"/>.
    /// </summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Closes the connection; waiting callers get <see cref="ObjectDisposedException"/> or cancellation.</summary>

    public async ValueTask DisposeAsync()
    {
        Connection? connection;
        lock (_lock)
        {
            if (_disposing.IsCancellationRequested)
            {
                return;
            }

            _disposing.Cancel();
            connection = _connection;
            _connection = null;
            _session = null;
        }

        if (connection is { IsClosed: false })
        {
            try
            {
                await connection.CloseAsync(TimeSpan.FromSeconds(5), null);
            }
            catch (Exception exception) when (exception is AmqpException or TimeoutException or ObjectDisposedException or IOException)
            {
                LogCloseFailed(_logger, exception.Message);
            }
        }

        _disposing.Dispose();
    }

    private static bool IsOpen(Connection? connection, Session? session) =>
        connection is { IsClosed: false } && session is { IsClosed: false };

    private async Task<Session> ConnectWithBackoffAsync()
    {
        // Run the loop off the caller's stack: GetSessionAsync holds the lock when it starts this.
        await Task.Yield();
        var backoff = new ExponentialBackoff(_options.ReconnectBackoffMin, _options.ReconnectBackoffMax);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (connection, session) = await ConnectOnceAsync();
                bool reconnected;
                lock (_lock)
                {
                    if (_disposing.IsCancellationRequested)
                    {
                        connection.Close(TimeSpan.Zero, null);
                        throw new ObjectDisposedException(nameof(AmqpConnection));
                    }

                    (_connection, _session, _connecting) = (connection, session, null);
                    reconnected = _everConnected;
                    _everConnected = true;
                    _disconnectedSince = null;
                }

                if (reconnected)
                {
                    _metrics.Reconnected();
                    LogReconnected(_logger, Endpoint.Host, Endpoint.Port, attempt);
                }

                if (Endpoint.CbsKeyName is not null)
                {
                    _ = RenewTokenUntilClosedAsync(connection, session);
                }

                return session;
            }
            catch (Exception exception) when (exception is not ObjectDisposedException && !_disposing.IsCancellationRequested)
            {
                var delay = backoff.Next();
                lock (_lock)
                {
                    _disconnectedSince ??= _time.GetUtcNow();
                }

                LogConnectFailed(_logger, Endpoint.Host, Endpoint.Port, attempt, delay, exception.GetType().Name, exception.Message);
                try
                {
                    await Task.Delay(delay, _time, _disposing.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
            catch
            {
                lock (_lock)
                {
                    _connecting = null;
                }

                throw;
            }
        }

        lock (_lock)
        {
            _connecting = null;
        }

        throw new ObjectDisposedException(nameof(AmqpConnection));
    }

    private async Task<(Connection Connection, Session Session)> ConnectOnceAsync()
    {
        var factory = new ConnectionFactory();
        if (Endpoint.SaslUser is null)
        {
            // Without a user AMQPNetLite would skip SASL; both brokers expect a SASL exchange (ANONYMOUS for CBS).
            factory.SASL.Profile = SaslProfile.Anonymous;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_disposing.Token);
        timeout.CancelAfter(_options.OperationTimeout);
        var connection = await factory.CreateAsync(Endpoint.ToAddress(), timeout.Token, null);
        try
        {
            connection.AddClosedCallback(OnConnectionClosed);
            var session = new Session(connection);
            if (Endpoint.CbsKeyName is not null)
            {
                // Service Bus closes a CBS connection that has not put a token within 20 s; entity links need it first.
                await CbsPutToken.PutAsync(session, Endpoint, _time.GetUtcNow(), _options.SasTokenLifetime, _options.OperationTimeout);
            }

            return (connection, session);
        }
        catch
        {
            connection.Close(TimeSpan.Zero, null);
            throw;
        }
    }

    private async Task RenewTokenUntilClosedAsync(Connection connection, Session session)
    {
        var renewEvery = _options.SasTokenLifetime * 0.8;
        while (!connection.IsClosed && !_disposing.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(renewEvery, _time, _disposing.Token);
                if (connection.IsClosed)
                {
                    return;
                }

                await CbsPutToken.PutAsync(session, Endpoint, _time.GetUtcNow(), _options.SasTokenLifetime, _options.OperationTimeout);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception exception) when (exception is AmqpException or TimeoutException or UnauthorizedAccessException or ObjectDisposedException)
            {
                // An expired token would end the links anyway; closing now makes everything reconnect with a fresh one.
                LogTokenRenewalFailed(_logger, Endpoint.Host, exception.Message);
                connection.Close(TimeSpan.Zero, new Error(ErrorCode.InternalError) { Description = "SAS token renewal failed" });
                return;
            }
        }
    }

    private void OnConnectionClosed(IAmqpObject sender, Error? error)
    {
        lock (_lock)
        {
            if (_disposing.IsCancellationRequested || !ReferenceEquals(sender, _connection))
            {
                return;
            }

            _connection = null;
            _session = null;
            _disconnectedSince = _time.GetUtcNow();
            _connecting ??= ConnectWithBackoffAsync();
            _connecting.ContinueWith(static task => _ = task.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }

        LogConnectionLost(_logger, Endpoint.Host, Endpoint.Port, error?.Condition?.ToString() ?? "none", error?.Description ?? "closed");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AMQP connection to {Host}:{Port} lost ({Condition}: {Description}); reconnecting.")]
    private static partial void LogConnectionLost(ILogger logger, string host, int port, string condition, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "AMQP connect to {Host}:{Port} failed (attempt {Attempt}); next try in {Delay}: {ErrorType}: {Error}")]
    private static partial void LogConnectFailed(ILogger logger, string host, int port, int attempt, TimeSpan delay, string errorType, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "AMQP connection to {Host}:{Port} re-established after {Attempt} attempts.")]
    private static partial void LogReconnected(ILogger logger, string host, int port, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing the Service Bus SAS token for {Host} failed; reconnecting: {Error}")]
    private static partial void LogTokenRenewalFailed(ILogger logger, string host, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing the AMQP connection failed: {Error}")]
    private static partial void LogCloseFailed(ILogger logger, string error);
}
