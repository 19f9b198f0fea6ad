namespace RegulatorHub.Application.Access;

/// <summary>Why a sign-in failed, as <see cref="ISignInEvents"/> reports it (the user is only ever told "incorrect").</summary>
public enum SignInFailureReason
{
    /// <summary>No such user name, or the wrong password.</summary>
    IncorrectCredentials,

    /// <summary>Too many failures in a row: refused without checking the password until the lockout ends.</summary>
    LockedOut,

    /// <summary>The account exists but is disabled.</summary>
    Disabled,

    /// <summary>The identity provider refused or the answer could not be used (OpenID Connect).</summary>
    ExternalFailure,
}
