using RegulatorHub.Application.Access;

namespace RegulatorHub.Testing.Access;

/// <summary>
/// A fake <see cref="IApiTokenStore"/> in memory, for tests of the issuer, the validator and the API's authentication.
/// It passes the same contract tests as the SQLite and Cosmos DB stores. <see cref="Touches"/> counts the touches that
/// reached it, so a test can see the once-a-minute rule.
/// </summary>
public sealed class InMemoryApiTokenStore : IApiTokenStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ApiToken> _byHash = new(StringComparer.Ordinal);

    /// <summary>Calls of <see cref="TouchAsync"/> so far.</summary>
    public int Touches { get; private set; }

    /// <inheritdoc />
    public Task<bool> AddAsync(ApiToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        lock (_gate)
        {
            return Task.FromResult(!_byHash.Values.Any(t => t.Id == token.Id) && _byHash.TryAdd(token.Hash, token));
        }
    }

    /// <inheritdoc />
    public Task<ApiToken?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hash);
        lock (_gate)
        {
            return Task.FromResult(_byHash.GetValueOrDefault(hash));
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ApiToken>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        lock (_gate)
        {
            IReadOnlyList<ApiToken> tokens = [.. _byHash.Values.Where(t => t.Owner == owner)
                .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id, StringComparer.Ordinal)];
            return Task.FromResult(tokens);
        }
    }

    /// <inheritdoc />
    public Task<bool> RevokeAsync(string owner, string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            var token = _byHash.Values.FirstOrDefault(t => t.Id == id && t.Owner == owner);
            if (token is null || token.RevokedAt is not null)
            {
                return Task.FromResult(false);
            }

            _byHash[token.Hash] = With(token, revokedAt: at, lastUsedAt: token.LastUsedAt);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task TouchAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        lock (_gate)
        {
            Touches++;
            var token = _byHash.Values.FirstOrDefault(t => t.Id == id);
            if (token is not null && (token.LastUsedAt is not { } last || at - last >= ApiTokenValidator.TouchInterval))
            {
                _byHash[token.Hash] = With(token, token.RevokedAt, at);
            }

            return Task.CompletedTask;
        }
    }

    private static ApiToken With(ApiToken t, DateTimeOffset? revokedAt, DateTimeOffset? lastUsedAt) =>
        new(t.Id, t.Owner, t.Name, t.Hash, t.Prefix, t.CreatedAt, t.ExpiresAt, revokedAt, lastUsedAt);
}
