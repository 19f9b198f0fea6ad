using System.Globalization;

namespace RegulatorHub.Application.Access;

/// <summary>
/// An account that signs in to the dashboard with a user name and password kept by RegulatorHub itself (accounts from
/// an OpenID Connect provider are not stored). Validated on construction.
/// </summary>
public sealed record LocalAccount
{
    /// <summary>Longest user name accepted.</summary>
    public const int MaxUserNameLength = 64;

    /// <summary>Creates an account.</summary>
    /// <param name="id">Opaque account id (<c>acct-…</c>), the <c>ClaimTypes.NameIdentifier</c>; never an e-mail address.</param>
    /// <param name="userName">What the user types to sign in (1–64 characters, no spaces or control characters); matched case-insensitively.</param>
    /// <param name="displayName">Shown in the dashboard, the <c>ClaimTypes.Name</c>.</param>
    /// <param name="role">One of <see cref="AccountRoles.All"/>.</param>
    /// <param name="agencyId">The agency the user works for (<c>Access:Agencies</c> id).</param>
    /// <param name="passwordHash">The password hash as <c>PasswordHasher&lt;T&gt;</c> writes it; never the password.</param>
    /// <param name="disabled">A disabled account cannot sign in.</param>
    /// <exception cref="ArgumentException">A value breaks the rules above.</exception>
    public LocalAccount(string id, string userName, string displayName, string role, string agencyId, string passwordHash, bool disabled = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyId);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        if (!IsValidUserName(userName))
        {
            throw new ArgumentException($"A user name has 1–{MaxUserNameLength} characters and no white space or control characters.", nameof(userName));
        }

        if (!AccountRoles.IsKnown(role))
        {
            throw new ArgumentException($"role must be one of {string.Join(", ", AccountRoles.All)}.", nameof(role));
        }

        Id = id;
        UserName = userName;
        DisplayName = displayName;
        Role = role;
        AgencyId = agencyId;
        PasswordHash = passwordHash;
        Disabled = disabled;
    }

    /// <summary>Opaque account id, e.g. <c>acct-hz-regulator</c>.</summary>
    public string Id { get; }

    /// <summary>The sign-in name as created (lookups use <see cref="NormalizedUserName"/>).</summary>
    public string UserName { get; }

    /// <summary>The user name as looked up: <see cref="NormalizeUserName"/> of <see cref="UserName"/>.</summary>
    public string NormalizedUserName => NormalizeUserName(UserName);

    /// <summary>Shown in the dashboard.</summary>
    public string DisplayName { get; }

    /// <summary>One of <see cref="AccountRoles.All"/>.</summary>
    public string Role { get; }

    /// <summary>The agency the user works for.</summary>
    public string AgencyId { get; }

    /// <summary>The password hash (format of <c>PasswordHasher&lt;T&gt;</c>).</summary>
    public string PasswordHash { get; }

    /// <summary>A disabled account cannot sign in.</summary>
    public bool Disabled { get; init; }

    /// <summary>The form user names are compared in: trimmed, lower case (invariant culture).</summary>
    public static string NormalizeUserName(string userName)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return userName.Trim().ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="userName"/> could name an account (see the constructor's rules).</summary>
    public static bool IsValidUserName(string? userName) =>
        !string.IsNullOrEmpty(userName) && userName.Length <= MaxUserNameLength
        && !userName.Any(c => char.IsWhiteSpace(c) || char.IsControl(c));

    /// <summary>Everything but the password hash, so the record can be logged or shown by mistake without harm.</summary>
    public override string ToString() =>
        $"LocalAccount {{ Id = {Id}, Role = {Role}, AgencyId = {AgencyId}, Disabled = {Disabled} }}";
}
