using RegulatorHub.Application.Exports;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The saved statistics definition store contract against the Cosmos DB adapter on the local server, each test in a fresh database.</summary>
public sealed class CosmosStatisticsDefinitionStoreTests(CosmosServerFixture server) : StatisticsDefinitionStoreContract, IClassFixture<CosmosServerFixture>
{
    protected override async Task<(IStatisticsDefinitionStore Store, IAsyncDisposable Lifetime)> CreateAsync()
    {
        var database = new CosmosDatabase(server.NewDatabaseOptions());
        await database.InitializeAsync(CancellationToken.None);
        return (new CosmosStatisticsDefinitionStore(database), new Cleanup(database));
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
