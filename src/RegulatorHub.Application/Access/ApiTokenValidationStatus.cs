namespace RegulatorHub.Application.Access;

/// <summary>What <see cref="ApiTokenValidator.ValidateAsync"/> found out about a presented secret.</summary>
public enum ApiTokenValidationStatus
{
    /// <summary>A stored token, neither expired nor revoked: the request acts for its owner.</summary>
    Valid,

    /// <summary>Missing, malformed, or no stored token has its hash.</summary>
    Unknown,

    /// <summary>A stored token whose expiry time has passed.</summary>
    Expired,

    /// <summary>A stored token its owner revoked (revocation wins over expiry when both apply).</summary>
    Revoked,
}
