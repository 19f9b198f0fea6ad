using RegulatorHub.Application.Messaging;
using RegulatorHub.Messaging.InProcess;

namespace RegulatorHub.Ingestion.Tests.TestSupport;

/// <summary>
/// The in-process queue's dead letters presented as durable, so the worker takes the broker path (dead-letter
/// refused messages) without a broker; the AMQP adapter's own tests cover the real thing.
/// </summary>
internal sealed class DurableDeadLetterQueue(InProcessFeedQueue queue) : IDeadLetterQueue
{
    public bool IsDurable => true;

    public ValueTask<IReadOnlyList<DeadLetteredFeedMessage>> PeekAsync(int maxMessages, CancellationToken cancellationToken) =>
        queue.PeekAsync(maxMessages, cancellationToken);

    public ValueTask<IReadOnlyList<DeadLetteredFeedMessage>> ReplayAsync(Func<DeadLetteredFeedMessage, bool> select, int maxMessages, CancellationToken cancellationToken) =>
        queue.ReplayAsync(select, maxMessages, cancellationToken);
}
