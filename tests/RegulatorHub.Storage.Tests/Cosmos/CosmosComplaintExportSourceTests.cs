using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The export contract against the Cosmos DB adapter on the local server, each test in a fresh database.</summary>
public sealed class CosmosComplaintExportSourceTests(CosmosServerFixture server) : ComplaintExportSourceContract, IClassFixture<CosmosServerFixture>
{
    protected override async Task<ExportFixture> CreateAsync()
    {
        var database = new CosmosDatabase(server.NewDatabaseOptions());
        var store = new CosmosComplaintStore(database);
        await store.InitializeAsync(CancellationToken.None);
        return new ExportFixture(store, new CosmosComplaintExportSource(database), new Cleanup(store, database));
    }

    private sealed class Cleanup(CosmosComplaintStore store, CosmosDatabase database) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            store.Dispose();
            database.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
