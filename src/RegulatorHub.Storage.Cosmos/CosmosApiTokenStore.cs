using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Storage.Cosmos;

/// <summary>
/// Personal API tokens in the <c>apiTokens</c> container. A token's document id is the hash of its secret and the
/// container is partitioned by id, so validating a request's token (<see cref="FindByHashAsync"/>) is one point read, and
/// the hash is unique by construction. The token's own id is a field (<c>tokenId</c>).
/// </summary>
/// <remarks>
/// Listing, revoking and touching go by owner or token id, which are queries across partitions. They are rare (a
/// listing or revocation is a person's click; a touch happens at most once a minute per token) and the container is
/// tiny (at most ten active tokens per analyst), so the fan-out costs little. Revoke and touch replace the document
/// only if its etag is unchanged, so a touch can never undo a revocation.
/// </remarks>
public sealed class CosmosApiTokenStore(CosmosDatabase database) : IApiTokenStore
{
    // Only touches and the one revocation change a token; a revocation meeting more changes than this is not contention.
    private const int MaxRevokeAttempts = 8;

    private readonly CosmosItems _items = new(database, CosmosContainers.ApiTokens, "an API token");

    /// <inheritdoc />
    public async Task<bool> AddAsync(ApiToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var status = await _items.CreateAsync(Write(token), token.Hash, cancellationToken).ConfigureAwait(false);
        if (status != HttpStatusCode.Conflict)
        {
            return true;
        }

        // A 409 may answer our own create sent again after a lost answer: then the stored token is this one.
        var stored = await FindByHashAsync(token.Hash, cancellationToken).ConfigureAwait(false);
        return stored?.Id == token.Id && stored.Owner == token.Owner && stored.CreatedAt == token.CreatedAt;
    }

    /// <inheritdoc />
    public async Task<ApiToken?> FindByHashAsync(string hash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hash);

        // Anything but a well-formed hash cannot be stored, and may not even be a legal document id.
        if (!ApiToken.IsValidHash(hash))
        {
            return null;
        }

        var found = await _items.ReadAsync(hash, hash, cancellationToken).ConfigureAwait(false);
        return found is { } f ? Read(f.Document) : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ApiToken>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.owner = @owner").WithParameter("@owner", owner);
        var found = await _items.QueryAsync(query, null, cancellationToken).ConfigureAwait(false);

        // A handful per owner: sorted here rather than by a cross-partition ORDER BY.
        return [.. found.Select(f => Read(f.Document))
            .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public async Task<bool> RevokeAsync(string owner, string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(id);
        for (var attempt = 1; attempt <= MaxRevokeAttempts; attempt++)
        {
            var found = await FindByIdAsync(id, cancellationToken).ConfigureAwait(false);
            if (found is not { } current || current.Token.Owner != owner || current.Token.RevokedAt is not null)
            {
                return false;
            }

            var t = current.Token;
            var revoked = new ApiToken(t.Id, t.Owner, t.Name, t.Hash, t.Prefix, t.CreatedAt, t.ExpiresAt, at, t.LastUsedAt);
            var status = await _items.ReplaceAsync(t.Hash, Write(revoked), t.Hash, current.ETag, cancellationToken).ConfigureAwait(false);
            if (status != HttpStatusCode.PreconditionFailed)
            {
                return status != HttpStatusCode.NotFound;
            }
        }

        throw new CosmosStoreException($"An API token changed under {MaxRevokeAttempts} attempts to revoke it.", HttpStatusCode.PreconditionFailed);
    }

    /// <inheritdoc />
    public async Task TouchAsync(string id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await FindByIdAsync(id, cancellationToken).ConfigureAwait(false);
        if (found is not { } current || current.Token.LastUsedAt is { } last && at - last < ApiTokenValidator.TouchInterval)
        {
            return;
        }

        // A 412 means a revocation or another touch came first: either way there is nothing left to record.
        var t = current.Token;
        var touched = new ApiToken(t.Id, t.Owner, t.Name, t.Hash, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, at);
        await _items.ReplaceAsync(t.Hash, Write(touched), t.Hash, current.ETag, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(ApiToken Token, string ETag)?> FindByIdAsync(string id, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.tokenId = @id").WithParameter("@id", id);
        var found = await _items.QueryAsync(query, null, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : (Read(found[0].Document), found[0].ETag);
    }

    private static byte[] Write(ApiToken token) => CosmosItems.Write(w =>
    {
        w.WriteString("id", token.Hash);
        w.WriteString("tokenId", token.Id);
        w.WriteString("owner", token.Owner);
        w.WriteString("name", token.Name);
        w.WriteString("prefix", token.Prefix);
        w.WriteString("createdAt", CosmosItems.Instant(token.CreatedAt));
        w.WriteString("expiresAt", CosmosItems.Instant(token.ExpiresAt));
        WriteOptional(w, "revokedAt", token.RevokedAt);
        WriteOptional(w, "lastUsedAt", token.LastUsedAt);
    });

    private static void WriteOptional(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            writer.WriteString(name, CosmosItems.Instant(v));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static ApiToken Read(JsonElement d) => new(
        d.GetProperty("tokenId").GetString()!,
        d.GetProperty("owner").GetString()!,
        d.GetProperty("name").GetString()!,
        d.GetProperty("id").GetString()!,
        d.GetProperty("prefix").GetString()!,
        CosmosItems.ParseInstant(d.GetProperty("createdAt").GetString()!),
        CosmosItems.ParseInstant(d.GetProperty("expiresAt").GetString()!),
        CosmosItems.OptionalInstant(d, "revokedAt"),
        CosmosItems.OptionalInstant(d, "lastUsedAt"));
}
