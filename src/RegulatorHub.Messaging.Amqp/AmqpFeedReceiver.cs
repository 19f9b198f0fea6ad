using System.Globalization;
using System.Threading.Channels;
using Amqp;
using Amqp.Framing;
using Amqp.Types;
using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Receives feed messages from the complaint queue over AMQP 1.0 with manual settlement (at-least-once).
/// </summary>
/// <remarks>
/// <para>
/// A background pump keeps one receiver link attached (settle mode first: RabbitMQ refuses second) with
/// <c>LinkCredit</c> credit, topped up every <c>PrefetchBatch</c> settlements, and pushes what arrives into an
/// in-memory channel; <see cref="ReceiveAsync"/> takes what is ready from there. After a link or connection loss the
/// pump attaches a new link; messages from the dead link still waiting in the channel are dropped unseen (the broker
/// redelivers them), and settling one already handed out is swallowed and counted (see
/// <see cref="AmqpTransportMetrics.SettleFailuresAfterLinkLoss"/>): the broker redelivers it and ingestion de-duplicates.
/// </para>
/// <para>
/// Settlement: complete = accepted; abandon = released (never modified, which makes RabbitMQ tear the link down);
/// dead-letter on Service Bus = rejected with <c>com.microsoft:dead-letter</c> and the reason in the error info. On
/// RabbitMQ a rejection would lose the reason, so the adapter sends a copy carrying it (<c>dlq-reason</c>,
/// <c>dlq-description</c>, <c>dlq-at</c>) to the dead-letter queue, waits until the broker accepted the copy, and only
/// then accepts the original. A crash between the two leaves the message in both queues — a duplicate in the
/// dead-letter queue, never a loss.
/// </para>
/// <para>
/// RabbitMQ always reports delivery-count 0, so on that profile the adapter counts deliveries per message id in
/// memory and dead-letters a message with reason <see cref="DeadLetterProperties.MaxDeliveryCountExceeded"/> once it
/// was handed out <c>MaxDeliveryCount</c> times.
/// </para>
/// </remarks>
public sealed partial class AmqpFeedReceiver : IFeedReceiver, IAsyncDisposable, IDisposable
{
    private const int TrackedMessageIds = 100_000;
    private static readonly Symbol s_deadLetterCondition = new(DeadLetterProperties.ServiceBusDeadLetterCondition);

    private readonly AmqpConnection _connection;
    private readonly AmqpEndpoint _endpoint;
    private readonly AmqpMessagingOptions _options;
    private readonly AmqpTransportMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<AmqpFeedReceiver> _logger;
    private readonly Channel<ReceivedMessage> _ready;
    private readonly RedeliveryTracker _redeliveries = new(TrackedMessageIds);
    private readonly Lazy<ConfirmedSender> _deadLetterSender;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly string _sourceAddress;
    private readonly string _deadLetterAddress;
    private readonly int _linkCredit;
    private readonly bool _recordsLatency;
    private Task? _pump;
    private ReceiverLink? _link;

    /// <summary>Creates the receiver; its link is attached on the first <see cref="ReceiveAsync"/>.</summary>
    public AmqpFeedReceiver(AmqpConnection connection, AmqpTransportMetrics metrics, TimeProvider time, ILogger<AmqpFeedReceiver> logger)
        : this(connection, metrics, time, logger, connection.Endpoint.QueueAddress, connection.Endpoint.DeadLetterAddress, connection.Options.LinkCredit, recordsLatency: true)
    {
    }

