namespace RegulatorHub.Messaging.Amqp;

/// <summary>The broker answered a send with an outcome other than accepted.</summary>
public sealed class AmqpSendRejectedException : Exception
{
    /// <summary>Creates the exception for a refusal by the broker at <paramref name="address"/>.</summary>
    public AmqpSendRejectedException(string address, string condition, string? description)
        : base($"The broker did not accept the message sent to '{address}': {condition}{(string.IsNullOrEmpty(description) ? string.Empty : " — " + description)}.")
    {
        Address = address;
        Condition = condition;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public AmqpSendRejectedException()
    {
        Address = string.Empty;
        Condition = string.Empty;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public AmqpSendRejectedException(string message)
        : base(message)
    {
        Address = string.Empty;
        Condition = string.Empty;
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public AmqpSendRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Address = string.Empty;
        Condition = string.Empty;
    }

    /// <summary>The link address (queue) the message was sent to.</summary>
    public string Address { get; }

    /// <summary>The broker's error condition, e.g. <c>amqp:resource-limit-exceeded</c>, or the outcome's name.</summary>
    public string Condition { get; }
}
