using Microsoft.Extensions.Hosting;
using RegulatorHub.Application.Storage;

namespace RegulatorHub.Hosting;

/// <summary>Creates the store's schema at start-up, before the worker and the seeder start.</summary>
public sealed class StoreInitializer(IComplaintStore store) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
