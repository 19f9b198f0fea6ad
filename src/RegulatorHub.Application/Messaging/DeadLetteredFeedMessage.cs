namespace RegulatorHub.Application.Messaging;

/// <summary>A message in the transport's dead-letter queue, with the reason it was set aside.</summary>
/// <param name="MessageId">The sender's message id (source + case id); how an operator chooses what to replay.</param>
/// <param name="Body">The message body as it was published.</param>
/// <param name="ContentType">The body's content type.</param>
/// <param name="Reason">Short reason code (e.g. <c>invalid</c>, <c>unparseable</c>, <c>delivery-limit</c>).</param>
/// <param name="Description">What went wrong: fields and rules, never values.</param>
/// <param name="DeadLetteredAt">When it was dead-lettered, where the transport records it.</param>
public sealed record DeadLetteredFeedMessage(
    string MessageId,
    ReadOnlyMemory<byte> Body,
    string ContentType,
    string Reason,
    string Description,
    DateTimeOffset? DeadLetteredAt);
