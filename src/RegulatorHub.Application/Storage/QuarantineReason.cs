namespace RegulatorHub.Application.Storage;

/// <summary>Why a message was quarantined instead of stored; stable codes shown to operators.</summary>
public static class QuarantineReason
{
    /// <summary>The body is not JSON of the contract's shape (syntax, types, unknown properties).</summary>
    public const string Unparseable = "unparseable";

    /// <summary>Well-formed, but a field breaks a rule of the contract.</summary>
    public const string Invalid = "invalid";

    /// <summary>Valid, but a label has no crosswalk entry or a region name does not resolve.</summary>
    public const string Unresolvable = "unresolvable";

    /// <summary>A structured field carries a raw personal identifier and the source's policy is to quarantine.</summary>
    public const string RawIdentifier = "raw-identifier";

    /// <summary>A row of an imported file that could not be read.</summary>
    public const string RejectedRow = "rejected-row";

    /// <summary>Redelivered too often without being stored.</summary>
    public const string DeliveryLimit = "delivery-limit";

    /// <summary>A referral event whose history does not extend the stored referral's: the stored one was kept.</summary>
    public const string ReferralConflict = "referral-conflict";
}
