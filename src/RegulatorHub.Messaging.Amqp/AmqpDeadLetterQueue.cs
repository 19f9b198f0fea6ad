using Amqp;
using Amqp.Framing;
using Amqp.Types;
using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// The broker's dead-letter queue (Service Bus <c>&lt;queue&gt;/$deadletterqueue</c>, RabbitMQ <c>&lt;queue&gt;.dlq</c>),
/// read through a short-lived receiver link per call.
/// </summary>
/// <remarks>
/// Peeking receives up to N messages and releases them all, so they stay (on Service Bus a release raises their
/// delivery count; the dead-letter queue has no delivery limit, so nothing moves). Replay publishes each chosen message
/// to the complaint queue, waits until the broker accepted it, and only then removes it from the dead-letter queue:
/// a crash in between leaves it in both, which ingestion's de-duplication absorbs.
/// </remarks>
public sealed partial class AmqpDeadLetterQueue(
    AmqpConnection connection, AmqpFeedPublisher publisher, ILogger<AmqpDeadLetterQueue> logger) : IDeadLetterQueue
{
    // How long to wait for the first message before concluding the queue is empty, and for each further one. The
    // broker streams a large queue with pauses (its own flow control, a busy host), and a pause mistaken for the end
    // would list or replay only part of the queue; a second costs little next to that.
    private static readonly TimeSpan s_firstMessageWait = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan s_nextMessageWait = TimeSpan.FromSeconds(1);
    private static readonly Symbol s_rabbitFirstDeathReason = new("x-first-death-reason");

    /// <inheritdoc />
    /// <remarks>The broker keeps them: they survive restarts of this process.</remarks>
    public bool IsDurable => true;

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DeadLetteredFeedMessage>> PeekAsync(int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        var link = await AttachAsync(maxMessages, cancellationToken);
        var received = new List<Message>();
        try
        {
            await ReceiveUpToAsync(link, maxMessages, received, cancellationToken);
            return [.. received.Select(ToDeadLettered)];
        }
        finally
        {
            ReleaseAll(link, received);

            await CloseAsync(link);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<DeadLetteredFeedMessage>> ReplayAsync(
        Func<DeadLetteredFeedMessage, bool> select, int maxMessages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(select);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        var link = await AttachAsync(maxMessages, cancellationToken);
        var received = new List<Message>();
        var unsettled = new HashSet<Message>(ReferenceEqualityComparer.Instance);
        var replayed = new List<DeadLetteredFeedMessage>();
        try
        {
            await ReceiveUpToAsync(link, maxMessages, received, cancellationToken);
            unsettled.UnionWith(received);
            foreach (var message in received)
            {
                var deadLettered = ToDeadLettered(message);
                if (!select(deadLettered))
                {
                    continue;
                }

                await publisher.PublishAsync(
                    new OutboundFeedMessage(deadLettered.MessageId, deadLettered.Body, deadLettered.ContentType), cancellationToken);
                link.Accept(message);
                unsettled.Remove(message);
                replayed.Add(deadLettered);
                LogReplayed(logger, deadLettered.MessageId, connection.QueueName);
            }

            return replayed;
        }
        finally
        {
            ReleaseAll(link, unsettled);

            await CloseAsync(link);
        }
    }

    private async Task<ReceiverLink> AttachAsync(int credit, CancellationToken cancellationToken)
    {
        // A session per call: RabbitMQ hands released messages straight back to a link that still has credit, and
        // returns a detached link's unsettled messages to the queue only when the session ends (see CloseAsync).
        var session = await connection.OpenSessionAsync(cancellationToken);
        var attached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var link = new ReceiverLink(session, $"regulatorhub-dlq-{Guid.NewGuid():N}", new Attach
        {
            Source = new Source { Address = connection.Endpoint.DeadLetterAddress },
            Target = new Target(),
            SndSettleMode = SenderSettleMode.Unsettled,
            RcvSettleMode = ReceiverSettleMode.First,
        }, (_, _) => attached.TrySetResult());
        link.AddClosedCallback((_, error) => attached.TrySetException(new AmqpException(error ?? new Error(ErrorCode.DetachForced))));

        // Credit only once the broker attached its end, and exactly the credit asked for: the broker must not lock
        // more messages than this call looks at.
        try
        {
            await attached.Task.WaitAsync(connection.Options.OperationTimeout, cancellationToken);
        }
        catch
        {
            await CloseAsync(link);
            throw;
        }

        link.SetCredit(credit, CreditMode.Manual);
        return link;
    }

    private static async Task ReceiveUpToAsync(ReceiverLink link, int maxMessages, List<Message> received, CancellationToken cancellationToken)
    {
        while (received.Count < maxMessages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var message = await link.ReceiveAsync(received.Count == 0 ? s_firstMessageWait : s_nextMessageWait);
            if (message is null)
            {
                return;
            }

            received.Add(message);
        }
    }

    private static void ReleaseAll(ReceiverLink link, IEnumerable<Message> messages)
    {
        foreach (var message in messages)
        {
            link.Release(message);
        }
    }

    private async Task CloseAsync(ReceiverLink link)
    {
        try
        {
            await link.CloseAsync(TimeSpan.FromSeconds(5), null);
            await link.Session.CloseAsync(TimeSpan.FromSeconds(5), null);
        }
        catch (Exception exception) when (exception is AmqpException or TimeoutException or ObjectDisposedException)
        {
            LogCloseFailed(logger, connection.Endpoint.DeadLetterAddress, exception.Message);
        }
    }

    private DeadLetteredFeedMessage ToDeadLettered(Message message)
    {
        string? reason, description;
        DateTimeOffset? at;
        if (connection.Profile == AmqpProfile.AzureServiceBus)
        {
            reason = AmqpFeedMessages.ApplicationPropertyOf(message, DeadLetterProperties.ServiceBusReason);
            description = AmqpFeedMessages.ApplicationPropertyOf(message, DeadLetterProperties.ServiceBusDescription);
            at = null; // Service Bus does not stamp the dead-lettering time on the message.
        }
        else
        {
            reason = AmqpFeedMessages.ApplicationPropertyOf(message, DeadLetterProperties.RabbitMqReason)
                ?? message.MessageAnnotations?[s_rabbitFirstDeathReason]?.ToString(); // dead-lettered by the broker itself
            description = AmqpFeedMessages.ApplicationPropertyOf(message, DeadLetterProperties.RabbitMqDescription);
            at = AmqpFeedMessages.TimestampPropertyOf(message, DeadLetterProperties.RabbitMqDeadLetteredAt);
        }

        return new DeadLetteredFeedMessage(
            AmqpFeedMessages.MessageIdOf(message),
            AmqpFeedMessages.BodyOf(message),
            AmqpFeedMessages.ContentTypeOf(message),
            reason ?? "unknown",
            description ?? string.Empty,
            at);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Replayed dead-lettered message {MessageId} to queue {Queue}.")]
    private static partial void LogReplayed(ILogger logger, string messageId, string queue);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Closing the dead-letter link on {Address} failed: {Error}")]
    private static partial void LogCloseFailed(ILogger logger, string address, string error);
}
