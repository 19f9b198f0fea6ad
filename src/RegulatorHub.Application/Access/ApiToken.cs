namespace RegulatorHub.Application.Access;

/// <summary>
/// A personal API token as stored: who owns it, what it is called and the SHA-256 hash of its secret. The secret itself
/// is shown once when the token is issued (<see cref="ApiTokenIssuer"/>) and never stored. Validated on construction.
/// </summary>
public sealed record ApiToken
{
    /// <summary>Longest token name accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Characters of the secret kept for display (<see cref="Prefix"/>).</summary>
    public const int PrefixLength = 8;

    /// <summary>Creates a token record.</summary>
    /// <param name="id">Opaque token id (32 lower-case hex digits from the issuer); what the owner revokes it by.</param>
    /// <param name="owner">The user the token acts for (the account's user name, as the caller identifies users).</param>
    /// <param name="name">What the owner called it (1–100 characters after trimming, stored trimmed).</param>
    /// <param name="hash">SHA-256 of the secret as 64 lower-case hex digits (<see cref="ApiTokenIssuer.HashOf"/>).</param>
    /// <param name="prefix">The secret's first 8 characters, so the owner can tell tokens apart.</param>
    /// <param name="createdAt">When it was issued.</param>
    /// <param name="expiresAt">The first instant it is no longer accepted; after <paramref name="createdAt"/>.</param>
    /// <param name="revokedAt">When the owner revoked it; <see langword="null"/> while not revoked.</param>
    /// <param name="lastUsedAt">When it was last accepted (to the minute, see <see cref="IApiTokenStore.TouchAsync"/>).</param>
    /// <exception cref="ArgumentException">A value breaks the rules above.</exception>
    public ApiToken(
        string id, string owner, string name, string hash, string prefix, DateTimeOffset createdAt, DateTimeOffset expiresAt,
        DateTimeOffset? revokedAt = null, DateTimeOffset? lastUsedAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(prefix);
        if (!IsValidName(name))
        {
            throw new ArgumentException($"A token name has 1–{MaxNameLength} characters (after trimming) and no control characters.", nameof(name));
        }

        if (!IsValidHash(hash))
        {
            throw new ArgumentException("A token hash is SHA-256 as 64 lower-case hex digits.", nameof(hash));
        }

        if (prefix.Length != PrefixLength)
        {
            throw new ArgumentException($"A token prefix has {PrefixLength} characters.", nameof(prefix));
        }

        if (expiresAt <= createdAt)
        {
            throw new ArgumentException("A token expires after it is created.", nameof(expiresAt));
        }

        Id = id;
        Owner = owner;
        Name = name.Trim();
        Hash = hash;
        Prefix = prefix;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        RevokedAt = revokedAt;
        LastUsedAt = lastUsedAt;
    }

    /// <summary>Opaque token id.</summary>
    public string Id { get; }

    /// <summary>The user the token acts for.</summary>
    public string Owner { get; }

    /// <summary>What the owner called the token (trimmed).</summary>
    public string Name { get; }

    /// <summary>SHA-256 of the secret, 64 lower-case hex digits: what a request's secret is looked up by.</summary>
    public string Hash { get; }

    /// <summary>The secret's first 8 characters (<c>rhk_</c> and four more), for display.</summary>
    public string Prefix { get; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The first instant the token is no longer accepted (exclusive end of its validity).</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>When it was revoked; <see langword="null"/> while not revoked.</summary>
    public DateTimeOffset? RevokedAt { get; }

    /// <summary>When it was last accepted; <see langword="null"/> when never used. Kept to about a minute.</summary>
    public DateTimeOffset? LastUsedAt { get; }

    /// <summary>True when the token is neither revoked nor expired at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>True when <paramref name="name"/> could name a token (see the constructor's rules).</summary>
    public static bool IsValidName(string? name) =>
        name is not null && name.Trim().Length is > 0 and <= MaxNameLength && !name.Any(char.IsControl);

    /// <summary>True when <paramref name="hash"/> is 64 lower-case hex digits.</summary>
    public static bool IsValidHash(string? hash) =>
        hash is { Length: 64 } && hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
