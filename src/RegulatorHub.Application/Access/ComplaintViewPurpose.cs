namespace RegulatorHub.Application.Access;

/// <summary>Why a user opens a complaint's record; stated before it is shown, and recorded with the view.</summary>
public enum ComplaintViewPurpose
{
    /// <summary>Handling the complaint (mediation, reply, follow-up).</summary>
    Handling,

    /// <summary>Preparing or acting on a referral to or from another agency.</summary>
    Referral,

    /// <summary>Supervision of a merchant, sector or region.</summary>
    Supervision,

    /// <summary>Checking the quality of handling or of the data.</summary>
    QualityCheck,
}
