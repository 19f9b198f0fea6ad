namespace RegulatorHub.Application.Access;

/// <summary>
/// Port: where personal API tokens are kept. Only the hash of a token's secret is stored, and a request's token is
/// found by that hash, so no stored value lets anyone call the API.
/// </summary>
public interface IApiTokenStore
{
    /// <summary>
    /// Adds <paramref name="token"/> unless a token with the same hash exists (an existing token is left as it is).
    /// Ids must be unique too; the issuer makes them from a time-ordered GUID. Durable when the task completes.
    /// </summary>
    /// <returns><see langword="true"/> when added, <see langword="false"/> when the hash was already stored.</returns>
    Task<bool> AddAsync(ApiToken token, CancellationToken cancellationToken);

    /// <summary>The token whose secret hashes to <paramref name="hash"/> (exact), revoked and expired ones included; or <see langword="null"/>.</summary>
    Task<ApiToken?> FindByHashAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Every token of <paramref name="owner"/> (exact match), revoked and expired ones included, newest issued first.</summary>
    Task<IReadOnlyList<ApiToken>> ListAsync(string owner, CancellationToken cancellationToken);

    /// <summary>Revokes the token <paramref name="id"/> of <paramref name="owner"/> as of <paramref name="at"/>.</summary>
    /// <returns>
    /// <see langword="true"/> when this call revoked it; <see langword="false"/> when there is no such token, it belongs
    /// to someone else, or it was revoked already (its first revocation time is kept).
    /// </returns>
    Task<bool> RevokeAsync(string owner, string id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Records that token <paramref name="id"/> was accepted at <paramref name="at"/>. Cheap and best effort: never
    /// moves the time backwards, may be skipped when the token was touched less than a minute before, and does nothing
    /// for an unknown id. Never undoes a revocation.
    /// </summary>
    Task TouchAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);
}