    /// <summary>
    /// A receiver on another source than the complaint queue (a referral-events subscription): its own addresses and
    /// credit, and without the feed's end-to-end latency figures.
    /// </summary>
    internal AmqpFeedReceiver(
        AmqpConnection connection,
        AmqpTransportMetrics metrics,
        TimeProvider time,
        ILogger<AmqpFeedReceiver> logger,
        string sourceAddress,
        string deadLetterAddress,
        int linkCredit,
        bool recordsLatency)
    {
        _sourceAddress = sourceAddress;
        _deadLetterAddress = deadLetterAddress;
        _linkCredit = linkCredit;
        _recordsLatency = recordsLatency;
        _connection = connection;
        _endpoint = connection.Endpoint;
        _options = connection.Options;
        _metrics = metrics;
        _time = time;
        _logger = logger;

        // Unsettled messages never exceed the link credit, so the channel never fills; the bound is a safety net.
        _ready = Channel.CreateBounded<ReceivedMessage>(new BoundedChannelOptions(_linkCredit * 2)
        {
            SingleWriter = false,
            SingleReader = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _deadLetterSender = new Lazy<ConfirmedSender>(
            () => new ConfirmedSender(connection, _deadLetterAddress, Math.Max(16, _linkCredit), logger));
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<IFeedDelivery>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        StartPump();
        var batch = new List<IFeedDelivery>(Math.Min(maxMessages, 4096));
        while (batch.Count == 0)
        {
            var open = await _ready.Reader.WaitToReadAsync(cancellationToken);
            ObjectDisposedException.ThrowIf(!open, this);

            while (batch.Count < maxMessages && _ready.Reader.TryRead(out var received))
            {
                if (await ToDeliveryAsync(received, cancellationToken) is { } delivery)
                {
                    batch.Add(delivery);
                }
            }
        }

        return batch;
    }

    /// <summary>
    /// For containers disposed synchronously (a plain <c>using</c> of a host or service provider): waits for the
    /// asynchronous close, which is bounded by its own timeouts. Prefer <see cref="DisposeAsync"/>.
    /// </summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Stops the pump and closes the links; unsettled messages go back to the queue.</summary>

    public async ValueTask DisposeAsync()
    {
        Task? pump;
        ReceiverLink? link;
        lock (_lock)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            _stopping.Cancel();
            pump = _pump;
            link = _link;
        }

        _ready.Writer.TryComplete();
        if (link is { IsClosed: false })
        {
            try
            {
                await link.CloseAsync(TimeSpan.FromSeconds(5), null);
                await link.Session.CloseAsync(TimeSpan.FromSeconds(5), null);
            }
            catch (Exception exception) when (exception is AmqpException or TimeoutException or ObjectDisposedException)
            {
                LogCloseFailed(_logger, _sourceAddress, exception.Message);
            }
        }

        if (pump is not null)
        {
            await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        if (_deadLetterSender.IsValueCreated)
        {
            await _deadLetterSender.Value.DisposeAsync();
        }

        _stopping.Dispose();
    }

    internal void Complete(AmqpFeedDelivery delivery)
    {
        Settle(delivery, static (link, message) => link.Accept(message));
        _redeliveries.Forget(delivery.MessageId);
    }

    internal void Abandon(AmqpFeedDelivery delivery) =>
        Settle(delivery, static (link, message) => link.Release(message));

    internal async Task DeadLetterAsync(AmqpFeedDelivery delivery, string reason, string description, CancellationToken cancellationToken)
    {
        if (_endpoint.Profile == AmqpProfile.AzureServiceBus)
        {
            var error = new Error(s_deadLetterCondition)
            {
                Description = description,
                Info = new Fields
                {
                    [new Symbol(DeadLetterProperties.ServiceBusReason)] = reason,
                    [new Symbol(DeadLetterProperties.ServiceBusDescription)] = description,
                },
            };
            Settle(delivery, (link, message) => link.Reject(message, error));
            return;
        }

        // RabbitMQ: the copy first, confirmed; then the original. Never the other way round (that could lose it).
        var deadLetteredAt = _time.GetUtcNow();
        await _deadLetterSender.Value.SendAsync(
            () => AmqpFeedMessages.ToDeadLetterCopy(delivery.Message, delivery.Body, reason, description, deadLetteredAt), cancellationToken);
        Settle(delivery, static (link, message) => link.Accept(message));
        _redeliveries.Forget(delivery.MessageId);
    }

    private void StartPump()
    {
        if (Volatile.Read(ref _pump) is not null)
        {
            return;
        }

        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_stopping.IsCancellationRequested, this);
            _pump ??= Task.Run(PumpAsync);
        }
    }

