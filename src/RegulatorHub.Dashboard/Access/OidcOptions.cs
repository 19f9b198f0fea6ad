namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// Configuration section <c>Authentication:Oidc</c>: sign-in through an OpenID Connect provider, on when
/// <see cref="Authority"/> is set. The client secret comes from user secrets or the environment, never a file in the
/// repository.
/// </summary>
public sealed class OidcOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Authentication:Oidc";

    /// <summary><c>Authentication:Oidc:Authority</c>: the issuer URL (https), e.g. <c>https://login.example.gov.cn/realms/samr</c>.</summary>
    public string? Authority { get; set; }

    /// <summary><c>Authentication:Oidc:ClientId</c>: this dashboard's client id at the provider.</summary>
    public string? ClientId { get; set; }

    /// <summary><c>Authentication:Oidc:ClientSecret</c>: the client secret (user secrets or environment only).</summary>
    public string? ClientSecret { get; set; }

    /// <summary><c>Authentication:Oidc:RoleClaim</c>: the token claim holding the role (default <c>roles</c>); values outside the four roles are ignored.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary><c>Authentication:Oidc:AgencyClaim</c>: the token claim holding the agency id (default <c>agency</c>).</summary>
    public string AgencyClaim { get; set; } = "agency";

    /// <summary><c>Authentication:Oidc:DisplayNameClaim</c>: the claim shown as the user's name (default <c>name</c>).</summary>
    public string DisplayNameClaim { get; set; } = "name";

    /// <summary><c>Authentication:Oidc:RequireHttpsMetadata</c>: refuse an http authority (default true; false only for a local test provider).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>True when an authority is configured, i.e. OpenID Connect sign-in is on.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}
