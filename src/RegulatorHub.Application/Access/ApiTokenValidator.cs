namespace RegulatorHub.Application.Access;

/// <summary>
/// Checks a presented API token secret: hashes it and looks the hash up, so no comparison of secrets takes place (and
/// none needs to run in constant time). Records the use at most about once a minute per token.
/// </summary>
/// <param name="store">Where tokens are kept.</param>
/// <param name="timeProvider">The clock expiry is judged by.</param>
public sealed class ApiTokenValidator(IApiTokenStore store, TimeProvider timeProvider)
{
    /// <summary>A token used again within this time of its last recorded use is not touched again.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>What <paramref name="secret"/> is: a valid token, or unknown, expired or revoked. Never throws for a bad secret.</summary>
    /// <param name="secret">The secret as presented (e.g. a bearer token); may be null or anything.</param>
    /// <param name="cancellationToken">Cancels the store calls.</param>
    public async Task<ApiTokenValidation> ValidateAsync(string? secret, CancellationToken cancellationToken)
    {
        // A malformed secret cannot have been issued: it costs no lookup.
        if (!ApiTokenIssuer.IsWellFormed(secret))
        {
            return ApiTokenValidation.Unknown;
        }

        var token = await store.FindByHashAsync(ApiTokenIssuer.HashOf(secret!), cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return ApiTokenValidation.Unknown;
        }

        if (token.RevokedAt is not null)
        {
            return new ApiTokenValidation(ApiTokenValidationStatus.Revoked, token);
        }

        var now = timeProvider.GetUtcNow();
        if (now >= token.ExpiresAt)
        {
            return new ApiTokenValidation(ApiTokenValidationStatus.Expired, token);
        }

        if (token.LastUsedAt is not { } last || now - last >= TouchInterval)
        {
            await store.TouchAsync(token.Id, now, cancellationToken).ConfigureAwait(false);
        }

        return new ApiTokenValidation(ApiTokenValidationStatus.Valid, token);
    }
}
