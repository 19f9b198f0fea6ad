namespace RegulatorHub.Domain.Access;

/// <summary>
/// What a signed-in person may do. The names are also the role claim's string values (<c>Regulator</c>,
/// <c>AgencyAdmin</c>, <c>Analyst</c>, <c>Auditor</c>), written exactly so.
/// </summary>
public enum UserRole
{
    /// <summary>Agency staff: aggregates, and complaint-level records within the agency's jurisdiction.</summary>
    Regulator,

    /// <summary>An agency's administrator: what a regulator may, for the same jurisdiction.</summary>
    AgencyAdmin,

    /// <summary>A policy analyst: aggregates and exports only, never complaint-level records.</summary>
    Analyst,

    /// <summary>Reads the audit trail.</summary>
    Auditor,
}
