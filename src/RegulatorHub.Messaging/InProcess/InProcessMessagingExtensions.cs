using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Messaging;

namespace RegulatorHub.Messaging.InProcess;

/// <summary>Registers the in-process queue as both publisher and receiver.</summary>
public static class InProcessMessagingExtensions
{
    /// <summary>Adds the in-process feed queue (capacity from <c>Messaging:QueueCapacity</c>).</summary>
    public static IServiceCollection AddInProcessMessaging(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new InProcessFeedQueue(sp.GetRequiredService<IOptions<MessagingOptions>>().Value.QueueCapacity));
        services.TryAddSingleton<IFeedPublisher>(sp => sp.GetRequiredService<InProcessFeedQueue>());
        services.TryAddSingleton<IFeedReceiver>(sp => sp.GetRequiredService<InProcessFeedQueue>());
        services.TryAddSingleton<IDeadLetterQueue>(sp => sp.GetRequiredService<InProcessFeedQueue>());
        return services;
    }
}
