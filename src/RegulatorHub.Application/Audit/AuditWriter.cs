using System.Security.Claims;
using RegulatorHub.Application.Access;

namespace RegulatorHub.Application.Audit;

/// <summary>
/// What pages and endpoints call to record an access: stamps the time from the <see cref="TimeProvider"/> and appends.
/// </summary>
public sealed class AuditWriter(IAuditTrail trail, TimeProvider timeProvider)
{
    /// <summary>Records an access by the signed-in <paramref name="user"/> (or <c>anonymous</c> when not signed in).</summary>
    /// <param name="user">The user: actor from <see cref="ClaimTypes.NameIdentifier"/>, role from <see cref="ClaimTypes.Role"/>,
    /// agency from <see cref="RegulatorHubClaims.Agency"/>. The display name is never recorded.</param>
    /// <param name="action">What was done.</param>
    /// <param name="target">What it was done to (see <see cref="AuditTargets"/>).</param>
    /// <param name="outcome">One of <see cref="AuditOutcome"/>.</param>
    /// <param name="purpose">Why, when stated.</param>
    /// <param name="detail">A short note without personal data.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>The stored entry.</returns>
    public Task<AuditEntry> WriteAsync(
        ClaimsPrincipal? user,
        AuditAction action,
        string target,
        string outcome,
        string? purpose = null,
        string? detail = null,
        CancellationToken cancellationToken = default)
    {
        var signedIn = user?.Identity?.IsAuthenticated == true;
        var actor = signedIn ? user!.FindFirst(ClaimTypes.NameIdentifier)?.Value : null;
        return WriteAsync(
            actor ?? AuditRecord.AnonymousActor,
            signedIn ? user!.FindFirst(RegulatorHubClaims.Agency)?.Value : null,
            signedIn ? user!.FindFirst(ClaimTypes.Role)?.Value : null,
            action, target, outcome, purpose, detail, cancellationToken);
    }

    /// <summary>Records an access by <paramref name="actor"/> (an opaque account id, <c>anonymous</c> or <c>unknown</c>).</summary>
    /// <exception cref="ArgumentException">A field is not valid (see <see cref="AuditRecord"/>).</exception>
    public Task<AuditEntry> WriteAsync(
        string actor,
        string? agencyId,
        string? role,
        AuditAction action,
        string target,
        string outcome,
        string? purpose = null,
        string? detail = null,
        CancellationToken cancellationToken = default)
    {
        var record = new AuditRecord(timeProvider.GetUtcNow(), actor, agencyId, role, action, target, outcome, purpose, detail);
        return trail.AppendAsync(record, cancellationToken);
    }
}
