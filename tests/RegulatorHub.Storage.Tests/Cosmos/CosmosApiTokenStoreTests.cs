using RegulatorHub.Application.Access;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The API token store contract against the Cosmos DB adapter on the local server, each test in a fresh database.</summary>
public sealed class CosmosApiTokenStoreTests(CosmosServerFixture server) : ApiTokenStoreContract, IClassFixture<CosmosServerFixture>
{
    protected override async Task<(IApiTokenStore Store, IAsyncDisposable Lifetime)> CreateAsync()
    {
        var database = new CosmosDatabase(server.NewDatabaseOptions());
        await database.InitializeAsync(CancellationToken.None);
        return (new CosmosApiTokenStore(database), new Cleanup(database));
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
