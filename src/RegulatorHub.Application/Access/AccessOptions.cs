using RegulatorHub.Domain.Access;

namespace RegulatorHub.Application.Access;

/// <summary>Configuration section <c>Access</c>: the agencies and the regions they have jurisdiction over.</summary>
public sealed class AccessOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Access";

    /// <summary>
    /// <c>Access:Agencies</c>: every agency users may belong to (the <c>regulatorhub:agency</c> claim names one by id).
    /// A user whose agency is not listed sees no complaint-level records.
    /// </summary>
    public List<AgencyOptions> Agencies { get; } = [];

    /// <summary>The agencies as domain values; call only on options that passed <see cref="ValidateAccessOptions"/>.</summary>
    /// <exception cref="ArgumentException">An agency breaks an invariant of <see cref="Agency"/>.</exception>
    public IReadOnlyList<Agency> ToAgencies() =>
        [.. Agencies.Select(a => new Agency(a.Id ?? string.Empty, a.Name ?? string.Empty, a.Jurisdictions))];
}
