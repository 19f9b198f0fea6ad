namespace RegulatorHub.Application.Access;

/// <summary>
/// Extension point: grants a user complaint-level access beyond their agency's jurisdiction, for one complaint. The
/// referral flow adds one ("a referral addressed to my agency"). Consulted only for users who may see complaint-level
/// records at all and only when the jurisdiction does not already cover the complaint: a grant widens the regions, never
/// the roles.
/// </summary>
public interface IComplaintAccessGrant
{
    /// <summary>Whether <paramref name="user"/> may see the complaint <paramref name="source"/> + <paramref name="sourceCaseId"/>.</summary>
    Task<bool> GrantsAsync(UserAccess user, string source, string sourceCaseId, CancellationToken cancellationToken);
}
