using RegulatorHub.Application.Exports;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The export history contract against the Cosmos DB adapter on the local server, each test in a fresh database.</summary>
public sealed class CosmosExportHistoryTests(CosmosServerFixture server) : ExportHistoryContract, IClassFixture<CosmosServerFixture>
{
    protected override async Task<(IExportHistory History, IAsyncDisposable Lifetime)> CreateAsync()
    {
        var database = new CosmosDatabase(server.NewDatabaseOptions());
        await database.InitializeAsync(CancellationToken.None);
        return (new CosmosExportHistory(database), new Cleanup(database));
    }

    private sealed class Cleanup(CosmosDatabase database) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            database.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
