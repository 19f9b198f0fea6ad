using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RegulatorHub.Exports;

/// <summary>Registers the statistics file writers and the export service.</summary>
public static class StatisticsExportsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the CSV, XLSX and Parquet writers, <see cref="StatisticsFileWriters"/> and <see cref="StatisticsExportService"/>
    /// (which needs the table builder, the export history and the audit writer registered by the host).
    /// </summary>
    public static IServiceCollection AddStatisticsExports(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatisticsFileWriter, StatisticsCsvWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatisticsFileWriter, StatisticsXlsxWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatisticsFileWriter, StatisticsParquetWriter>());
        services.TryAddSingleton<StatisticsFileWriters>();
        services.TryAddSingleton<StatisticsExportService>();
        return services;
    }
}
