using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RegulatorHub.Application.Access;
using RegulatorHub.Application.Configuration;

namespace RegulatorHub.Dashboard.Access;

/// <summary>
/// Checks a user name and password against the local accounts: the password with <see cref="PasswordHasher{TUser}"/>,
/// with a per-name lockout (<see cref="SignInLockout"/>), reporting failures to <see cref="ISignInEvents"/> by account
/// id. Every failure looks the same to the user. Issuing the cookie is the caller's part.
/// </summary>
public sealed partial class LocalSignIn(
    IAccountStore accounts,
    IPasswordHasher<LocalAccount> hasher,
    SignInLockout lockout,
    ISignInEvents events,
    IOptions<AccountOptions> accountOptions,
    IOptions<OidcOptions> oidcOptions,
    IOptions<StorageOptions> storageOptions,
    ILogger<LocalSignIn> logger)
{
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(null!, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    /// <summary>
    /// Whether password sign-in is offered: always without OpenID Connect; with it, only while demo accounts are on
    /// (<c>Access:DemoAccounts</c>), since the provider then owns the real accounts.
    /// </summary>
    public bool Enabled =>
        !oidcOptions.Value.IsConfigured || accountOptions.Value.DemoAccountsEnabled(storageOptions.Value.Provider);

    /// <summary>Checks <paramref name="password"/> for the account named <paramref name="userName"/>.</summary>
    public async Task<LocalSignInResult> SignInAsync(string? userName, string? password, CancellationToken cancellationToken)
    {
        if (!Enabled || !LocalAccount.IsValidUserName(userName?.Trim()) || string.IsNullOrEmpty(password))
        {
            await events.SignInFailedAsync(ISignInEvents.UnknownAccount, SignInFailureReason.IncorrectCredentials, cancellationToken);
            return LocalSignInResult.Failed(SignInFailureReason.IncorrectCredentials);
        }

        var key = LocalAccount.NormalizeUserName(userName!);
        var account = await accounts.FindByUserNameAsync(key, cancellationToken);
        var accountId = account?.Id ?? ISignInEvents.UnknownAccount;
        if (lockout.LockedUntil(key) is { } lockedUntil)
        {
            LogLockedOut(logger, accountId);
            await events.SignInFailedAsync(accountId, SignInFailureReason.LockedOut, cancellationToken);
            return LocalSignInResult.Failed(SignInFailureReason.LockedOut, lockedUntil);
        }

        // An unknown name costs a hash check too, so the answer's timing does not tell which names exist.
        var verified = PasswordVerificationResult.Failed;
        if (account is null)
        {
            hasher.VerifyHashedPassword(null!, _decoyHash.Value, password);
        }
        else
        {
            verified = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        }

        if (verified == PasswordVerificationResult.Failed)
        {
            var lockedNow = lockout.RecordFailure(key);
            LogFailed(logger, accountId);
            if (lockedNow is not null)
            {
                LogLockedOut(logger, accountId);
            }

            await events.SignInFailedAsync(accountId, SignInFailureReason.IncorrectCredentials, cancellationToken);
            return LocalSignInResult.Failed(SignInFailureReason.IncorrectCredentials);
        }

        if (account!.Disabled)
        {
            LogDisabled(logger, accountId);
            await events.SignInFailedAsync(accountId, SignInFailureReason.Disabled, cancellationToken);
            return LocalSignInResult.Failed(SignInFailureReason.Disabled);
        }

        lockout.Reset(key);
        return LocalSignInResult.Success(account);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Password sign-in failed for account {AccountId}")]
    private static partial void LogFailed(ILogger logger, string accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Password sign-in locked out for account {AccountId} after repeated failures")]
    private static partial void LogLockedOut(ILogger logger, string accountId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password sign-in refused for disabled account {AccountId}")]
    private static partial void LogDisabled(ILogger logger, string accountId);
}
