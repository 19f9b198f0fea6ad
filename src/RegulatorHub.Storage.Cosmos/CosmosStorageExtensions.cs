using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Exports;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>Registers the Cosmos DB adapter for the storage ports.</summary>
public static class CosmosStorageExtensions
{
    /// <summary>Adds the Cosmos DB store configured by <c>Storage:Cosmos</c>, validated at start.</summary>
    public static IServiceCollection AddCosmosStorage(this IServiceCollection services)
    {
        services.AddOptions<CosmosStorageOptions>().BindConfiguration(CosmosStorageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CosmosStorageOptions>, ValidateCosmosStorageOptions>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new CosmosDatabase(sp.GetRequiredService<IOptions<CosmosStorageOptions>>().Value, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<CosmosComplaintStore>();
        services.TryAddSingleton<IComplaintStore>(sp => sp.GetRequiredService<CosmosComplaintStore>());
        services.TryAddSingleton<IQuarantineStore, CosmosQuarantineStore>();
        services.TryAddSingleton<IComplaintExportSource, CosmosComplaintExportSource>();
        services.TryAddSingleton<IComplaintChangeFeed, CosmosComplaintChangeFeed>();
        services.TryAddSingleton<IReferralStore, CosmosReferralStore>();
        services.TryAddSingleton<IAccountStore, CosmosAccountStore>();
        services.TryAddSingleton<IApiTokenStore, CosmosApiTokenStore>();
        services.TryAddSingleton<IStatisticsDefinitionStore, CosmosStatisticsDefinitionStore>();
        services.TryAddSingleton<IExportHistory, CosmosExportHistory>();
        services.TryAddSingleton<IComplaintStatistics>(sp => new ChangeFeedComplaintStatistics(sp.GetRequiredService<IComplaintChangeFeed>()));

        // Needs an AuditChain (the keyed hash) registered by the host: Hosting's AddRegulatorHubCore adds it.
        services.TryAddSingleton<IAuditTrail>(sp => new CosmosAuditTrail(
            sp.GetRequiredService<CosmosDatabase>(), sp.GetRequiredService<AuditChain>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
