using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Domain.Access;

/// <summary>
/// The regions an agency has jurisdiction over, and whether a region falls within them: a region is covered when it
/// is one of the jurisdiction's regions or lies under one (a county under its city and province, a municipality's
/// district under the municipality). US state codes are covered only by themselves.
/// </summary>
/// <remarks>
/// Coverage follows the gazetteer's hierarchy, so a code the gazetteer does not know is never covered, and neither is a
/// missing (<see langword="null"/> or empty) code: an unplaced complaint belongs to no one's jurisdiction. Immutable and
/// safe to share between threads.
/// </remarks>
public sealed class Jurisdiction
{
    private readonly RegionGazetteer _gazetteer;
    private readonly HashSet<string> _codes;

    /// <summary>Builds the jurisdiction of <paramref name="regionCodes"/> within <paramref name="gazetteer"/>.</summary>
    /// <exception cref="ArgumentException">No code is given, or a code is not a region of the gazetteer.</exception>
    public Jurisdiction(IEnumerable<string> regionCodes, RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(regionCodes);
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        var regions = new List<Region>();
        foreach (var code in regionCodes)
        {
            if (code is null || !gazetteer.TryGet(code, out var region))
            {
                throw new ArgumentException($"'{code}' is not a known region code.", nameof(regionCodes));
            }

            regions.Add(region);
        }

        if (regions.Count == 0)
        {
            throw new ArgumentException("A jurisdiction needs at least one region.", nameof(regionCodes));
        }

        Regions = [.. regions.Distinct().OrderBy(r => r.Code, StringComparer.Ordinal)];
        _codes = new HashSet<string>(Regions.Select(r => r.Code), StringComparer.Ordinal);
    }

    /// <summary>The jurisdiction's own regions, distinct, ordered by code.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Whether the region with <paramref name="regionCode"/> is within this jurisdiction.</summary>
    /// <returns><see langword="false"/> for a missing or unknown code.</returns>
    public bool Covers(string? regionCode) => CoveringRegion(regionCode) is not null;

    /// <summary>
    /// The most specific of the jurisdiction's regions that covers <paramref name="regionCode"/>: the code's own region
    /// when listed, else its nearest listed ancestor; <see langword="null"/> when none covers it.
    /// </summary>
    public Region? CoveringRegion(string? regionCode)
    {
        if (string.IsNullOrEmpty(regionCode) || !_gazetteer.TryGet(regionCode, out var region))
        {
            return null;
        }

        if (_codes.Contains(region.Code))
        {
            return region;
        }

        foreach (var ancestor in _gazetteer.AncestorsOf(region))
        {
            if (_codes.Contains(ancestor.Code))
            {
                return ancestor;
            }
        }

        return null;
    }
}
