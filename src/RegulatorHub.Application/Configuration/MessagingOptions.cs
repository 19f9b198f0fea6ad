namespace RegulatorHub.Application.Configuration;

/// <summary>Configuration section <c>Messaging</c>: which transport carries the complaint feeds.</summary>
public sealed class MessagingOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Messaging";

    /// <summary>The in-process bounded queue (embedded default).</summary>
    public const string InProcessProvider = "InProcess";

    /// <summary>An AMQP 1.0 broker (Azure Service Bus or RabbitMQ), configured in <c>Messaging:Amqp</c>.</summary>
    public const string AmqpProvider = "Amqp";

    /// <summary><c>Messaging:Provider</c>: <c>InProcess</c> (default) or <c>Amqp</c>.</summary>
    public string Provider { get; set; } = InProcessProvider;

    /// <summary><c>Messaging:QueueCapacity</c>: messages the in-process queue holds before publishers wait.</summary>
    public int QueueCapacity { get; set; } = 20_000;
}
