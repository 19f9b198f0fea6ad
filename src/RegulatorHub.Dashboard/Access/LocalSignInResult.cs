using RegulatorHub.Application.Access;

namespace RegulatorHub.Dashboard.Access;

/// <summary>The outcome of a password sign-in.</summary>
/// <param name="Account">The account, when the password was right and the account may sign in.</param>
/// <param name="Failure">Why it failed; <see langword="null"/> on success.</param>
/// <param name="LockedUntil">When a lockout ends, for <see cref="SignInFailureReason.LockedOut"/>.</param>
public sealed record LocalSignInResult(LocalAccount? Account, SignInFailureReason? Failure, DateTimeOffset? LockedUntil = null)
{
    /// <summary>True when <see cref="Account"/> may be signed in.</summary>
    public bool Succeeded => Account is not null && Failure is null;

    /// <summary>A success for <paramref name="account"/>.</summary>
    public static LocalSignInResult Success(LocalAccount account) => new(account, null);

    /// <summary>A failure.</summary>
    public static LocalSignInResult Failed(SignInFailureReason reason, DateTimeOffset? lockedUntil = null) => new(null, reason, lockedUntil);
}
