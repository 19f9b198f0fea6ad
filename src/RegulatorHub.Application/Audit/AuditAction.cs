namespace RegulatorHub.Application.Audit;

/// <summary>
/// What an audited access did. Stored and hashed by <b>name</b>, so members may be added anywhere but never renamed
/// (a renamed member would make every earlier entry with it fail verification).
/// </summary>
public enum AuditAction
{
    /// <summary>
    /// Not an action: what a stored entry reads as when its action name is not one this build knows (an entry written
    /// by a newer build, or an edited one). Such an entry does not verify. Records cannot be created with it.
    /// </summary>
    Unrecognized = 0,

    /// <summary>A user signed in.</summary>
    SignIn = 1,

    /// <summary>A sign-in was refused (wrong password, unknown or disabled account).</summary>
    SignInFailed = 2,

    /// <summary>A user signed out.</summary>
    SignOut = 3,

    /// <summary>One complaint's details were shown.</summary>
    ComplaintViewed = 4,

    /// <summary>A list of complaint-level records was shown.</summary>
    ComplaintsListed = 5,

    /// <summary>A referral to another agency was created.</summary>
    ReferralCreated = 6,

    /// <summary>A referral was accepted, declined, returned, closed or otherwise changed.</summary>
    ReferralUpdated = 7,

    /// <summary>An export (file or API download) was produced.</summary>
    ExportCreated = 8,

    /// <summary>A call to the HTTP API.</summary>
    ApiCall = 9,

    /// <summary>The audit trail itself was read.</summary>
    AuditViewed = 10,

    /// <summary>Access to a page, record or action was refused.</summary>
    AccessDenied = 11,

    /// <summary>A personal API token was issued (its secret is never recorded).</summary>
    ApiTokenIssued = 12,

    /// <summary>A personal API token was revoked by its owner.</summary>
    ApiTokenRevoked = 13,
}
