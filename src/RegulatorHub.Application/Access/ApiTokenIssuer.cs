using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RegulatorHub.Application.Access;

/// <summary>
/// Issues personal API tokens: makes a random secret (<c>rhk_</c> + base64url of 32 random bytes), stores only its
/// SHA-256 hash with the token's metadata, and hands the secret back once. Expected refusals (a lifetime out of range, a
/// bad name, too many active tokens) are results.
/// </summary>
/// <param name="store">Where tokens are kept.</param>
/// <param name="timeProvider">The clock for creation and expiry times.</param>
/// <param name="random">Source of the secret's bytes (<see cref="RandomNumberGenerator.Create()"/> in production).</param>
public sealed class ApiTokenIssuer(IApiTokenStore store, TimeProvider timeProvider, RandomNumberGenerator random)
{
    /// <summary>What every secret starts with, so leaked secrets can be recognised by scanners and by people.</summary>
    public const string SecretPrefix = "rhk_";

    /// <summary>Random bytes in a secret (256 bits).</summary>
    public const int SecretBytes = 32;

    /// <summary>Length of a secret: the prefix and 43 base64url characters.</summary>
    public const int SecretLength = 47;

    /// <summary>Active (unexpired, unrevoked) tokens one owner may hold at once.</summary>
    public const int MaxActiveTokensPerOwner = 10;

    private static readonly System.Buffers.SearchValues<char> s_base64UrlCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>Lifetime when none is given.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(90);

    /// <summary>Shortest lifetime accepted (inclusive).</summary>
    public static readonly TimeSpan MinLifetime = TimeSpan.FromDays(1);

    /// <summary>Longest lifetime accepted (inclusive).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(365);

    /// <summary>Issues a token for <paramref name="owner"/> and stores it.</summary>
    /// <param name="owner">The user the token acts for (the signed-in user; not user input).</param>
    /// <param name="name">What the owner calls the token (1–100 characters).</param>
    /// <param name="lifetime">How long it is accepted, 1–365 days; <see langword="null"/> for <see cref="DefaultLifetime"/>.</param>
    /// <param name="cancellationToken">Cancels the store calls.</param>
    /// <returns>The stored token and its secret (shown once), or a refusal naming the parameter at fault.</returns>
    public async Task<ApiTokenIssueResult> IssueAsync(string owner, string name, TimeSpan? lifetime, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        if (!ApiToken.IsValidName(name))
        {
            return ApiTokenIssueResult.Refused(
                ApiTokenIssueStatus.InvalidParameter, nameof(name),
                $"name must have 1–{ApiToken.MaxNameLength} characters and no control characters.");
        }

        var validFor = lifetime ?? DefaultLifetime;
        if (validFor < MinLifetime || validFor > MaxLifetime)
        {
            return ApiTokenIssueResult.Refused(
                ApiTokenIssueStatus.InvalidParameter, nameof(lifetime),
                string.Create(CultureInfo.InvariantCulture, $"lifetime must be between {MinLifetime.TotalDays:0} and {MaxLifetime.TotalDays:0} days."));
        }

        var now = timeProvider.GetUtcNow();

        // Two issues racing for the same owner may both pass this count; the limit bounds clutter, not a security
        // property, so one token over it is acceptable.
        var existing = await store.ListAsync(owner, cancellationToken).ConfigureAwait(false);
        if (existing.Count(t => t.IsActiveAt(now)) >= MaxActiveTokensPerOwner)
        {
            return ApiTokenIssueResult.Refused(
                ApiTokenIssueStatus.TooManyActiveTokens, null,
                string.Create(CultureInfo.InvariantCulture, $"At most {MaxActiveTokensPerOwner} tokens can be active at once; revoke one first."));
        }

        var secret = NewSecret();
        var token = new ApiToken(
            Guid.CreateVersion7(now).ToString("N"), owner, name, HashOf(secret), secret[..ApiToken.PrefixLength], now, now + validFor);
        if (!await store.AddAsync(token, cancellationToken).ConfigureAwait(false))
        {
            // 256 random bits do not collide; a stored hash means the random source is broken, which must not pass quietly.
            throw new InvalidOperationException("A new API token's hash is already stored: the random number generator is not random.");
        }

        return ApiTokenIssueResult.Issued(token, secret);
    }

    /// <summary>SHA-256 of the secret's UTF-8 bytes as 64 lower-case hex digits: what the store keeps and looks up.</summary>
    public static string HashOf(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>True when <paramref name="secret"/> has the shape of an issued secret (prefix, length, base64url characters).</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is { Length: SecretLength }
        && secret.StartsWith(SecretPrefix, StringComparison.Ordinal)
        && !secret.AsSpan(SecretPrefix.Length).ContainsAnyExcept(s_base64UrlCharacters);

    private string NewSecret()
    {
        Span<byte> bytes = stackalloc byte[SecretBytes];
        random.GetBytes(bytes);
        return SecretPrefix + Base64Url.EncodeToString(bytes);
    }
}
