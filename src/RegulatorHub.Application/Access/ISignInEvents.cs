namespace RegulatorHub.Application.Access;

/// <summary>
/// Hook for sign-in events (the audit trail plugs in here). Each takes the account id, or <see cref="UnknownAccount"/>
/// when there is none; never the user name as typed, which may be someone's password typed in the wrong box.
/// Implementations must not throw for the event itself: a failure to record is theirs to report.
/// </summary>
public interface ISignInEvents
{
    /// <summary>The account id used when a sign-in names no existing account.</summary>
    public const string UnknownAccount = "unknown";

    /// <summary>A user signed in (local password or OpenID Connect).</summary>
    Task SignedInAsync(string accountId, CancellationToken cancellationToken);

    /// <summary>A sign-in attempt failed.</summary>
    Task SignInFailedAsync(string accountId, SignInFailureReason reason, CancellationToken cancellationToken);

    /// <summary>A user signed out.</summary>
    Task SignedOutAsync(string accountId, CancellationToken cancellationToken);
}
