using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Audit;
using RegulatorHub.Application.Configuration;
using RegulatorHub.Application.Exports;
using RegulatorHub.Application.Referrals;
using RegulatorHub.Application.Statistics;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Storage.Sqlite;

/// <summary>Registers the SQLite adapter for the storage ports.</summary>
public static class SqliteStorageExtensions
{
    /// <summary>Adds the embedded SQLite store (file in <c>Storage:DataDirectory</c>).</summary>
    public static IServiceCollection AddSqliteStorage(this IServiceCollection services)
    {
        services.AddOptions<SqliteStorageOptions>().BindConfiguration(SqliteStorageOptions.SectionName);
        services.TryAddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var sqlite = sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value;
            return new SqliteDatabase(Path.Combine(storage.ResolveDataDirectory(), sqlite.FileName), sqlite.Synchronous);
        });
        services.TryAddSingleton<SqliteComplaintStore>();
        services.TryAddSingleton<IComplaintStore>(sp => sp.GetRequiredService<SqliteComplaintStore>());
        services.TryAddSingleton<IQuarantineStore, SqliteQuarantineStore>();
        services.TryAddSingleton<IComplaintStatistics, SqliteComplaintStatistics>();
        services.TryAddSingleton<IComplaintExportSource, SqliteComplaintExportSource>();
        services.TryAddSingleton<IComplaintChangeFeed, SqliteComplaintChangeFeed>();
        services.TryAddSingleton<IReferralStore, SqliteReferralStore>();
        services.TryAddSingleton<IAccountStore, SqliteAccountStore>();
        services.TryAddSingleton<IApiTokenStore, SqliteApiTokenStore>();
        services.TryAddSingleton<IStatisticsDefinitionStore, SqliteStatisticsDefinitionStore>();
        services.TryAddSingleton<IExportHistory, SqliteExportHistory>();

        // Needs an AuditChain (the keyed hash) registered by the host: Hosting's AddRegulatorHubCore adds it.
        services.TryAddSingleton<IAuditTrail, SqliteAuditTrail>();
        return services;
    }
}
