namespace RegulatorHub.Application.Referrals;

/// <summary>Which referrals of an agency a listing shows.</summary>
public enum ReferralDirection
{
    /// <summary>Referrals addressed to the agency (it is the receiver).</summary>
    Inbox,

    /// <summary>Referrals the agency sent (it is the sender).</summary>
    Outbox,

    /// <summary>Both.</summary>
    Both,
}
