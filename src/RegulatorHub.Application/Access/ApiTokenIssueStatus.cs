namespace RegulatorHub.Application.Access;

/// <summary>How <see cref="ApiTokenIssuer.IssueAsync"/> ended.</summary>
public enum ApiTokenIssueStatus
{
    /// <summary>The token was stored; its secret is in the result, to be shown once.</summary>
    Issued,

    /// <summary>A parameter was out of range (<see cref="ApiTokenIssueResult.Parameter"/> names it); nothing was stored.</summary>
    InvalidParameter,

    /// <summary>The owner already has <see cref="ApiTokenIssuer.MaxActiveTokensPerOwner"/> active tokens; nothing was stored.</summary>
    TooManyActiveTokens,
}
