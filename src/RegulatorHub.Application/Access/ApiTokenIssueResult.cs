using System.Diagnostics.CodeAnalysis;

namespace RegulatorHub.Application.Access;

/// <summary>
/// The outcome of <see cref="ApiTokenIssuer.IssueAsync"/>: the stored token and its secret, or why none was issued.
/// </summary>
/// <remarks>
/// Invariants: when <see cref="Succeeded"/>, <see cref="Token"/> and <see cref="Secret"/> are set and
/// <see cref="Message"/> is <see langword="null"/>; otherwise <see cref="Message"/> is set (a sentence for people) and
/// <see cref="Parameter"/> names the parameter at fault when one is. <see cref="ToString"/> never shows the secret.
/// </remarks>
public sealed class ApiTokenIssueResult
{
    private ApiTokenIssueResult(ApiTokenIssueStatus status, ApiToken? token, string? secret, string? parameter, string? message)
    {
        Status = status;
        Token = token;
        Secret = secret;
        Parameter = parameter;
        Message = message;
    }

    /// <summary>How the call ended.</summary>
    public ApiTokenIssueStatus Status { get; }

    /// <summary>Whether a token was issued.</summary>
    [MemberNotNullWhen(true, nameof(Token), nameof(Secret))]
    [MemberNotNullWhen(false, nameof(Message))]
    public bool Succeeded => Status == ApiTokenIssueStatus.Issued;

    /// <summary>The token as stored; <see langword="null"/> on a refusal.</summary>
    public ApiToken? Token { get; }

    /// <summary>The secret (<c>rhk_</c> + 43 base64url characters): show it once, never log or store it.</summary>
    public string? Secret { get; }

    /// <summary>The parameter at fault (<c>name</c>, <c>lifetime</c>), when a refusal is about one.</summary>
    public string? Parameter { get; }

    /// <summary>Why nothing was issued; <see langword="null"/> on success.</summary>
    public string? Message { get; }

    /// <summary>An issued token and its secret.</summary>
    public static ApiTokenIssueResult Issued(ApiToken token, string secret)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        return new ApiTokenIssueResult(ApiTokenIssueStatus.Issued, token, secret, null, null);
    }

    /// <summary>A refusal of <paramref name="status"/> (not <see cref="ApiTokenIssueStatus.Issued"/>).</summary>
    public static ApiTokenIssueResult Refused(ApiTokenIssueStatus status, string? parameter, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        if (status == ApiTokenIssueStatus.Issued || !Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A refusal needs a refusal status.");
        }

        return new ApiTokenIssueResult(status, null, null, parameter, message);
    }

    /// <inheritdoc />
    public override string ToString() => Succeeded
        ? $"Issued token {Token.Id} ({Token.Prefix}…) for {Token.Owner}"
        : $"{Status}: {Message}";
}
