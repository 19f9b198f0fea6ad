using System.Diagnostics.CodeAnalysis;
using System.Text;
using RegulatorHub.Domain.Embedded;

namespace RegulatorHub.Domain.Regions;

/// <summary>
/// The gazetteer of Chinese provinces, prefecture-level cities and county-level units (GB/T 2260 codes) and of the
/// United States' 50 states and DC (ISO 3166-2 codes): look-ups by code, the hierarchy, and resolution of free-text
/// names as they appear in complaints.
/// </summary>
/// <remarks>
/// <para>Invariants, checked when an instance is built:</para>
/// <list type="bullet">
/// <item>Codes are unique, and every <see cref="Region"/> satisfies its own invariants.</item>
/// <item>Every parent code names a region in the gazetteer; a city's parent is a province; a county's parent is a
/// city or (for municipal districts and provincially administered units such as 仙桃市) a province. So every
/// county reaches its province in at most two steps, and <see cref="ProvinceOf"/> is total.</item>
/// <item>States and provinces have no parent.</item>
/// </list>
/// <para>An instance is immutable and safe to share between threads. All name indexes are built once, when the instance
/// is built; <see cref="Resolve"/> then costs a few dictionary look-ups and allocates only when it fails.</para>
/// </remarks>
public sealed class RegionGazetteer
{
    /// <summary>The embedded file of Chinese regions, relative to <c>Data/</c>.</summary>
    internal const string ChinaResource = "regions/cn-gbt2260.csv";

    /// <summary>The embedded file of US states, relative to <c>Data/</c>.</summary>
    internal const string UsResource = "regions/us-states.csv";

    private static readonly Lazy<RegionGazetteer> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Region> _byCode;
    private readonly Dictionary<string, Region[]> _children;
    private readonly Region[] _all;
    private readonly Region[] _provinces;
    private readonly Region[] _cities;
    private readonly Region[] _counties;
    private readonly Region[] _usStates;
    private readonly RegionNameIndex _provinceNames;
    private readonly RegionNameIndex _cityNames;
    private readonly RegionNameIndex _countyNames;

    private RegionGazetteer(IEnumerable<Region> regions)
    {
        _byCode = new Dictionary<string, Region>(StringComparer.Ordinal);
        foreach (var region in regions)
        {
            ArgumentNullException.ThrowIfNull(region, nameof(regions));
            if (!_byCode.TryAdd(region.Code, region))
            {
                throw new ArgumentException($"Region code '{region.Code}' appears twice.", nameof(regions));
            }
        }

        _all = [.. _byCode.Values.OrderBy(r => r.Code, StringComparer.Ordinal)];
        var children = new Dictionary<string, List<Region>>(StringComparer.Ordinal);
        foreach (var region in _all)
        {
            if (region.ParentCode is null)
            {
                continue;
            }

            if (!_byCode.TryGetValue(region.ParentCode, out var parent))
            {
                throw new ArgumentException($"Region {region} has unknown parent '{region.ParentCode}'.", nameof(regions));
            }

            var parentOk = region.Level switch
            {
                RegionLevel.City => parent.Level == RegionLevel.Province,
                RegionLevel.County => parent.Level is RegionLevel.City or RegionLevel.Province,
                _ => false,
            };
            if (!parentOk)
            {
                throw new ArgumentException($"Region {region} ({region.Level}) cannot have parent {parent} ({parent.Level}).", nameof(regions));
            }

            if (!children.TryGetValue(parent.Code, out var list))
            {
                list = [];
                children.Add(parent.Code, list);
            }

            list.Add(region);
        }

        _children = children.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _provinces = [.. _all.Where(r => r.Level == RegionLevel.Province)];
        _cities = [.. _all.Where(r => r.Level == RegionLevel.City)];
        _counties = [.. _all.Where(r => r.Level == RegionLevel.County)];
        _usStates = [.. _all.Where(r => r.Level == RegionLevel.State)];

        var provinceNames = new RegionNameIndex.Builder();
        foreach (var province in _provinces)
        {
            provinceNames.AddExact(province.Code, province);
            provinceNames.AddNames(province);
        }

        foreach (var state in _usStates)
        {
            provinceNames.AddExact(state.Code, state);
            provinceNames.AddExact(state.Code[3..], state);
            provinceNames.AddNames(state);
        }

        // The city input also accepts county-level units directly under a province: municipal districts (北京市 朝阳区)
        // and provincially administered units (湖北省 仙桃市), which stand where a prefecture-level city would.
        var cityNames = new RegionNameIndex.Builder();
        var countyNames = new RegionNameIndex.Builder();
        foreach (var region in _all)
        {
            if (region.Level == RegionLevel.City
                || (region.Level == RegionLevel.County && _byCode[region.ParentCode!].Level == RegionLevel.Province))
            {
                cityNames.AddExact(region.Code, region);
                cityNames.AddNames(region);
            }

            if (region.Level == RegionLevel.County)
            {
                countyNames.AddExact(region.Code, region);
                countyNames.AddNames(region);
            }
        }

        _provinceNames = provinceNames.Build();
        _cityNames = cityNames.Build();
        _countyNames = countyNames.Build();
    }

