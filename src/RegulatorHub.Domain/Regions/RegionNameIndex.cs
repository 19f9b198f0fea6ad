namespace RegulatorHub.Domain.Regions;

/// <summary>
/// A two-tier name → regions map built once: exact keys (full names, English names, codes) and short keys (names with
/// their level suffix stripped). Keys compare ordinally, ignoring ASCII case; lookups take spans and do not allocate.
/// </summary>
internal sealed class RegionNameIndex
{
    private readonly Dictionary<string, Region[]> _exact;
    private readonly Dictionary<string, Region[]> _short;
    private readonly Dictionary<string, Region[]>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<string, Region[]>.AlternateLookup<ReadOnlySpan<char>> _shortLookup;

    private RegionNameIndex(Dictionary<string, Region[]> exact, Dictionary<string, Region[]> shortNames)
    {
        _exact = exact;
        _short = shortNames;
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _shortLookup = _short.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Regions whose exact key is <paramref name="name"/>; empty when none.</summary>
    public Region[] Exact(ReadOnlySpan<char> name) => _exactLookup.TryGetValue(name, out var found) ? found : [];

    /// <summary>Regions whose short key is <paramref name="name"/>; empty when none.</summary>
    public Region[] Short(ReadOnlySpan<char> name) => _shortLookup.TryGetValue(name, out var found) ? found : [];

    /// <summary>Whether <paramref name="name"/> is any key of <paramref name="region"/>.</summary>
    public bool Names(ReadOnlySpan<char> name, Region region) =>
        Array.IndexOf(Exact(name), region) >= 0 || Array.IndexOf(Short(name), region) >= 0;

    /// <summary>Collects keys, then freezes them into an index.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, List<Region>> _exact = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, List<Region>> _short = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Adds an exact key.</summary>
        public void AddExact(string key, Region region) => Add(_exact, key, region);

        /// <summary>Adds a short key.</summary>
        public void AddShort(string key, Region region) => Add(_short, key, region);

        /// <summary>Adds the full Chinese name, the English name and the short names of a region.</summary>
        public void AddNames(Region region)
        {
            AddExact(region.NameZh, region);
            if (region.NameEn is not null)
            {
                AddExact(region.NameEn, region);
            }

            foreach (var shortName in RegionNames.ShortNamesOf(region))
            {
                AddShort(shortName, region);
            }
        }

        /// <summary>Freezes the keys.</summary>
        public RegionNameIndex Build() => new(Freeze(_exact), Freeze(_short));

        private static void Add(Dictionary<string, List<Region>> map, string key, Region region)
        {
            if (!map.TryGetValue(key, out var list))
            {
                list = [];
                map.Add(key, list);
            }

            if (!list.Contains(region))
            {
                list.Add(region);
            }
        }

        private static Dictionary<string, Region[]> Freeze(Dictionary<string, List<Region>> map)
        {
            var frozen = new Dictionary<string, Region[]>(map.Count, StringComparer.OrdinalIgnoreCase);
            foreach (var (key, list) in map)
            {
                frozen.Add(key, [.. list]);
            }

            return frozen;
        }
    }
}
