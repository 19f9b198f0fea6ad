namespace RegulatorHub.Domain.Complaints;

/// <summary>How a closed complaint ended.</summary>
public enum ComplaintOutcome
{
    /// <summary>Mediation reached an agreement.</summary>
    AgreementReached = 1,

    /// <summary>Mediation ended without agreement.</summary>
    NoAgreement = 2,

    /// <summary>The consumer withdrew the complaint.</summary>
    Withdrawn = 3,

    /// <summary>Moved to an enforcement case.</summary>
    EnforcementCase = 4,

    /// <summary>Closed by the respondent with an explanation and no relief (CFPB wording).</summary>
    ClosedWithExplanation = 5,

    /// <summary>Closed by the respondent with monetary relief (CFPB wording).</summary>
    ClosedWithMonetaryRelief = 6,

    /// <summary>Closed by the respondent with non-monetary relief (CFPB wording).</summary>
    ClosedWithNonMonetaryRelief = 7,

    /// <summary>Out of the regulator's scope; the consumer was told whom to contact.</summary>
    OutOfScope = 8,
}
