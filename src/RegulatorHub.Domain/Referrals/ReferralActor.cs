namespace RegulatorHub.Domain.Referrals;

/// <summary>Who did something to a referral: a user account and the agency it acted for.</summary>
/// <param name="UserId">The opaque account id (e.g. <c>acct-hz-regulator</c>); never a name or an e-mail address.</param>
/// <param name="AgencyId">The agency the user acted for (e.g. <c>samr-hz</c>).</param>
/// <exception cref="ArgumentException">Either id is empty or white space.</exception>
public sealed record ReferralActor(string UserId, string AgencyId)
{
    /// <summary>The opaque account id; never a name or an e-mail address.</summary>
    public string UserId { get; } = Require(UserId, nameof(UserId));

    /// <summary>The agency the user acted for.</summary>
    public string AgencyId { get; } = Require(AgencyId, nameof(AgencyId));

    private static string Require(string value, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, name);
        return value;
    }
}