    /// <summary>
    /// The gazetteer embedded in this assembly (<c>Data/regions/cn-gbt2260.csv</c> and <c>us-states.csv</c>), loaded on
    /// first use; thread-safe.
    /// </summary>
    public static RegionGazetteer Default => s_default.Value;

    /// <summary>All regions, ordered by code.</summary>
    public IReadOnlyList<Region> All => _all;

    /// <summary>Chinese province-level regions (including Taiwan, Hong Kong and Macao), ordered by code.</summary>
    public IReadOnlyList<Region> Provinces => _provinces;

    /// <summary>Chinese prefecture-level cities, ordered by code.</summary>
    public IReadOnlyList<Region> Cities => _cities;

    /// <summary>Chinese county-level units, ordered by code.</summary>
    public IReadOnlyList<Region> Counties => _counties;

    /// <summary>The US states and the District of Columbia, ordered by code.</summary>
    public IReadOnlyList<Region> UsStates => _usStates;

    /// <summary>Reads a gazetteer from the two CSV files (columns <c>code,name_zh,name_en,level,parent</c>).</summary>
    /// <exception cref="InvalidDataException">A file is malformed or breaks an invariant.</exception>
    public static RegionGazetteer Load(TextReader cnCsv, TextReader usCsv)
    {
        ArgumentNullException.ThrowIfNull(cnCsv);
        ArgumentNullException.ThrowIfNull(usCsv);
        var regions = RegionCsv.ReadRegions(cnCsv, "CN regions");
        regions.AddRange(RegionCsv.ReadRegions(usCsv, "US regions"));
        try
        {
            return new RegionGazetteer(regions);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException(ex.Message, ex);
        }
    }

    /// <summary>Builds a gazetteer from regions.</summary>
    /// <exception cref="ArgumentException">The regions break an invariant (duplicate code, unknown or wrong parent).</exception>
    public static RegionGazetteer Create(IEnumerable<Region> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        return new RegionGazetteer(regions);
    }

