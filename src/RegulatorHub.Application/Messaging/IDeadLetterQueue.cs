namespace RegulatorHub.Application.Messaging;

/// <summary>
/// Port: the transport's dead-letter queue, for operators to see what was set aside and why, and to re-submit
/// messages after the cause is fixed.
/// </summary>
public interface IDeadLetterQueue
{
    /// <summary>
    /// Whether dead-lettered messages survive a restart of this process. When they do not (the in-process queue),
    /// the worker keeps refused messages in the store's quarantine instead, so nothing refused is lost.
    /// </summary>
    bool IsDurable { get; }

    /// <summary>Up to <paramref name="maxMessages"/> dead-lettered messages, oldest first, left in place.</summary>
    ValueTask<IReadOnlyList<DeadLetteredFeedMessage>> PeekAsync(int maxMessages, CancellationToken cancellationToken);

    /// <summary>
    /// Looks at up to <paramref name="maxMessages"/> dead-lettered messages, oldest first; each one
    /// <paramref name="select"/> chooses is published to the feed queue again and then removed from the dead-letter
    /// queue (a crash in between leaves a copy in both, which ingestion's de-duplication makes harmless).
    /// </summary>
    /// <returns>The messages re-submitted.</returns>
    ValueTask<IReadOnlyList<DeadLetteredFeedMessage>> ReplayAsync(
        Func<DeadLetteredFeedMessage, bool> select, int maxMessages, CancellationToken cancellationToken);
}
