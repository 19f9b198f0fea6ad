using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.Tests.Contract;

/// <summary>One adapter's publisher, receiver and dead-letter queue over a fresh queue, and what to dispose after.</summary>
public sealed record FeedQueueUnderTest(
    IFeedPublisher Publisher, IFeedReceiver Receiver, IDeadLetterQueue DeadLetters, Func<ValueTask> DisposeAsync);
