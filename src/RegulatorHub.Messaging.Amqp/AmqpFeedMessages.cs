using Amqp;
using Amqp.Framing;
using Amqp.Types;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>How feed messages look on the wire: the mapping between the ports' types and AMQP messages.</summary>
internal static class AmqpFeedMessages
{
    /// <summary>Content type assumed when a received message carries none.</summary>
    public const string DefaultContentType = "application/json";

    /// <summary>Prefix of the id given to a received message that has none, so it can still be handed to the worker.</summary>
    public const string SyntheticIdPrefix = "amqp-no-message-id:";

    private static readonly Symbol s_enqueuedTime = new("x-opt-enqueued-time");

    /// <summary>
    /// An outbound AMQP message: body as one Data section, durable, stamped with <paramref name="createdAt"/>
    /// (the receiver measures end-to-end latency from it).
    /// </summary>
    public static Message ToAmqp(OutboundFeedMessage message, DateTimeOffset createdAt) =>
        new()
        {
            Header = new Header { Durable = true },
            Properties = new Properties
            {
                MessageId = message.MessageId,
                ContentType = message.ContentType,
                CreationTime = createdAt.UtcDateTime,
            },
            BodySection = new Data { Binary = message.Body.ToArray() },
        };

    /// <summary>
    /// The copy of a message the RabbitMQ profile puts in the dead-letter queue, because RabbitMQ drops the reason of a
    /// rejected message: same body, id, content type and creation time, with the reason in application properties.
    /// </summary>
    public static Message ToDeadLetterCopy(Message original, ReadOnlyMemory<byte> body, string reason, string description, DateTimeOffset deadLetteredAt)
    {
        var properties = new Properties
        {
            MessageId = original.Properties?.MessageId,
            ContentType = ContentTypeOf(original),
        };
        if (CreationTimeOf(original) is { } created)
        {
            properties.CreationTime = created.UtcDateTime;
        }

        var copy = new Message
        {
            Header = new Header { Durable = true },
            Properties = properties,
            ApplicationProperties = new ApplicationProperties(),
            BodySection = new Data { Binary = body.ToArray() },
        };
        copy.ApplicationProperties[DeadLetterProperties.RabbitMqReason] = reason;
        copy.ApplicationProperties[DeadLetterProperties.RabbitMqDescription] = description;
        copy.ApplicationProperties[DeadLetterProperties.RabbitMqDeadLetteredAt] = deadLetteredAt.UtcDateTime;
        return copy;
    }

    /// <summary>The sender's message id, or a synthetic one (the worker refuses messages it cannot identify).</summary>
    public static string MessageIdOf(Message message) =>
        message.Properties?.GetMessageId()?.ToString() is { Length: > 0 } id ? id : SyntheticIdPrefix + Guid.NewGuid().ToString("N");

    /// <summary>The content type, or <see cref="DefaultContentType"/>.</summary>
    public static string ContentTypeOf(Message message) =>
        message.Properties?.ContentType?.ToString() is { Length: > 0 } contentType ? contentType : DefaultContentType;

    /// <summary>
    /// The body bytes: our publisher writes one Data section; an AmqpValue holding a string (UTF-8) or binary is
    /// accepted too, since other clients send those.
    /// </summary>
    public static ReadOnlyMemory<byte> BodyOf(Message message) =>
        message.BodySection switch
        {
            Data data => data.Binary ?? [],
            AmqpValue { Value: byte[] bytes } => bytes,
            AmqpValue { Value: string text } => System.Text.Encoding.UTF8.GetBytes(text),
            _ => message.Body switch
            {
                Data[] sections => sections.SelectMany(section => section.Binary ?? []).ToArray(),
                _ => ReadOnlyMemory<byte>.Empty,
            },
        };

    /// <summary>When the publisher created the message, if it said.</summary>
    public static DateTimeOffset? CreationTimeOf(Message message) =>
        message.Properties is { } properties && properties.CreationTime != default
            ? new DateTimeOffset(DateTime.SpecifyKind(properties.CreationTime, DateTimeKind.Utc))
            : null;

    /// <summary>When Service Bus enqueued the message (its <c>x-opt-enqueued-time</c> annotation), if present.</summary>
    public static DateTimeOffset? EnqueuedTimeOf(Message message) =>
        message.MessageAnnotations?[s_enqueuedTime] is DateTime enqueued
            ? new DateTimeOffset(DateTime.SpecifyKind(enqueued, DateTimeKind.Utc))
            : null;

    /// <summary>A string application property, or null.</summary>
    public static string? ApplicationPropertyOf(Message message, string name) =>
        message.ApplicationProperties?[name]?.ToString();

    /// <summary>A timestamp application property, or null.</summary>
    public static DateTimeOffset? TimestampPropertyOf(Message message, string name) =>
        message.ApplicationProperties?[name] is DateTime value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)) : null;
}
