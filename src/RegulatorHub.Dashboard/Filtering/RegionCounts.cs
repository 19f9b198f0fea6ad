using RegulatorHub.Analytics.Queries;
using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Dashboard.Filtering;

/// <summary>Complaints per region at the level a map shows, and which map that is.</summary>
/// <param name="MapId"><c>cn</c> (provinces), a province code (its cities or districts), <c>us</c> (states), or <see langword="null"/> when no map covers the level.</param>
/// <param name="Values">Complaints per region code (regions with none are absent).</param>
/// <param name="Total">Complaints counted, including those whose region was not stated.</param>
/// <param name="NotStated">Complaints without a region at this level.</param>
public sealed record RegionCounts(string? MapId, IReadOnlyDictionary<string, double> Values, long Total, long NotStated)
{
    /// <summary>Reads a one-dimension region cube; <paramref name="region"/> is the region filter the cube was counted under.</summary>
    public static RegionCounts From(CountCube cube, string? region, RegionGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var values = cube.Rows.Where(r => r.Keys[0] is not null).ToDictionary(r => r.Keys[0]!, r => (double)r.Total, StringComparer.Ordinal);
        var notStated = cube.Rows.Where(r => r.Keys[0] is null).Sum(r => r.Total);
        return new RegionCounts(MapFor(region, values, gazetteer), values, cube.Total, notStated);
    }

    // With no region filter, the map is the country most of the complaints come from (CFPB data is American).
    private static string? MapFor(string? region, Dictionary<string, double> values, RegionGazetteer gazetteer)
    {
        if (region is null)
        {
            var american = values.Where(v => v.Key.StartsWith("US-", StringComparison.Ordinal)).Sum(v => v.Value);
            return american > values.Values.Sum() / 2 ? "us" : "cn";
        }

        return gazetteer.TryGet(region, out var entry) && entry.Level == RegionLevel.Province ? region : null;
    }
}
