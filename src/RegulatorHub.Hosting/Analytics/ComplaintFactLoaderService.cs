using Microsoft.Extensions.Hosting;
using RegulatorHub.Application.Analytics;

namespace RegulatorHub.Hosting.Analytics;

/// <summary>Runs <see cref="ComplaintFactLoader"/> for the life of the host.</summary>
internal sealed class ComplaintFactLoaderService(ComplaintFactLoader loader) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => loader.RunAsync(stoppingToken);
}
