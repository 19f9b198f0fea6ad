namespace RegulatorHub.Messaging.Amqp;

/// <summary>Which AMQP 1.0 broker the adapter talks to: it decides addresses, authentication and dead-lettering.</summary>
public enum AmqpProfile
{
    /// <summary>
    /// Azure Service Bus: TLS on 5671, SAS authentication, queue addressed by name, dead-letter subqueue
    /// <c>&lt;queue&gt;/$deadletterqueue</c>, delivery count and MaxDeliveryCount kept by the broker.
    /// </summary>
    AzureServiceBus,

    /// <summary>
    /// RabbitMQ 3.x with the <c>rabbitmq_amqp1_0</c> plugin: queue addressed as <c>/amq/queue/&lt;name&gt;</c>,
    /// dead-lettering through the queue's dead-letter exchange, delivery count tracked by the adapter.
    /// </summary>
    RabbitMq,
}
