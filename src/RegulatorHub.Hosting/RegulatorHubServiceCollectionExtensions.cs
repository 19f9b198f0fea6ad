using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Analytics.Forecasting;
using RegulatorHub.Analytics.Hotspots;
using RegulatorHub.Analytics.Queries;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Analytics;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Privacy;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Domain.Crosswalks;
using RegulatorHub.Domain.Regions;
using RegulatorHub.Domain.Taxonomy;
using RegulatorHub.Hosting.Access;
using RegulatorHub.Hosting.Analytics;
using RegulatorHub.Hosting.Configuration;
using RegulatorHub.Hosting.Health;
using RegulatorHub.Hosting.Privacy;
using RegulatorHub.Hosting.Referrals;
using RegulatorHub.Hosting.Seeding;
using RegulatorHub.Ingestion.Normalization;
using RegulatorHub.Ingestion.Pipeline;
using RegulatorHub.Ingestion.Privacy;
using RegulatorHub.Ingestion.Validation;
using RegulatorHub.Messaging.Amqp;
using RegulatorHub.Messaging.InProcess;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Sqlite;

namespace RegulatorHub.Hosting;

/// <summary>The composition root every RegulatorHub host shares: options, adapters, pipeline, seeding, health.</summary>
public static class RegulatorHubServiceCollectionExtensions
{
    /// <summary>
    /// Adds storage and messaging (chosen by <c>Storage:Provider</c> and <c>Messaging:Provider</c>), the ingestion
    /// pipeline and its reference data, with options validated at start.
    /// </summary>
    public static IServiceCollection AddRegulatorHubCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddOptions<MessagingOptions>().Bind(configuration.GetSection(MessagingOptions.SectionName)).ValidateOnStart();
        services.AddOptions<IngestionOptions>().Bind(configuration.GetSection(IngestionOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SeedOptions>().Bind(configuration.GetSection(SeedOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, ValidateRegulatorHubOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MessagingOptions>, ValidateRegulatorHubOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IngestionOptions>, ValidateRegulatorHubOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SeedOptions>, ValidateRegulatorHubOptions>());

        services.TryAddSingleton(TimeProvider.System);

        // Adapters. Unknown provider names fail options validation at start with the key named.
        var storageProvider = configuration[$"{StorageOptions.SectionName}:Provider"] ?? StorageOptions.SqliteProvider;
        if (storageProvider == StorageOptions.SqliteProvider)
        {
            services.AddSqliteStorage();
        }
        else if (storageProvider == StorageOptions.CosmosProvider)
        {
            services.AddCosmosStorage();
        }

        var messagingProvider = configuration[$"{MessagingOptions.SectionName}:Provider"] ?? MessagingOptions.InProcessProvider;
        if (messagingProvider == MessagingOptions.InProcessProvider)
        {
            services.AddInProcessMessaging();
        }
        else if (messagingProvider == MessagingOptions.AmqpProvider)
        {
            services.AddAmqpMessaging(configuration);
        }

        // Reference data shipped in the Domain assembly.
        services.TryAddSingleton(_ => ComplaintTaxonomy.Default);
        services.TryAddSingleton(_ => CrosswalkCatalog.Default);
        services.TryAddSingleton(_ => RegionGazetteer.Default);

        // The pipeline.
        services.TryAddSingleton<PseudonymKeyProvider>();
        services.TryAddSingleton(sp => new ComplainantPseudonymizer(sp.GetRequiredService<PseudonymKeyProvider>().GetKey()));
        services.TryAddSingleton<FeedMessageValidator>();
        services.TryAddSingleton<PersonalDataFilter>();
        services.TryAddSingleton<ComplaintNormalizer>();
        services.TryAddSingleton<FeedMessageProcessor>();
        services.TryAddSingleton<IngestionCounters>();
        services.TryAddSingleton<ComplaintRecorder>();
        services.TryAddSingleton<SyntheticSeeder>();

        // The audit trail (IAuditTrail comes with the storage adapter): its key, the chain, the verifier, the writer.
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AuditOptions>, ValidateAuditOptions>());
        services.TryAddSingleton<AuditKeyProvider>();
        services.TryAddSingleton(sp => new AuditChain(sp.GetRequiredService<AuditKeyProvider>().GetKey()));
        services.TryAddSingleton<AuditVerifier>();
        services.TryAddSingleton<AuditWriter>();

        // The hooks that feed the trail. Registered here, before the Add… calls that register the hooks' do-nothing
        // defaults with TryAdd, so every host that calls this first records sign-ins, complaint views and referrals.
        services.TryAddSingleton<ISignInEvents, AuditSignInEvents>();
        services.TryAddSingleton<IComplaintViewRecorder, AuditComplaintViewRecorder>();
        services.TryAddSingleton<IReferralAuditSink, AuditReferralAuditSink>();

        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>Runs the ingestion worker in this host when <c>Ingestion:RunWorker</c> is true (the default).</summary>
    public static IServiceCollection AddRegulatorHubIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue($"{IngestionOptions.SectionName}:RunWorker", defaultValue: true))
        {
            services.AddHostedService<IngestionWorker>();
        }

        if (configuration.GetValue($"{SeedOptions.SectionName}:OnFirstStart", defaultValue: true))
        {
            services.TryAddSingleton<FirstStartSeedingService>();
            services.AddHostedService(sp => sp.GetRequiredService<FirstStartSeedingService>());
        }

        return services;
    }

