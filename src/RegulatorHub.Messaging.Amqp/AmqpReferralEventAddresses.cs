namespace RegulatorHub.Messaging.Amqp;

/// <summary>Link addresses of the referral-events topic and a subscription to it, per broker profile.</summary>
/// <param name="Send">Where publishers send: the topic, or the fanout exchange (any routing key).</param>
/// <param name="Receive">The subscription: a topic subscription, or the deployment's queue bound to the exchange.</param>
/// <param name="DeadLetter">The subscription's dead-letter queue.</param>
internal sealed record AmqpReferralEventAddresses(string Send, string Receive, string DeadLetter)
{
    /// <summary>The addresses of <paramref name="topic"/> and <paramref name="subscription"/> on <paramref name="profile"/>.</summary>
    public static AmqpReferralEventAddresses For(AmqpProfile profile, string topic, string subscription) => profile switch
    {
        AmqpProfile.AzureServiceBus => new(
            topic,
            $"{topic}/subscriptions/{subscription}",
            $"{topic}/subscriptions/{subscription}/$deadletterqueue"),
        _ => new(
            $"/exchange/{topic}/referral-event",
            $"/amq/queue/{QueueName(topic, subscription)}",
            $"/amq/queue/{QueueName(topic, subscription)}.dlq"),
    };

    /// <summary>The RabbitMQ queue of a subscription: <c>{topic}.{subscription}</c>.</summary>
    public static string QueueName(string topic, string subscription) => $"{topic}.{subscription}";
}
