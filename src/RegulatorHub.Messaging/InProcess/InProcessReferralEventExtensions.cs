using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Referrals;

namespace RegulatorHub.Messaging.InProcess;

/// <summary>Registers the in-process referral-events bus.</summary>
public static class InProcessReferralEventExtensions
{
    /// <summary>Adds the in-process bus as publisher, and this deployment's subscription (its instance id) as receiver.</summary>
    public static IServiceCollection AddInProcessReferralEvents(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new InProcessReferralEventBus(sp.GetService<TimeProvider>()));
        services.TryAddSingleton<IReferralEventPublisher>(sp => sp.GetRequiredService<InProcessReferralEventBus>());
        services.TryAddSingleton(sp => sp.GetRequiredService<InProcessReferralEventBus>().Subscribe(
            sp.GetRequiredService<IOptions<ReferralOptions>>().Value.InstanceId
                ?? throw new InvalidOperationException($"{ReferralOptions.SectionName}:InstanceId has no value.")));
        return services;
    }
}