    /// <summary>Looks a region up by its exact code (<c>330106</c>, <c>US-CA</c>).</summary>
    public bool TryGet(string code, [NotNullWhen(true)] out Region? region)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out region);
    }

    /// <summary>Looks a region up by its exact code; <see langword="null"/> when there is none.</summary>
    public Region? Find(string code) => TryGet(code, out var region) ? region : null;

    /// <summary>The direct children of a region, ordered by code: a province's cities and directly administered
    /// county-level units, a city's county-level units. Empty for counties and states.</summary>
    /// <exception cref="KeyNotFoundException">No region has that code.</exception>
    public IReadOnlyList<Region> ChildrenOf(string code) =>
        _children.TryGetValue(Get(code).Code, out var children) ? children : [];

    /// <summary>All county-level units under a region, ordered by code: itself for a county, none for a state.</summary>
    /// <exception cref="KeyNotFoundException">No region has that code.</exception>
    public IReadOnlyList<Region> CountiesOf(string code)
    {
        var region = Get(code);
        return region.Level switch
        {
            RegionLevel.County => [region],
            RegionLevel.City => ChildrenOf(code),
            RegionLevel.Province => [.. _counties.Where(c => ProvinceOf(c) == region)],
            _ => [],
        };
    }

    /// <summary>The ancestors of a region, nearest first (a county's city, then its province); empty for top-level regions.</summary>
    public IEnumerable<Region> AncestorsOf(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var ancestors = new List<Region>(2);
        for (var current = region; current.ParentCode is not null;)
        {
            current = Get(current.ParentCode);
            ancestors.Add(current);
        }

        return ancestors;
    }

    /// <summary>The ancestors of the region with this code, nearest first.</summary>
    /// <exception cref="KeyNotFoundException">No region has that code.</exception>
    public IEnumerable<Region> AncestorsOf(string code) => AncestorsOf(Get(code));

    /// <summary>The top-level region above (or equal to) a region: its province, or the state itself.</summary>
    /// <exception cref="KeyNotFoundException">The region's parent chain leaves the gazetteer (the region is not from it).</exception>
    public Region ProvinceOf(Region region)
    {
        ArgumentNullException.ThrowIfNull(region);
        var current = region;
        while (current.ParentCode is not null)
        {
            current = Get(current.ParentCode);
        }

        return current;
    }

    /// <summary>The code of the province (or state) above or equal to the region with this code.</summary>
    /// <exception cref="KeyNotFoundException">No region has that code.</exception>
    public string ProvinceCodeOf(string code) => ProvinceOf(Get(code)).Code;

    /// <summary>
    /// Resolves free-text names, as complaint sources write them, to the most specific region they describe.
    /// </summary>
    /// <param name="province">A province-level name (<c>浙江省</c>, <c>浙江</c>, <c>Zhejiang</c>, <c>330000</c>) or a US
    /// state (<c>CA</c>, <c>US-CA</c>, <c>California</c>, <c>加利福尼亚州</c>); may be empty.</param>
    /// <param name="city">A prefecture-level city (<c>杭州市</c>, <c>杭州</c>, <c>恩施州</c>), a county-level unit directly
    /// under a province (<c>朝阳区</c> under 北京, <c>仙桃市</c>), the municipality's own name (<c>北京市</c>) or a
    /// placeholder (<c>市辖区</c>, <c>县</c>, <c>省直辖县级行政区划</c>); may be empty.</param>
    /// <param name="county">A county-level unit (<c>西湖区</c>, <c>西湖</c>, <c>义乌市</c>); may be empty.</param>
    /// <returns>
    /// The deepest region named, or a failure whose <see cref="RegionResolution.Error"/> names the input that did not
    /// resolve and why: unknown name, ambiguous without a parent, or not within the parent given.
    /// </returns>
    /// <remarks>
    /// <para>Inputs are trimmed; comparison is ordinal, ignoring ASCII case. Each input is first matched on full
    /// names and codes, and only if nothing matches within the scope, on short names (suffix 省/市/自治区/自治州/地区/
    /// 盟/区/县/旗 … stripped). Levels are resolved top-down — province, then city within the province, then county
    /// within the city or province — so a short name never matches a region of another level.</para>
    /// <para>A US state ends resolution: the gazetteer has no US cities or counties, so the city and county inputs are
    /// ignored. A county input that repeats the city input (杭州市 杭州市) resolves to the city, and so does a county
    /// input naming a city without county-level units (广东 东莞市; also 中山市, 儋州市, 嘉峪关市).</para>
    /// <para>Without a parent, a match that rests only on a short name fails as ambiguous when the same text also names
    /// a region of a higher level (city 海南: 海南省 or 海南藏族自治州; county 河南: 河南省 or 河南蒙古族自治县).</para>
    /// <para>Each input also accepts the exact code of a region of its level (<c>330000</c>, <c>330100</c>, <c>330106</c>).</para>
    /// </remarks>
    public RegionResolution Resolve(string? province, string? city, string? county)
    {
        var provinceText = province.AsSpan().Trim();
        var cityText = city.AsSpan().Trim();
        var countyText = county.AsSpan().Trim();
        if (provinceText.IsEmpty && cityText.IsEmpty && countyText.IsEmpty)
        {
            return RegionResolution.Failure(RegionInputField.Province, RegionResolutionErrorKind.NoInput, "No region given: province, city and county are all empty.", null);
        }

        Region? provinceRegion = null;
        if (!provinceText.IsEmpty)
        {
            var candidates = _provinceNames.Exact(provinceText);
            if (candidates.Length == 0)
            {
                candidates = _provinceNames.Short(provinceText);
            }

            if (candidates.Length != 1)
            {
                return candidates.Length == 0
                    ? RegionResolution.Failure(RegionInputField.Province, RegionResolutionErrorKind.UnknownName, $"Province '{provinceText}' is not a known province-level region or US state.", null)
                    : RegionResolution.Failure(RegionInputField.Province, RegionResolutionErrorKind.Ambiguous, $"Province '{provinceText}' is ambiguous: it matches {Describe(candidates)}.", null);
            }

            provinceRegion = candidates[0];
            if (provinceRegion.Level == RegionLevel.State)
            {
                return RegionResolution.Success(provinceRegion);
            }
        }

        var scope = provinceRegion;
        Region? cityRegion = null;
        if (!cityText.IsEmpty && !RegionNames.IsCityPlaceholder(cityText))
        {
            var match = Match(_cityNames, cityText, provinceRegion, out var count, out var viaShortName);
            if (count == 1 && viaShortName && provinceRegion is null && NamesOtherLevel(cityText, match!, includeCities: false))
            {
                // Without a province, 海南 is both 海南省 and (short) 海南藏族自治州: do not guess across levels.
                return CrossLevelAmbiguous(RegionInputField.City, cityText, match!, includeCities: false);
            }

            if (count == 1)
            {
                cityRegion = match;
                scope = match;
            }
            else if (count > 1)
            {
                return Ambiguous(RegionInputField.City, cityText, _cityNames, provinceRegion);
            }
            else
            {
                // Not a city: the municipality's (or province's) own name in the city slot, as in 北京市 北京市 朝阳区.
                var asProvince = _provinceNames.Exact(cityText);
                if (asProvince.Length == 0)
                {
                    asProvince = _provinceNames.Short(cityText);
                }

                if (asProvince.Length == 1 && asProvince[0].Level == RegionLevel.Province
                    && (provinceRegion is null || asProvince[0] == provinceRegion))
                {
                    scope = asProvince[0];
                }
                else
                {
                    return NotFound(RegionInputField.City, cityText, _cityNames, provinceRegion);
                }
            }
        }

        if (countyText.IsEmpty)
        {
            return RegionResolution.Success(scope!);
        }

        if (scope is { Level: RegionLevel.County })
        {
            // The city slot held a county-level unit (湖北 仙桃市); the county input can only repeat it.
            return _countyNames.Names(countyText, scope)
                ? RegionResolution.Success(scope)
                : RegionResolution.Failure(RegionInputField.County, RegionResolutionErrorKind.NotInParent, $"County '{countyText}' is not within {DescribeOne(scope)}, which is itself a county-level unit.", scope);
        }

        var countyRegion = Match(_countyNames, countyText, scope, out var countyCount, out var countyViaShortName);
        if (countyCount == 1 && countyViaShortName && scope is null && NamesOtherLevel(countyText, countyRegion!, includeCities: true))
        {
            // Without a parent, 河南 is both 河南省 and (short) 河南蒙古族自治县: do not guess across levels.
            return CrossLevelAmbiguous(RegionInputField.County, countyText, countyRegion!, includeCities: true);
        }

        if (countyCount == 1)
        {
            return RegionResolution.Success(countyRegion!);
        }

        if (countyCount > 1)
        {
            return Ambiguous(RegionInputField.County, countyText, _countyNames, scope);
        }

        if (cityRegion is not null && _cityNames.Names(countyText, cityRegion))
        {
            // 东莞市 东莞市: a city without county-level units, repeated in the county slot.
            return RegionResolution.Success(cityRegion);
        }

        if (cityRegion is null)
        {
            // 广东 (no city) 东莞市: a city without county-level units stands at county level too.
            var asCity = Match(_cityNames, countyText, scope, out var cityCount, out _);
            if (cityCount == 1 && asCity!.Level == RegionLevel.City && !_children.ContainsKey(asCity.Code))
            {
                return RegionResolution.Success(asCity);
            }
        }

        return NotFound(RegionInputField.County, countyText, _countyNames, scope);
    }

    private static RegionGazetteer LoadEmbedded()
    {
        using var cn = new StreamReader(EmbeddedData.Open(ChinaResource), Encoding.UTF8);
        using var us = new StreamReader(EmbeddedData.Open(UsResource), Encoding.UTF8);
        return Load(cn, us);
    }

    private static bool IsWithin(Region region, Region? scope) => scope switch
    {
        null => true,
        { Level: RegionLevel.Province } => region.Code.AsSpan(0, 2).SequenceEqual(scope.Code.AsSpan(0, 2)),
        _ => region.ParentCode == scope.Code,
    };

    /// <summary>Matches a name within a scope: full names first, short names only if no full name matches there.</summary>
    private static Region? Match(RegionNameIndex index, ReadOnlySpan<char> text, Region? scope, out int count, out bool viaShortName)
    {
        var match = MatchTier(index.Exact(text), scope, out count);
        viaShortName = count == 0;
        return count > 0 ? match : MatchTier(index.Short(text), scope, out count);
    }

    private static bool ContainsOther(Region[] candidates, Region match, bool provincesOnly)
    {
        foreach (var candidate in candidates)
        {
            if (candidate != match && (!provincesOnly || candidate.Level == RegionLevel.Province))
            {
                return true;
            }
        }

        return false;
    }

    private static Region? MatchTier(Region[] candidates, Region? scope, out int count)
    {
        count = 0;
        Region? first = null;
        foreach (var candidate in candidates)
        {
            if (IsWithin(candidate, scope))
            {
                first ??= candidate;
                count++;
            }
        }

        return first;
    }

    private static List<Region> Within(Region[] candidates, Region? scope) => [.. candidates.Where(c => IsWithin(c, scope))];

    private static string FieldName(RegionInputField field) => field switch
    {
        RegionInputField.Province => "Province",
        RegionInputField.City => "City",
        _ => "County",
    };

    /// <summary>Whether a name also names a province (or, with <paramref name="includeCities"/>, a city-slot region) other than <paramref name="match"/>.</summary>
    private bool NamesOtherLevel(ReadOnlySpan<char> text, Region match, bool includeCities) =>
        ContainsOther(_provinceNames.Exact(text), match, provincesOnly: true)
        || ContainsOther(_provinceNames.Short(text), match, provincesOnly: true)
        || (includeCities && (ContainsOther(_cityNames.Exact(text), match, provincesOnly: false) || ContainsOther(_cityNames.Short(text), match, provincesOnly: false)));

    private RegionResolution CrossLevelAmbiguous(RegionInputField field, ReadOnlySpan<char> text, Region match, bool includeCities)
    {
        var others = _provinceNames.Exact(text).Concat(_provinceNames.Short(text)).Where(r => r.Level == RegionLevel.Province);
        if (includeCities)
        {
            others = others.Concat(_cityNames.Exact(text)).Concat(_cityNames.Short(text));
        }

        var matches = new[] { match }.Concat(others).Distinct().ToList();
        var parent = field == RegionInputField.County ? "province or city" : "province";
        return RegionResolution.Failure(field, RegionResolutionErrorKind.Ambiguous, $"{FieldName(field)} '{text}' is ambiguous without a {parent}: it matches {Describe(matches)}.", null);
    }

    private RegionResolution Ambiguous(RegionInputField field, ReadOnlySpan<char> text, RegionNameIndex index, Region? scope)
    {
        var exact = Within(index.Exact(text), scope);
        var matches = exact.Count > 0 ? exact : Within(index.Short(text), scope);
        var where = scope is null ? $"without a {(field == RegionInputField.County ? "province or city" : "province")}" : $"within {DescribeOne(scope)}";
        return RegionResolution.Failure(field, RegionResolutionErrorKind.Ambiguous, $"{FieldName(field)} '{text}' is ambiguous {where}: it matches {Describe(matches)}.", scope);
    }

    private RegionResolution NotFound(RegionInputField field, ReadOnlySpan<char> text, RegionNameIndex index, Region? scope)
    {
        var elsewhere = index.Exact(text);
        if (elsewhere.Length == 0)
        {
            elsewhere = index.Short(text);
        }

        if (scope is not null && elsewhere.Length > 0)
        {
            return RegionResolution.Failure(field, RegionResolutionErrorKind.NotInParent, $"{FieldName(field)} '{text}' is not in {DescribeOne(scope)}; that name belongs to {Describe(elsewhere)}.", scope);
        }

        var level = field == RegionInputField.City ? "prefecture-level city" : "county-level unit";
        var within = scope is null ? string.Empty : $" in {DescribeOne(scope)}";
        return RegionResolution.Failure(field, RegionResolutionErrorKind.UnknownName, $"{FieldName(field)} '{text}' is not a known {level}{within}.", scope);
    }

    private string Describe(IEnumerable<Region> regions) => string.Join(", ", regions.Select(DescribeOne));

    private string DescribeOne(Region region)
    {
        var ancestors = AncestorsOf(region).Select(a => a.NameZh).ToList();
        return ancestors.Count == 0 ? region.ToString() : $"{region} ({string.Join(", ", ancestors)})";
    }

    private Region Get(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out var region)
            ? region
            : throw new KeyNotFoundException($"No region has code '{code}'.");
    }
}
