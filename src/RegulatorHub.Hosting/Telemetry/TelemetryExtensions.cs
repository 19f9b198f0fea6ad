using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using RegulatorHub.Ingestion.Pipeline;

namespace RegulatorHub.Hosting.Telemetry;

/// <summary>OpenTelemetry metrics for the hosts: ingestion and transport meters, exported over OTLP when configured.</summary>
public static class TelemetryExtensions
{
    /// <summary>Meter of the AMQP transport (reconnects, settlement failures, receive latency).</summary>
    public const string MessagingMeterName = "RegulatorHub.Messaging";

    /// <summary>
    /// Collects the RegulatorHub meters and the .NET runtime's. Exports over OTLP when the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> setting is present (an OpenTelemetry Collector, Azure Monitor's agent, the
    /// Aspire dashboard…); without it nothing leaves the process, and <c>dotnet-counters</c> can still read the meters.
    /// </summary>
    public static IServiceCollection AddRegulatorHubTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        var exportOtlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(IngestionCounters.MeterName, MessagingMeterName, "System.Runtime");
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
