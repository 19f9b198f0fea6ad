namespace RegulatorHub.Domain.Complaints;

/// <summary>Where a complaint stands in the handling lifecycle (brief §2–3).</summary>
public enum ComplaintStatus
{
    /// <summary>Registered, not yet decided on (the 7-working-day acceptance clock runs).</summary>
    Received = 1,

    /// <summary>Accepted for handling.</summary>
    Accepted = 2,

    /// <summary>Not accepted (out of scope, no jurisdiction, incomplete).</summary>
    Rejected = 3,

    /// <summary>Handed to the body with jurisdiction.</summary>
    Transferred = 4,

    /// <summary>In mediation between consumer and merchant.</summary>
    InMediation = 5,

    /// <summary>Handling ended; see the outcome.</summary>
    Closed = 6,
}