    private async Task PumpAsync()
    {
        var backoff = new ExponentialBackoff(_options.ReconnectBackoffMin, _options.ReconnectBackoffMax);
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            Error? error;
            var attachedAt = _time.GetTimestamp();
            try
            {
                // Its own session, ended with the link: RabbitMQ returns a dead link's unsettled messages only then.
                var session = await _connection.OpenSessionAsync(token);
                var closed = new TaskCompletionSource<Error?>(TaskCreationOptions.RunContinuationsAsynchronously);
                var link = new ReceiverLink(session, $"regulatorhub-receiver-{Guid.NewGuid():N}", new Attach
                {
                    Source = new Source { Address = _sourceAddress },
                    Target = new Target(),
                    SndSettleMode = SenderSettleMode.Unsettled,
                    RcvSettleMode = ReceiverSettleMode.First,
                }, null);
                link.AddClosedCallback((_, linkError) => closed.TrySetResult(linkError));
                lock (_lock)
                {
                    _link = link;
                }

                link.Start(_linkCredit, OnMessage);
                link.SetCredit(_linkCredit, CreditMode.Auto, CreditTopUpThreshold());
                try
                {
                    error = await closed.Task.WaitAsync(token);
                }
                finally
                {
                    CloseQuietly(session);
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException && token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is AmqpException or TimeoutException or ObjectDisposedException)
            {
                error = new Error(ErrorCode.InternalError) { Description = exception.Message };
            }

            if (token.IsCancellationRequested)
            {
                return;
            }

            LogLinkLost(_logger, _sourceAddress, error?.Condition?.ToString() ?? "none", error?.Description ?? "closed");

            // A link that lived a while was fine: attach again at once. One that dies at attach (queue missing,
            // not authorized) would spin, so back off.
            if (_time.GetElapsedTime(attachedAt) > _options.ReconnectBackoffMax)
            {
                backoff.Reset();
            }

            try
            {
                await Task.Delay(backoff.Next(), _time, token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    // Settlements after which credit is granted again. RabbitMQ 3.x's AMQP 1.0 plugin takes a flow's link-credit as
    // counting from the deliveries it has sent, not from the delivery-count in the flow, so credit granted while
    // transfers are in flight lets it overshoot; the client then detaches with transfer-limit-exceeded (seen here
    // with a credit of 500 and batches of 2,000). Granting only once the whole window is settled means nothing is in
    // flight then. Service Bus counts as the specification says, so it is topped up at half the window.
    private int CreditTopUpThreshold() =>
        _endpoint.Profile == AmqpProfile.RabbitMq ? _linkCredit
        : _options.PrefetchBatch == 0 || _options.PrefetchBatch > _linkCredit ? Math.Max(1, _linkCredit / 2)
        : _options.PrefetchBatch;

    // Runs on the connection's I/O thread: keep it short.
    private void OnMessage(IReceiverLink link, Message message)
    {
        if (!_ready.Writer.TryWrite(new ReceivedMessage((ReceiverLink)link, message)))
        {
            // Only when disposing (the channel is sized above the credit): let the broker hand it to someone else.
            SafeRelease((ReceiverLink)link, message);
        }
    }

    private async ValueTask<AmqpFeedDelivery?> ToDeliveryAsync(ReceivedMessage received, CancellationToken cancellationToken)
    {
        var (link, message) = received;
        if (link.IsClosed)
        {
            return null; // the broker redelivers it on the new link
        }

        var now = _time.GetUtcNow();
        if (_recordsLatency && (AmqpFeedMessages.CreationTimeOf(message) ?? AmqpFeedMessages.EnqueuedTimeOf(message)) is { } sentAt)
        {
            _metrics.Received(sentAt, now);
        }

        var messageId = AmqpFeedMessages.MessageIdOf(message);
        var body = AmqpFeedMessages.BodyOf(message);
        if (_endpoint.Profile == AmqpProfile.AzureServiceBus)
        {
            return new AmqpFeedDelivery(this, link, message, messageId, body, (int)Math.Min(int.MaxValue, message.Header?.DeliveryCount ?? 0));
        }

        var deliveredBefore = _redeliveries.RecordDelivery(messageId);
        var delivery = new AmqpFeedDelivery(this, link, message, messageId, body, deliveredBefore);
        if (_options.MaxDeliveryCount > 0 && deliveredBefore >= _options.MaxDeliveryCount)
        {
            LogMaxDeliveryCountExceeded(_logger, messageId, deliveredBefore);
            await delivery.DeadLetterAsync(
                DeadLetterProperties.MaxDeliveryCountExceeded,
                string.Create(CultureInfo.InvariantCulture,
                    $"Delivered {deliveredBefore} times without being completed; {AmqpMessagingOptions.SectionName}:MaxDeliveryCount is {_options.MaxDeliveryCount}."),
                cancellationToken);
            return null;
        }

        return delivery;
    }

    private void Settle(AmqpFeedDelivery delivery, Action<ReceiverLink, Message> settle)
    {
        var link = delivery.Link;
        if (!link.IsClosed)
        {
            try
            {
                settle(link, delivery.Message);
                return;
            }
            catch (Exception exception) when (exception is AmqpException or ObjectDisposedException or InvalidOperationException)
            {
                // Settling is a local frame write; it fails only when the link or connection is gone.
                LogSettleFailed(_logger, delivery.MessageId, exception.Message);
            }
        }

        _metrics.SettleFailedAfterLinkLoss();
        LogSettleAfterLinkLoss(_logger, delivery.MessageId);
    }

    private void CloseQuietly(Session session)
    {
        if (session.IsClosed)
        {
            return;
        }

        try
        {
            session.Close(TimeSpan.Zero, null);
        }
        catch (Exception exception) when (exception is AmqpException or ObjectDisposedException or InvalidOperationException)
        {
            LogCloseFailed(_logger, _sourceAddress, exception.Message);
        }
    }

    private void SafeRelease(ReceiverLink link, Message message)
    {
        try
        {
            link.Release(message);
        }
        catch (Exception exception) when (exception is AmqpException or ObjectDisposedException or InvalidOperationException)
        {
            LogReleaseFailed(_logger, exception.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AMQP receiver link on {Address} lost ({Condition}: {Description}); attaching again.")]
    private static partial void LogLinkLost(ILogger logger, string address, string condition, string description);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Settling message {MessageId} failed: {Error}")]
    private static partial void LogSettleFailed(ILogger logger, string messageId, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Releasing a message that arrived while stopping failed: {Error}")]
    private static partial void LogReleaseFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageId} was received on a link that has since died; the broker redelivers it.")]
    private static partial void LogSettleAfterLinkLoss(ILogger logger, string messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} was delivered {Deliveries} times; dead-lettering it.")]
    private static partial void LogMaxDeliveryCountExceeded(ILogger logger, string messageId, int deliveries);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing the AMQP receiver link on {Address} failed: {Error}")]
    private static partial void LogCloseFailed(ILogger logger, string address, string error);

    private readonly record struct ReceivedMessage(ReceiverLink Link, Message Message);
}
