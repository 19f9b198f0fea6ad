using Microsoft.Extensions.Logging;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Application.Audit;

/// <summary>
/// <see cref="ISignInEvents"/> that writes each sign-in, failed sign-in and sign-out to the audit trail: actor = account
/// id (<c>unknown</c> when the name typed matched no account; the typed name is never kept), agency and role from the
/// account store when it holds the account, target <c>account:&lt;id&gt;</c>.
/// </summary>
/// <remarks>
/// The hook must not throw, so a failure to record is logged as an error (without the typed name) instead of failing
/// the sign-in; the error is the operator's signal that the trail has a gap.
/// </remarks>
public sealed partial class AuditSignInEvents(AuditWriter writer, IAccountStore accounts, ILogger<AuditSignInEvents> logger) : ISignInEvents
{
    /// <inheritdoc />
    public Task SignedInAsync(string accountId, CancellationToken cancellationToken) =>
        RecordAsync(accountId, AuditAction.SignIn, AuditOutcome.Allowed, detail: null);

    /// <inheritdoc />
    public Task SignInFailedAsync(string accountId, SignInFailureReason reason, CancellationToken cancellationToken)
    {
        // A rule refused the account (locked out, disabled): denied. Wrong credentials or a provider failure: failed.
        var outcome = reason is SignInFailureReason.LockedOut or SignInFailureReason.Disabled ? AuditOutcome.Denied : AuditOutcome.Failed;
        return RecordAsync(accountId, AuditAction.SignInFailed, outcome, "reason=" + reason);
    }

    /// <inheritdoc />
    public Task SignedOutAsync(string accountId, CancellationToken cancellationToken) =>
        RecordAsync(accountId, AuditAction.SignOut, AuditOutcome.Allowed, detail: null);

    // The request's token is not used: the sign-in has happened whether or not the browser waits for the answer, so
    // its record must not be cancelled with the request.
    private async Task RecordAsync(string accountId, AuditAction action, string outcome, string? detail)
    {
        try
        {
            var actor = AuditIds.Token(accountId) ?? AuditRecord.UnknownActor;
            var account = actor == AuditRecord.UnknownActor
                ? null
                : await accounts.FindByIdAsync(accountId, CancellationToken.None).ConfigureAwait(false);
            await writer.WriteAsync(
                actor, AuditIds.Token(account?.AgencyId), account?.Role, action, AuditTargets.Account(actor), outcome,
                purpose: null, detail, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotRecorded(logger, action, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit trail did not record a {Action} event; the trail has a gap")]
    private static partial void LogNotRecorded(ILogger logger, AuditAction action, Exception exception);
}
