using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.Amqp;

/// <summary>Registers the AMQP 1.0 adapter of the messaging ports.</summary>
public static class AmqpMessagingExtensions
{
    /// <summary>
    /// Adds the AMQP publisher, receiver and dead-letter queue (one shared connection), the <c>messaging</c> health
    /// check and the transport metrics, with <c>Messaging:Amqp</c> bound and validated at start.
    /// </summary>
    public static IServiceCollection AddAmqpMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(descriptor => descriptor.ServiceType == typeof(AmqpConnection)))
        {
            return services; // added already; a second health check of the same name would fail at start
        }

        services.AddOptions<AmqpMessagingOptions>().Bind(configuration.GetSection(AmqpMessagingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AmqpMessagingOptions>, ValidateAmqpMessagingOptions>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AmqpTransportMetrics>();
        services.TryAddSingleton<AmqpConnection>();
        services.TryAddSingleton<AmqpFeedPublisher>();
        services.TryAddSingleton<AmqpFeedReceiver>();
        services.TryAddSingleton<AmqpDeadLetterQueue>();
        services.TryAddSingleton<IFeedPublisher>(sp => sp.GetRequiredService<AmqpFeedPublisher>());
        services.TryAddSingleton<IFeedReceiver>(sp => sp.GetRequiredService<AmqpFeedReceiver>());
        services.TryAddSingleton<IDeadLetterQueue>(sp => sp.GetRequiredService<AmqpDeadLetterQueue>());
        services.AddHealthChecks().AddCheck<AmqpMessagingHealthCheck>("messaging");
        return services;
    }
}
