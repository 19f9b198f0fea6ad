namespace RegulatorHub.Messaging.Amqp;

/// <summary>Names under which a dead-lettered message carries its reason, per broker.</summary>
public static class DeadLetterProperties
{
    /// <summary>Application property with the reason on a RabbitMQ dead-letter copy.</summary>
    public const string RabbitMqReason = "dlq-reason";

    /// <summary>Application property with the description on a RabbitMQ dead-letter copy.</summary>
    public const string RabbitMqDescription = "dlq-description";

    /// <summary>Application property (AMQP timestamp, UTC) with the time the adapter dead-lettered a RabbitMQ message.</summary>
    public const string RabbitMqDeadLetteredAt = "dlq-at";

    /// <summary>Service Bus: key in the rejected outcome's error info, and application property on the DLQ message.</summary>
    public const string ServiceBusReason = "DeadLetterReason";

    /// <summary>Service Bus: description key, as <see cref="ServiceBusReason"/>.</summary>
    public const string ServiceBusDescription = "DeadLetterErrorDescription";

    /// <summary>Service Bus error condition of a <c>rejected</c> outcome that dead-letters the message.</summary>
    public const string ServiceBusDeadLetterCondition = "com.microsoft:dead-letter";

    /// <summary>Reason the adapter gives when it dead-letters a message past <c>MaxDeliveryCount</c> (RabbitMQ profile).</summary>
    public const string MaxDeliveryCountExceeded = "MaxDeliveryCountExceeded";
}
