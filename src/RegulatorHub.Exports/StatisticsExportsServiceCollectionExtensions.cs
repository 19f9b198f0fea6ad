using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RegulatorHub.Exports;

/// <summary>Registers the statistics file writers.</summary>
public static class StatisticsExportsServiceCollectionExtensions
{
    /// <summary>Adds the CSV, XLSX and Parquet writers and <see cref="StatisticsFileWriters"/>.</summary>
    public static IServiceCollection AddStatisticsExports(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatisticsFileWriter, StatisticsCsvWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatisticsFileWriter, StatisticsXlsxWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatisticsFileWriter, StatisticsParquetWriter>());
        services.TryAddSingleton<StatisticsFileWriters>();
        return services;
    }
}
