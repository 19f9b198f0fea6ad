using RegulatorHub.Domain.Regions;

namespace RegulatorHub.Analytics.Facts;

/// <summary>
/// The region dictionary plus, for every region code in it, the codes of its province, city and county, so a fact
/// stores only its finest region and is counted at any level by one array look-up. Single writer, lock-free readers.
/// </summary>
/// <remarks>
/// A region the gazetteer does not know keeps no ancestors: it is counted at no level rather than guessed at. A US
/// state is its own province.
/// </remarks>
internal sealed class RegionHierarchy(RegionGazetteer gazetteer)
{
    private int[] _province = new int[16];
    private int[] _city = new int[16];
    private int[] _county = new int[16];

    public FactDictionary Codes { get; } = new(nameof(FactDimension.County), ushort.MaxValue);

    /// <summary>Province (or state) code of each region code; 0 when unknown.</summary>
    public int[] Province => Volatile.Read(ref _province);

    /// <summary>City code of each region code; 0 when the region is not in a city.</summary>
    public int[] City => Volatile.Read(ref _city);

    /// <summary>County code of each region code; 0 when the region is coarser than a county.</summary>
    public int[] County => Volatile.Read(ref _county);

    /// <summary>The level map for <paramref name="dimension"/>.</summary>
    public int[] LevelOf(FactDimension dimension) => dimension switch
    {
        FactDimension.Province => Province,
        FactDimension.City => City,
        FactDimension.County => County,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a region dimension."),
    };

    /// <summary>The code of <paramref name="regionCode"/>, adding it and its ancestors when new. Writer only.</summary>
    public int GetOrAdd(string? regionCode)
    {
        var before = Codes.Count;
        var code = Codes.GetOrAdd(regionCode);
        if (code >= before && code > 0)
        {
            Describe(code, regionCode!);
        }

        return code;
    }

    /// <summary>Fills an empty hierarchy with region codes in code order, keeping every code as it was saved.</summary>
    public void Restore(IReadOnlyList<string> codes)
    {
        Codes.Restore(codes);
        for (var code = 1; code <= codes.Count; code++)
        {
            Describe(code, codes[code - 1]);
        }
    }

    private void Describe(int code, string regionCode)
    {
        int province = 0, city = 0, county = 0;
        if (gazetteer.TryGet(regionCode, out var region))
        {
            foreach (var level in gazetteer.AncestorsOf(region).Prepend(region))
            {
                switch (level.Level)
                {
                    case RegionLevel.Province or RegionLevel.State:
                        province = level == region ? code : GetOrAdd(level.Code);
                        break;
                    case RegionLevel.City:
                        city = level == region ? code : GetOrAdd(level.Code);
                        break;
                    case RegionLevel.County:
                        county = code;
                        break;
                }
            }
        }

        Set(ref _province, code, province);
        Set(ref _city, code, city);
        Set(ref _county, code, county);
    }

    private static void Set(ref int[] map, int code, int value)
    {
        var current = map;
        if (code >= current.Length)
        {
            Array.Resize(ref current, Math.Max(code + 1, current.Length * 2));
        }

        current[code] = value;
        Volatile.Write(ref map, current);
    }
}
