namespace RegulatorHub.Application.Messaging;

/// <summary>A feed message on its way to the queue.</summary>
/// <param name="MessageId">Source + case id, so a re-send is recognized as the same message.</param>
/// <param name="Body">UTF-8 JSON of the feed contract.</param>
/// <param name="ContentType">The contract's content type.</param>
public sealed record OutboundFeedMessage(string MessageId, ReadOnlyMemory<byte> Body, string ContentType);
