namespace RegulatorHub.Application.Access;

/// <summary>Why complaint-level access was allowed or denied (for the record; never shown to a user who was denied).</summary>
public enum ComplaintAccessReason
{
    /// <summary>Allowed: the consumer's region is within the agency's jurisdiction.</summary>
    ConsumerInJurisdiction,

    /// <summary>Allowed: the merchant's region is within the agency's jurisdiction.</summary>
    MerchantInJurisdiction,

    /// <summary>Allowed by an <see cref="IComplaintAccessGrant"/> (e.g. a referral addressed to the agency).</summary>
    Granted,

    /// <summary>Denied: the role never sees complaint-level records (Analyst, Auditor, none).</summary>
    RoleNotAllowed,

    /// <summary>Denied: the user's agency is missing or not configured.</summary>
    UnknownAgency,

    /// <summary>Denied: neither region is within the jurisdiction and no grant applies.</summary>
    OutsideJurisdiction,

    /// <summary>Denied: no complaint has that identity (answered exactly as <see cref="OutsideJurisdiction"/>).</summary>
    NotFound,
}