    /// <summary>
    /// Adds the analytics store (loaded from its snapshot and the store's change feed, followed while the host runs)
    /// and the query engine over it.
    /// </summary>
    public static IServiceCollection AddRegulatorHubAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AnalyticsOptions>().Bind(configuration.GetSection(AnalyticsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnalyticsOptions>, ValidateRegulatorHubOptions>());
        services.TryAddSingleton(_ => RegionPopulation.Default);
        services.TryAddSingleton<AnalyticsFacts>();
        services.TryAddSingleton<FactQueryEngine>();
        services.TryAddSingleton<HotspotScanner>();
        services.TryAddSingleton<IForecaster>(_ => new SeriesForecaster());
        services.TryAddSingleton<ComplaintAnalytics>();
        services.TryAddSingleton<ComplaintFactLoader>();
        services.AddOptions<DisclosureOptions>().Bind(configuration.GetSection(DisclosureOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DisclosureOptions>, ValidateDisclosureOptions>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => DimensionLabels.Default);
        services.TryAddSingleton<StatisticsTableBuilder>();
        services.AddHostedService<ComplaintFactLoaderService>();
        services.AddHealthChecks().AddCheck<AnalyticsHealthCheck>("analytics");
        return services;
    }

    /// <summary>
    /// Adds the referral service and the referral-events bus of the configured transport (in-process or AMQP), with
    /// <c>Referrals</c> bound and validated at start; the republisher of changes whose publication failed; and, when
    /// <c>Referrals:ConsumeEvents</c> is true (the default), the consumer of other deployments' events. Agency lookups
    /// default to <c>Access:Agencies</c> and the audit sink to none, unless registered before.
    /// </summary>
    public static IServiceCollection AddRegulatorHubReferrals(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ReferralService)))
        {
            return services;
        }

        services.AddOptions<ReferralOptions>()
            .Bind(configuration.GetSection(ReferralOptions.SectionName))
            .PostConfigure<IOptions<StorageOptions>>((options, storage) =>
                options.InstanceId ??= ReferralOptions.DefaultInstanceId(storage.Value.ResolveDataDirectory()))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReferralOptions>, ValidateReferralOptions>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddAgencyDirectory(configuration);
        services.TryAddSingleton<IAgencyLookup>(sp => sp.GetRequiredService<AgencyDirectory>());
        services.TryAddSingleton<IJurisdictionLookup>(sp => sp.GetRequiredService<AgencyDirectory>());
        services.TryAddSingleton<IReferralAuditSink, NullReferralAuditSink>();
        services.TryAddSingleton<ReferralService>();
        services.TryAddSingleton<ReferralEventApplier>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IComplaintAccessGrant, ReferralAccessGrant>());

        var messagingProvider = configuration[$"{MessagingOptions.SectionName}:Provider"] ?? MessagingOptions.InProcessProvider;
        if (messagingProvider == MessagingOptions.AmqpProvider)
        {
            services.AddAmqpReferralEvents(configuration);
        }
        else
        {
            services.AddInProcessReferralEvents();
        }

        services.AddHostedService<ReferralEventRelay>();
        if (configuration.GetValue($"{ReferralOptions.SectionName}:ConsumeEvents", defaultValue: true))
        {
            services.AddHostedService<ReferralEventConsumer>();
        }

        return services;
    }

    /// <summary>Adds the <c>storage</c> and <c>ingestion</c> health checks.</summary>
    public static IHealthChecksBuilder AddRegulatorHubHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("storage")
            .AddCheck<IngestionHealthCheck>("ingestion");
}
