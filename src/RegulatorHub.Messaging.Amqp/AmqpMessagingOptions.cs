namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Configuration section <c>Messaging:Amqp</c>: the AMQP 1.0 broker carrying the complaint feeds. Secrets
/// (<see cref="ConnectionString"/>, <see cref="SasKey"/>, <see cref="Password"/>) come from the environment or a
/// secret store, never from a committed file.
/// </summary>
public sealed class AmqpMessagingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Messaging:Amqp";

    /// <summary><c>Messaging:Amqp:Profile</c>: <c>AzureServiceBus</c> (default) or <c>RabbitMq</c>.</summary>
    public AmqpProfile Profile { get; set; } = AmqpProfile.AzureServiceBus;

    /// <summary>
    /// <c>Messaging:Amqp:ConnectionString</c>. Service Bus: the portal's form
    /// <c>Endpoint=sb://NS.servicebus.windows.net/;SharedAccessKeyName=…;SharedAccessKey=…[;EntityPath=queue]</c>
    /// (EntityPath, when present, is the queue and wins over <see cref="QueueName"/>). RabbitMQ:
    /// <c>amqp://user:password@host:port</c> or <c>amqps://…</c>. When set, Host/Port/UseTls/credentials are not used.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>Messaging:Amqp:Host</c>: broker host name (e.g. <c>NS.servicebus.windows.net</c>).</summary>
    public string? Host { get; set; }

    /// <summary><c>Messaging:Amqp:Port</c>: default 5671 with TLS, 5672 without.</summary>
    public int? Port { get; set; }

    /// <summary><c>Messaging:Amqp:UseTls</c>: default true for Service Bus (which requires it), false for RabbitMQ.</summary>
    public bool? UseTls { get; set; }

    /// <summary><c>Messaging:Amqp:UserName</c> (RabbitMQ, SASL PLAIN); with no user name the adapter uses SASL ANONYMOUS.</summary>
    public string? UserName { get; set; }

    /// <summary><c>Messaging:Amqp:Password</c> (RabbitMQ).</summary>
    public string? Password { get; set; }

    /// <summary><c>Messaging:Amqp:SasKeyName</c>: Service Bus shared access policy name.</summary>
    public string? SasKeyName { get; set; }

    /// <summary><c>Messaging:Amqp:SasKey</c>: Service Bus shared access key (base64 text, used as is).</summary>
    public string? SasKey { get; set; }

    /// <summary><c>Messaging:Amqp:Authentication</c>: Service Bus <c>SasToken</c> (CBS, default) or <c>SaslPlain</c>.</summary>
    public ServiceBusAuthentication Authentication { get; set; } = ServiceBusAuthentication.SasToken;

    /// <summary><c>Messaging:Amqp:SasTokenLifetime</c>: validity of each CBS token (5 min – 24 h); renewed at 80 % of it.</summary>
    public TimeSpan SasTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary><c>Messaging:Amqp:QueueName</c>: the complaint queue.</summary>
    public string QueueName { get; set; } = "complaints";

    /// <summary>
    /// <c>Messaging:Amqp:DeadLetterQueueName</c>: RabbitMQ only; default <c>&lt;QueueName&gt;.dlq</c>, and it must be the
    /// queue's <c>x-dead-letter-routing-key</c>. Service Bus always uses the queue's <c>$deadletterqueue</c>.
    /// </summary>
    public string? DeadLetterQueueName { get; set; }

    /// <summary>
    /// <c>Messaging:Amqp:LinkCredit</c>: messages the broker may push to the receiver ahead of settlement (1 – 10,000).
    /// It also caps the unsettled messages the receiver holds, so keep it at least the ingestion batch size for full
    /// batches. Larger is faster until memory or Service Bus lock time (60 s) becomes the limit.
    /// </summary>
    public int LinkCredit { get; set; } = 5000;

    /// <summary>
    /// <c>Messaging:Amqp:PrefetchBatch</c>: settled messages after which the receiver tops its credit up again
    /// (1 – LinkCredit; 0 = half of <see cref="LinkCredit"/>). Fewer flow frames when larger, a steadier stream when smaller.
    /// Service Bus only: with RabbitMQ credit is granted once the whole window is settled (see the receiver for why).
    /// </summary>
    public int PrefetchBatch { get; set; }

    /// <summary><c>Messaging:Amqp:MaxInFlightSends</c>: sends awaiting the broker's outcome at once (1 – 100,000); more wait.</summary>
    public int MaxInFlightSends { get; set; } = 1000;

    /// <summary><c>Messaging:Amqp:ReconnectBackoffMin</c>: first wait after a failed connect; doubles per failure.</summary>
    public TimeSpan ReconnectBackoffMin { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary><c>Messaging:Amqp:ReconnectBackoffMax</c>: longest wait between connection attempts.</summary>
    public TimeSpan ReconnectBackoffMax { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary><c>Messaging:Amqp:OperationTimeout</c>: limit for one connect, attach, CBS exchange or send outcome.</summary>
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// <c>Messaging:Amqp:MaxDeliveryCount</c>: RabbitMQ only (Service Bus applies the queue's own MaxDeliveryCount):
    /// a message delivered this many times is dead-lettered by the adapter with reason
    /// <see cref="DeadLetterProperties.MaxDeliveryCountExceeded"/> instead of being handed out again. 0 turns it off.
    /// Keep it above <c>Ingestion:MaxDeliveryCount</c> so the worker quarantines first; a quorum queue's
    /// <c>x-delivery-limit</c> is the broker-side backstop across processes.
    /// </summary>
    public int MaxDeliveryCount { get; set; } = 10;
}
