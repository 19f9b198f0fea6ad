using RegulatorHub.Domain.Regions;
using RegulatorHub.Synthetic.Sampling;

namespace RegulatorHub.Synthetic.World;

/// <summary>
/// The 31 mainland provinces and their county-level units from <see cref="RegionGazetteer"/>, with sampling weights.
/// </summary>
/// <remarks>
/// <para>Province weights are residents × an illustrative complaint propensity. Residents come from
/// <see cref="RegionPopulation"/> when it holds all 31 provinces, else from the built-in 2020 census figures in
/// <see cref="ProvinceProfile"/>. County weights come from <see cref="RegionPopulation"/> when it has every county of a
/// province; otherwise from the kind of unit (urban 区 &gt; county-level 市 &gt; 县 &gt; 旗), a documented stand-in.</para>
/// <para>Units coded <c>NNNN7N</c> (development zones in the statistical division list) are skipped: they are not
/// GB/T 2260 codes and never appear in resident ids.</para>
/// </remarks>
internal sealed class RegionTable
{
    private static readonly Lazy<RegionTable> s_default =
        new(() => Build(RegionGazetteer.Default, RegionPopulation.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private RegionTable(ProvinceInfo[] provinces, RegionUnit[] units, int[][] provinceUnits, bool populationFromData)
    {
        Provinces = provinces;
        Units = units;
        ProvinceUnits = provinceUnits;
        PopulationFromData = populationFromData;

        var provinceWeights = new double[provinces.Length];
        var shopWeights = new double[provinces.Length];
        ConsumerUnits = new AliasTable[provinces.Length];
        MerchantUnits = new AliasTable[provinces.Length];
        for (var p = 0; p < provinces.Length; p++)
        {
            provinceWeights[p] = provinces[p].Residents * provinces[p].Profile.Propensity;
            shopWeights[p] = provinces[p].Residents * provinces[p].Profile.EcommerceFactor;
            var members = provinceUnits[p];
            var consumer = new double[members.Length];
            var merchant = new double[members.Length];
            for (var i = 0; i < members.Length; i++)
            {
                consumer[i] = units[members[i]].Weight;

                // Shops and companies cluster in urban districts more than residents do.
                merchant[i] = Math.Pow(units[members[i]].Weight, 1.5);
            }

            ConsumerUnits[p] = new AliasTable(consumer);
            MerchantUnits[p] = new AliasTable(merchant);
        }

        ConsumerProvinces = new AliasTable(provinceWeights);
        ShopProvinces = new AliasTable(shopWeights);
        ProvinceWeights = provinceWeights;
    }

    public static RegionTable Default => s_default.Value;

    public ProvinceInfo[] Provinces { get; }

    public RegionUnit[] Units { get; }

    /// <summary>Indices into <see cref="Units"/> per province.</summary>
    public int[][] ProvinceUnits { get; }

    /// <summary>Consumer weight per province (residents × propensity).</summary>
    public double[] ProvinceWeights { get; }

    /// <summary>True when residents came from <see cref="RegionPopulation"/> rather than the built-in table.</summary>
    public bool PopulationFromData { get; }

    public AliasTable ConsumerProvinces { get; }

    /// <summary>Where online shops are registered: residents × e-commerce concentration.</summary>
    public AliasTable ShopProvinces { get; }

    public AliasTable[] ConsumerUnits { get; }

    public AliasTable[] MerchantUnits { get; }

    /// <summary>A consumer's county: province by weight, then county within it.</summary>
    public int SampleConsumerUnit(Xoshiro256 rng)
    {
        var p = ConsumerProvinces.Sample(rng);
        return ProvinceUnits[p][ConsumerUnits[p].Sample(rng)];
    }

    /// <summary>A county within one province, by resident weight.</summary>
    public int SampleUnitIn(int province, Xoshiro256 rng) => ProvinceUnits[province][ConsumerUnits[province].Sample(rng)];

    /// <summary>A merchant's county within one province (urban-weighted).</summary>
    public int SampleMerchantUnitIn(int province, Xoshiro256 rng) => ProvinceUnits[province][MerchantUnits[province].Sample(rng)];

    /// <summary>The address prefix of a unit: 浙江省杭州市西湖区, 北京市朝阳区, 广东省东莞市.</summary>
    public string AddressPrefix(int unit)
    {
        var u = Units[unit];
        var province = Provinces[u.ProvinceIndex].NameZh;
        return u.CityName is null ? province + u.Name : string.Concat(province, u.CityName, u.Name);
    }

    public static RegionTable Build(RegionGazetteer gazetteer, RegionPopulation population)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(population);

        var profiles = ProvinceProfile.All;
        var provinces = new ProvinceInfo[profiles.Length];
        var allFromData = true;
        for (var p = 0; p < profiles.Length; p++)
        {
            var code = profiles[p].Prefix + "0000";
            if (!gazetteer.TryGet(code, out var region) || region.Level != RegionLevel.Province)
            {
                throw new InvalidOperationException($"The region gazetteer has no province {code}.");
            }

            var hasData = population.TryGetPopulation(code, out var residents) && residents > 0;
            allFromData &= hasData;
            provinces[p] = new ProvinceInfo(code, region.NameZh, profiles[p], hasData ? residents : profiles[p].Residents);
        }

        if (!allFromData)
        {
            // Mixing sources would skew the map; use the built-in census figures for every province.
            for (var p = 0; p < provinces.Length; p++)
            {
                provinces[p] = provinces[p] with { Residents = profiles[p].Residents };
            }
        }

        var units = new List<RegionUnit>(3000);
        var provinceUnits = new int[provinces.Length][];
        for (var p = 0; p < provinces.Length; p++)
        {
            var members = new List<(Region Region, string? City)>();
            foreach (var child in gazetteer.ChildrenOf(provinces[p].Code))
            {
                if (child.Level == RegionLevel.County)
                {
                    members.Add((child, null));
                    continue;
                }

                var counties = gazetteer.ChildrenOf(child.Code);
                if (counties.Count == 0)
                {
                    members.Add((child, null));
                    continue;
                }

                foreach (var county in counties)
                {
                    members.Add((county, child.NameZh));
                }
            }

            members.RemoveAll(m => m.Region.Level == RegionLevel.County && m.Region.Code[4] == '7');
            if (members.Count == 0)
            {
                throw new InvalidOperationException($"The region gazetteer has no county-level units in {provinces[p].Code}.");
            }

            var countyPopulationComplete = true;
            foreach (var (region, _) in members)
            {
                countyPopulationComplete &= population.TryGetPopulation(region.Code, out var r) && r > 0;
            }

            var indices = new int[members.Count];
            for (var i = 0; i < members.Count; i++)
            {
                var (region, city) = members[i];
                var weight = countyPopulationComplete && population.TryGetPopulation(region.Code, out var residents)
                    ? residents
                    : HeuristicWeight(region);
                var provinceName = provinces[p].NameZh;
                var leafCity = region.Level == RegionLevel.City;
                var resolved = leafCity
                    ? gazetteer.Resolve(provinceName, region.NameZh, null)
                    : gazetteer.Resolve(provinceName, city, region.NameZh);
                var namesResolve = resolved.Succeeded && resolved.Region!.Code == region.Code;
                indices[i] = units.Count;
                units.Add(new RegionUnit(region.Code, region.NameZh, city, p, weight, namesResolve, leafCity)
                {
                    PlaceWord = PlaceWord(leafCity ? region.NameZh : city, region.NameZh, provinceName),
                });
            }

            provinceUnits[p] = indices;
        }

        var unitArray = units.ToArray();
        return new RegionTable(provinces, unitArray, provinceUnits, allFromData);
    }

    /// <summary>Stand-in resident weight by kind of unit when no county population data is available.</summary>
    private static double HeuristicWeight(Region region)
    {
        if (region.Level == RegionLevel.City)
        {
            return 4.0; // a prefecture-level city without counties is a whole city (东莞, 中山)
        }

        var name = region.NameZh;
        if (name.EndsWith("林区", StringComparison.Ordinal) || name.EndsWith("特区", StringComparison.Ordinal))
        {
            return 0.3;
        }

        if (name.EndsWith('区'))
        {
            return 1.6;
        }

        if (name.EndsWith('市'))
        {
            return 1.1;
        }

        if (name.EndsWith("自治县", StringComparison.Ordinal))
        {
            return 0.5;
        }

        if (name.EndsWith('县'))
        {
            return 0.7;
        }

        return name.EndsWith('旗') ? 0.35 : 0.6;
    }

    private static string PlaceWord(string? city, string county, string province)
    {
        if (city is not null && city.EndsWith('市') && city.Length is >= 3 and <= 4)
        {
            return city[..^1];
        }

        if (county.Length is >= 3 and <= 4 && (county.EndsWith('市') || county.EndsWith('县')))
        {
            return county[..^1];
        }

        // Municipalities and long autonomous-prefecture names: the province's short name (北京, 延边 → 吉林).
        return province.Length >= 3 && province.EndsWith('市') ? province[..^1] : province[..2];
    }
}
