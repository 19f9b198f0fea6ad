using System.Diagnostics.CodeAnalysis;

namespace RegulatorHub.Application.Access;

/// <summary>The outcome of checking a presented API token secret.</summary>
/// <param name="Status">What was found.</param>
/// <param name="Token">
/// The stored token when one matched (valid, expired or revoked: the caller may audit who tried); <see langword="null"/>
/// when <see cref="ApiTokenValidationStatus.Unknown"/>.
/// </param>
public sealed record ApiTokenValidation(ApiTokenValidationStatus Status, ApiToken? Token)
{
    /// <summary>An unknown or malformed secret.</summary>
    public static ApiTokenValidation Unknown { get; } = new(ApiTokenValidationStatus.Unknown, null);

    /// <summary>Whether the request may act for <see cref="ApiToken.Owner"/>.</summary>
    [MemberNotNullWhen(true, nameof(Token))]
    public bool IsValid => Status == ApiTokenValidationStatus.Valid && Token is not null;
}
