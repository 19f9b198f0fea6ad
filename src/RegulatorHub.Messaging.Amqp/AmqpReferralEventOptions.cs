namespace RegulatorHub.Messaging.Amqp;

/// <summary>
/// Configuration section <c>Messaging:Amqp:ReferralEvents</c>: the topic deployments exchange referral changes on and
/// this deployment's subscription to it, on the broker of <c>Messaging:Amqp</c>.
/// </summary>
/// <remarks>
/// <para>Service Bus: a topic <see cref="Topic"/> with one subscription per deployment (<see cref="Subscription"/>).</para>
/// <para>RabbitMQ: a fanout exchange <see cref="Topic"/> with one durable queue per deployment, named
/// <c>{Topic}.{Subscription}</c> and bound to it, and that queue's <c>.dlq</c>. The AMQP 1.0 plugin cannot declare
/// bindings, so the operator declares them (README, Referrals).</para>
/// </remarks>
public sealed class AmqpReferralEventOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Messaging:Amqp:ReferralEvents";

    /// <summary><c>Messaging:Amqp:ReferralEvents:Topic</c>: the topic (Service Bus) or fanout exchange (RabbitMQ).</summary>
    public string Topic { get; set; } = "referral-events";

    /// <summary>
    /// <c>Messaging:Amqp:ReferralEvents:Subscription</c>: this deployment's subscription; default the instance id
    /// (<c>Referrals:InstanceId</c>).
    /// </summary>
    public string? Subscription { get; set; }

    /// <summary><c>Messaging:Amqp:ReferralEvents:LinkCredit</c>: messages the broker may push ahead of settlement (1 – 1,000).</summary>
    public int LinkCredit { get; set; } = 50;
}
