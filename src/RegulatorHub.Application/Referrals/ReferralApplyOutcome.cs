namespace RegulatorHub.Application.Referrals;

/// <summary>What <see cref="ReferralEventApplier"/> did with one referral event.</summary>
public enum ReferralApplyOutcome
{
    /// <summary>The referral was unknown here and is now stored.</summary>
    Created,

    /// <summary>The event's history extends the stored one, which it replaced.</summary>
    Updated,

    /// <summary>This deployment published the message itself.</summary>
    IgnoredOwn,

    /// <summary>Neither agency of the referral is served by this deployment.</summary>
    IgnoredNotServed,

    /// <summary>The stored referral already holds this history or a longer one (a re-delivery or an older message).</summary>
    IgnoredStale,

    /// <summary>The message was malformed or its history diverges from the stored one; it was set aside in the quarantine.</summary>
    Quarantined,
}
