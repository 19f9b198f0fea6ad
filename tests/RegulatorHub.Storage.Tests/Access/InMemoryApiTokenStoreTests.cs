using RegulatorHub.Application.Access;
using RegulatorHub.Storage.Tests.Contract;
using RegulatorHub.Testing.Access;

namespace RegulatorHub.Storage.Tests.Access;

/// <summary>The API token store contract against the in-memory fake other tests rely on.</summary>
public sealed class InMemoryApiTokenStoreTests : ApiTokenStoreContract
{
    protected override Task<(IApiTokenStore Store, IAsyncDisposable Lifetime)> CreateAsync() =>
        Task.FromResult<(IApiTokenStore, IAsyncDisposable)>((new InMemoryApiTokenStore(), new NoLifetime()));

    private sealed class NoLifetime : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
