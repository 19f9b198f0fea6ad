using Microsoft.Extensions.Logging;

namespace RegulatorHub.Application.Access;

/// <summary>
/// The default <see cref="IComplaintViewRecorder"/> until the audit trail is plugged in: one structured log line per
/// view or listing, with the opaque account id, agency, role and purpose, never a name or any complaint content.
/// </summary>
public sealed partial class LoggingComplaintViewRecorder(ILogger<LoggingComplaintViewRecorder> logger) : IComplaintViewRecorder
{
    /// <inheritdoc />
    public Task RecordAsync(UserAccess user, string source, string sourceCaseId, ComplaintViewPurpose purpose, bool allowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return Task.CompletedTask;
        }

        var purposeName = ComplaintViewPurposes.Name(purpose);
        var role = user.Role?.ToString();
        if (allowed)
        {
            LogViewed(logger, user.AccountId, user.AgencyId, role, purposeName, source, sourceCaseId);
        }
        else
        {
            // A refused id is whatever was typed into a URL and may hold anything, so it is left out.
            LogRefused(logger, user.AccountId, user.AgencyId, role, purposeName, source);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RecordListingAsync(UserAccess user, bool allowed, int shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var role = user.Role?.ToString();
            LogListed(logger, user.AccountId, user.AgencyId, role, allowed, shown);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint viewed by account {AccountId} of agency {AgencyId} ({Role}) for {Purpose}: {Source}/{SourceCaseId}")]
    private static partial void LogViewed(ILogger logger, string? accountId, string? agencyId, string? role, string purpose, string source, string sourceCaseId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint view refused to account {AccountId} of agency {AgencyId} ({Role}) for {Purpose}: source {Source}")]
    private static partial void LogRefused(ILogger logger, string? accountId, string? agencyId, string? role, string purpose, string source);

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint list for account {AccountId} of agency {AgencyId} ({Role}): allowed {Allowed}, {Shown} shown")]
    private static partial void LogListed(ILogger logger, string? accountId, string? agencyId, string? role, bool allowed, int shown);
}
