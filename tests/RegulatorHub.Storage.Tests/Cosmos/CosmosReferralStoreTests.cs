using RegulatorHub.Application.Referrals;
using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Storage.Tests.Contract;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>The referral store contract against the Cosmos DB adapter on the local server, each test in a fresh database.</summary>
public sealed class CosmosReferralStoreTests(CosmosServerFixture server) : ReferralStoreContract, IClassFixture<CosmosServerFixture>
{
    protected override async Task<(IReferralStore Store, IAsyncDisposable Lifetime)> CreateStoreAsync()
    {
        var database = new CosmosDatabase(server.NewDatabaseOptions());
        var store = new CosmosReferralStore(database);
        await store.InitializeAsync(CancellationToken.None);
        return (store, new Cleanup(database));
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
