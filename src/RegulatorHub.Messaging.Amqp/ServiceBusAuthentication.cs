namespace RegulatorHub.Messaging.Amqp;

/// <summary>How the <see cref="AmqpProfile.AzureServiceBus"/> profile authenticates with its SAS policy.</summary>
public enum ServiceBusAuthentication
{
    /// <summary>
    /// SASL ANONYMOUS, then a SAS token put on the <c>$cbs</c> node (claims-based security) and renewed before it
    /// expires. The key never leaves the process; only signed, expiring tokens do.
    /// </summary>
    SasToken,

    /// <summary>SASL PLAIN with the SAS policy name and key as user name and password (sent inside TLS).</summary>
    SaslPlain,
}
