namespace RegulatorHub.Application.Messaging;

/// <summary>Port: receives feed messages from the complaint queue with manual settlement.</summary>
public interface IFeedReceiver
{
    /// <summary>
    /// Waits for at least one message, then returns up to <paramref name="maxMessages"/> that are ready.
    /// </summary>
    ValueTask<IReadOnlyList<IFeedDelivery>> ReceiveAsync(int maxMessages, CancellationToken cancellationToken);
}
