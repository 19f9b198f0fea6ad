namespace RegulatorHub.Application.Messaging;

/// <summary>Port: sends feed messages to the complaint queue.</summary>
public interface IFeedPublisher
{
    /// <summary>Sends one message; completes when the transport has accepted it (waits while the queue is full).</summary>
    ValueTask PublishAsync(OutboundFeedMessage message, CancellationToken cancellationToken);
}
