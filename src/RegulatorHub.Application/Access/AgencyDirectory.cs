using RegulatorHub.Application.Referrals;
using RegulatorHub.Domain.Access;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Application.Access;

/// <summary>
/// The configured agencies: look-up by id, each one's <see cref="Jurisdiction"/>, and which agencies a region falls
/// under. Immutable and safe to share between threads. It is also the agency lookup referrals use, so the agencies,
/// their names and their jurisdictions are read and validated once, in one place.
/// </summary>
public sealed class AgencyDirectory : IAgencyLookup, IJurisdictionLookup
{
    private readonly Dictionary<string, (Agency Agency, Jurisdiction Jurisdiction)> _byId;
    private readonly RegionGazetteer _gazetteer;

    /// <summary>Builds the directory of <paramref name="agencies"/> over <paramref name="gazetteer"/>.</summary>
    /// <exception cref="ArgumentException">Two agencies share an id, or a jurisdiction names an unknown region.</exception>
    public AgencyDirectory(IEnumerable<Agency> agencies, RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _byId = new Dictionary<string, (Agency, Jurisdiction)>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            ArgumentNullException.ThrowIfNull(agency, nameof(agencies));
            if (!_byId.TryAdd(agency.Id, (agency, new Jurisdiction(agency.Jurisdictions, gazetteer))))
            {
                throw new ArgumentException($"Agency id '{agency.Id}' appears twice.", nameof(agencies));
            }
        }

        All = [.. _byId.Values.Select(v => v.Agency).OrderBy(a => a.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every agency, ordered by id.</summary>
    public IReadOnlyList<Agency> All { get; }

    /// <summary>The directory of validated <c>Access</c> options.</summary>
    public static AgencyDirectory From(AccessOptions options, RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AgencyDirectory(options.ToAgencies(), gazetteer);
    }

    /// <summary>The agency with this id, or <see langword="null"/> (also for a missing id).</summary>
    public Agency? Find(string? id) => id is not null && _byId.TryGetValue(id, out var entry) ? entry.Agency : null;

    /// <inheritdoc />
    public bool Exists(string agencyId) => Find(agencyId) is not null;

    /// <inheritdoc />
    public string? NameOf(string agencyId) => Find(agencyId)?.Name;

    /// <inheritdoc />
    public string? AgencyFor(string? regionCode) => AgenciesCovering(regionCode) is [var mostSpecific, ..] ? mostSpecific.Id : null;

    /// <summary>The jurisdiction of an agency of this directory.</summary>
    /// <exception cref="KeyNotFoundException">The directory has no agency with that id.</exception>
    public Jurisdiction JurisdictionOf(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return _byId.TryGetValue(agency.Id, out var entry)
            ? entry.Jurisdiction
            : throw new KeyNotFoundException($"No agency has id '{agency.Id}'.");
    }

    /// <summary>
    /// The agencies whose jurisdiction covers <paramref name="regionCode"/>, most specific first: an agency covering it
    /// through a county comes before one covering it through a city, before one covering its province (ties by id).
    /// Empty for a missing or unknown code.
    /// </summary>
    /// <example>For 西湖区 (330106) with the demo agencies: samr-hz (杭州市, 330100), then samr-zj (浙江省, 330000).</example>
    public IReadOnlyList<Agency> AgenciesCovering(string? regionCode)
    {
        var covering = new List<(Agency Agency, int Depth)>();
        foreach (var (agency, jurisdiction) in _byId.Values)
        {
            if (jurisdiction.CoveringRegion(regionCode) is { } region)
            {
                covering.Add((agency, Depth(region)));
            }
        }

        return [.. covering.OrderByDescending(c => c.Depth).ThenBy(c => c.Agency.Id, StringComparer.Ordinal).Select(c => c.Agency)];
    }

    // The number of regions above: 0 for a province or state, 1 for a city or a county directly under a province (a
    // municipality's district), 2 for a county under a city.
    private int Depth(Region region) => _gazetteer.AncestorsOf(region).Count();
}
