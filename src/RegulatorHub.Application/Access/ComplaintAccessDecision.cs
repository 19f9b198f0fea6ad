namespace RegulatorHub.Application.Access;

/// <summary>The answer to "may this user see this complaint", with the reason.</summary>
/// <param name="Allowed">Whether the complaint may be shown.</param>
/// <param name="Reason">Why.</param>
/// <param name="GrantedBy">The grant that allowed it (its type name), when <paramref name="Reason"/> is <see cref="ComplaintAccessReason.Granted"/>.</param>
public sealed record ComplaintAccessDecision(bool Allowed, ComplaintAccessReason Reason, string? GrantedBy = null)
{
    /// <summary>Allowed for <paramref name="reason"/>.</summary>
    public static ComplaintAccessDecision Allow(ComplaintAccessReason reason, string? grantedBy = null) => new(true, reason, grantedBy);

    /// <summary>Denied for <paramref name="reason"/>.</summary>
    public static ComplaintAccessDecision Deny(ComplaintAccessReason reason) => new(false, reason);
}
