using RegulatorHub.Application.Access;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The account store contract against the Cosmos DB adapter on the local server, each test in a fresh database.</summary>
public sealed class CosmosAccountStoreTests(CosmosServerFixture server) : AccountStoreContract, IClassFixture<CosmosServerFixture>
{
    protected override async Task<(IAccountStore Store, IAsyncDisposable Lifetime)> CreateAsync()
    {
        var database = new CosmosDatabase(server.NewDatabaseOptions());
        await database.InitializeAsync(CancellationToken.None);
        return (new CosmosAccountStore(database), new Cleanup(database));
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
