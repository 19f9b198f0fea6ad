using RegulatorHub.Application.Access;

namespace RegulatorHub.Application.Audit;

/// <summary>
/// <see cref="IComplaintViewRecorder"/> that writes every complaint view (allowed or refused) and every listing to the
/// audit trail, with the stated purpose. A failure to record fails the request, so nothing is shown unrecorded.
/// </summary>
/// <remarks>
/// A view is <see cref="AuditAction.ComplaintViewed"/> with outcome <c>allowed</c> or <c>denied</c>, target
/// <c>complaint:&lt;source&gt;/&lt;case id&gt;</c>. For a refused view the source and case id are what was typed into a
/// URL and may hold anything, so each is kept only when it looks like an id (letters, digits, <c>. _ : -</c>, at most
/// <see cref="MaxTypedIdLength"/> characters) and is <c>withheld</c> otherwise. A listing is
/// <see cref="AuditAction.ComplaintsListed"/> with target <c>complaints:&lt;agency&gt;</c> and the count shown.
/// </remarks>
public sealed class AuditComplaintViewRecorder(AuditWriter writer) : IComplaintViewRecorder
{
    /// <summary>Longest typed source or case id kept in the record of a refused view.</summary>
    public const int MaxTypedIdLength = 64;

    /// <summary>What replaces a typed source or case id that does not look like an id.</summary>
    public const string Withheld = "withheld";

    /// <inheritdoc />
    public Task RecordAsync(UserAccess user, string source, string sourceCaseId, ComplaintViewPurpose purpose, bool allowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var target = allowed
            ? AuditTargets.Complaint(source, sourceCaseId)
            : AuditTargets.Complaint(
                AuditIds.PlainOrNull(source, MaxTypedIdLength) ?? Withheld,
                AuditIds.PlainOrNull(sourceCaseId, MaxTypedIdLength) ?? Withheld);
        return writer.WriteAsync(
            Actor(user), AuditIds.Token(user.AgencyId), user.Role?.ToString(), AuditAction.ComplaintViewed, target,
            allowed ? AuditOutcome.Allowed : AuditOutcome.Denied, ComplaintViewPurposes.Name(purpose), detail: null, cancellationToken);
    }

    /// <inheritdoc />
    public Task RecordListingAsync(UserAccess user, bool allowed, int shown, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var agency = AuditIds.Token(user.AgencyId);
        return writer.WriteAsync(
            Actor(user), agency, user.Role?.ToString(), AuditAction.ComplaintsListed, AuditTargets.ComplaintList(agency),
            allowed ? AuditOutcome.Allowed : AuditOutcome.Denied, purpose: null,
            "shown=" + shown.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    private static string Actor(UserAccess user) => AuditIds.Token(user.AccountId) ?? AuditRecord.AnonymousActor;
}
