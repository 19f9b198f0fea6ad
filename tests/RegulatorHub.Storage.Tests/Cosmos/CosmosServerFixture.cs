using RegulatorHub.Storage.Cosmos;
using RegulatorHub.Testing.Cosmos;

namespace RegulatorHub.Storage.Tests.Cosmos;

/// <summary>One local Cosmos DB server per test class; each test gets its own database on it.</summary>
public sealed class CosmosServerFixture : IAsyncLifetime
{
    private CosmosServer? _server;

    /// <summary>The running server.</summary>
    public CosmosServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Options for a fresh database on the server.</summary>
    public CosmosStorageOptions NewDatabaseOptions(int maxConcurrency = 8) => new()
    {
        Endpoint = Server.Endpoint,
        Key = CosmosServer.Key,
        Database = "test-" + Guid.NewGuid().ToString("N")[..12],
        AcceptLoopbackCertificate = true,
        MaxConcurrency = maxConcurrency,
        PartitionBuckets = 4,
    };

    /// <inheritdoc />
    public async Task InitializeAsync() => _server = await CosmosServer.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
