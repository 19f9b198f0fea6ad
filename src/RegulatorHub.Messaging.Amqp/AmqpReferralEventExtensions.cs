using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Referrals;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>Registers the AMQP 1.0 adapter of the referral-events ports.</summary>
public static class AmqpReferralEventExtensions
{
    /// <summary>
    /// Adds the referral-events publisher and this deployment's receiver on the shared AMQP connection
    /// (<see cref="AmqpMessagingExtensions.AddAmqpMessaging"/> is added too), with <c>Messaging:Amqp:ReferralEvents</c>
    /// bound and validated at start.
    /// </summary>
    public static IServiceCollection AddAmqpReferralEvents(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddAmqpMessaging(configuration);
        services.AddOptions<AmqpReferralEventOptions>().Bind(configuration.GetSection(AmqpReferralEventOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AmqpReferralEventOptions>, ValidateAmqpReferralEventOptions>());
        services.TryAddSingleton<AmqpReferralEventPublisher>();
        services.TryAddSingleton<AmqpReferralEventReceiver>();
        services.TryAddSingleton<IReferralEventPublisher>(sp => sp.GetRequiredService<AmqpReferralEventPublisher>());
        services.TryAddSingleton<IReferralEventReceiver>(sp => sp.GetRequiredService<AmqpReferralEventReceiver>());
        return services;
    }
}
