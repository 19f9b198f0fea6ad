using RegulatorHub.Domain.Merchants;
using RegulatorHub.Synthetic.Sampling;
using RegulatorHub.Synthetic.Vocabulary;

namespace RegulatorHub.Synthetic.World;

/// <summary>
/// A few thousand invented merchants, with Zipf popularity inside each pool: offline merchants per province and
/// subject, platform shops per platform and storefront category.
/// </summary>
/// <remarks>
/// Each pool's merchants are ranked in creation order and drawn with weight 1/(rank+1)^1.1, so a few merchants
/// attract most complaints, as in real complaint data. Every pool with any volume gets at least one merchant.
/// </remarks>
internal sealed class MerchantCatalog
{
    private const double ZipfExponent = 1.1;
    private const string CodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private readonly List<SyntheticMerchant> _merchants = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shopIds = new(StringComparer.Ordinal);
    private readonly RegionTable _regions;

    public MerchantCatalog(ulong seed, int target, RegionTable regions)
    {
        _regions = regions;
        var rng = new Xoshiro256(Xoshiro256.Mix(seed, 0x4D45_5243_48UL));
        var subjects = SubjectCatalog.All;
        var provinces = regions.Provinces;
        var platforms = PlatformCatalog.Platforms;
        var labels = PlatformCatalog.Labels;

        // Offline: 45% of the target, spread by province weight × subject share.
        Offline = new Pool[provinces.Length][];
        var provinceTotal = regions.ProvinceWeights.Sum();
        var subjectTotal = subjects.Sum(s => s.HotlineWeight);
        for (var p = 0; p < provinces.Length; p++)
        {
            Offline[p] = new Pool[subjects.Length];
            for (var s = 0; s < subjects.Length; s++)
            {
                var share = regions.ProvinceWeights[p] / provinceTotal * subjects[s].HotlineWeight / subjectTotal;
                var count = Math.Max(1, (int)Math.Round(target * 0.45 * share));
                var members = new int[count];
                for (var i = 0; i < count; i++)
                {
                    members[i] = AddOffline(rng, p, s);
                }

                Offline[p][s] = new Pool(members);
            }
        }

        // Platform shops: 55% of the target, by platform share × category weight on that platform.
        Shops = new Pool?[platforms.Length][];
        var shopsBySubject = new List<int>[platforms.Length][];
        for (var k = 0; k < platforms.Length; k++)
        {
            Shops[k] = new Pool?[labels.Length];
            shopsBySubject[k] = new List<int>[subjects.Length];
            var labelTotal = labels.Sum(l => l.PlatformWeights[k]);
            for (var l = 0; l < labels.Length; l++)
            {
                var weight = labels[l].PlatformWeights[k];
                if (weight <= 0)
                {
                    continue;
                }

                var count = Math.Max(1, (int)Math.Round(target * 0.55 * platforms[k].Share * weight / labelTotal));
                var members = new int[count];
                var subject = SubjectCatalog.IndexOf(labels[l].SubjectCode);
                for (var i = 0; i < count; i++)
                {
                    members[i] = AddShop(rng, k, l, subject);
                    (shopsBySubject[k][subject] ??= []).Add(members[i]);
                }

                Shops[k][l] = new Pool(members);
            }
        }

        ShopsBySubject = new Pool?[platforms.Length][];
        for (var k = 0; k < platforms.Length; k++)
        {
            ShopsBySubject[k] = new Pool?[subjects.Length];
            for (var s = 0; s < subjects.Length; s++)
            {
                if (shopsBySubject[k][s] is { Count: > 0 } list)
                {
                    ShopsBySubject[k][s] = new Pool([.. list]);
                }
            }
        }
    }

    public IReadOnlyList<SyntheticMerchant> Merchants => _merchants;

    /// <summary>Offline merchants by province, then subject.</summary>
    public Pool[][] Offline { get; }

    /// <summary>Platform shops by platform, then storefront category; null where the platform has no such category.</summary>
    public Pool?[][] Shops { get; }

    /// <summary>Platform shops by platform, then subject; null where there are none.</summary>
    public Pool?[][] ShopsBySubject { get; }

    public SyntheticMerchant this[int index] => _merchants[index];

    private int AddOffline(Xoshiro256 rng, int province, int subject)
    {
        var unit = _regions.SampleMerchantUnitIn(province, rng);
        var profile = SubjectCatalog.All[subject];
        string name;
        bool individual;
        int industryIndex;
        do
        {
            industryIndex = rng.NextInt(profile.Industries.Length);
            var industry = profile.Industries[industryIndex].Word;
            var brand = Brand(rng);
            var roll = rng.NextDouble();
            individual = roll >= 0.8;
            var suffix = EndsWithInstitution(industry) ? string.Empty
                : roll < 0.7 ? "有限公司"
                : roll < 0.8 ? "有限责任公司"
                : roll < 0.9 ? "经营部"
                : "商行";
            name = string.Concat(_regions.Units[unit].PlaceWord, brand, industry, suffix);
        }
        while (!_names.Add(name));

        var creditCode = NewCreditCode(rng, individual ? "92" : "91", _regions.Units[unit].Code);
        var inFeed = rng.Chance(0.6);
        var regionCode = _regions.Units[unit].Code;
        var merchant = new SyntheticMerchant
        {
            Index = _merchants.Count,
            Name = name,
            CreditCode = creditCode,
            CreditCodeInFeed = inFeed,
            Platform = -1,
            Subject = subject,
            Industry = industryIndex,
            Unit = unit,
            RegionCode = regionCode,
            Key = MerchantKey.Create(inFeed ? creditCode : null, null, null, name, regionCode).Value,
        };
        _merchants.Add(merchant);
        return merchant.Index;
    }

    private int AddShop(Xoshiro256 rng, int platform, int label, int subject)
    {
        var province = _regions.ShopProvinces.Sample(rng);
        var unit = _regions.SampleMerchantUnitIn(province, rng);
        var info = PlatformCatalog.Labels[label];
        string name;
        do
        {
            var word = rng.Pick(info.ShopWords);
            name = info.IsLocal
                ? string.Concat(Brand(rng), word, "（", _regions.Units[unit].PlaceWord, "店）")
                : string.Concat(Brand(rng), word, ShopSuffix(rng));
        }
        while (!_names.Add(name));

        string shopId;
        var digits = PlatformCatalog.ShopIdDigits[platform];
        Span<char> buffer = stackalloc char[digits];
        do
        {
            Identifiers.WriteDigits(buffer, rng.NextLong((long)Math.Pow(10, digits)));
            buffer[0] = (char)('1' + rng.NextInt(9));
            shopId = new string(buffer);
        }
        while (!_shopIds.Add(PlatformCatalog.Platforms[platform].Id + ":" + shopId));

        var creditCode = NewCreditCode(rng, rng.Chance(0.7) ? "91" : "92", _regions.Units[unit].Code);
        var inFeed = rng.Chance(0.45);
        var platformId = PlatformCatalog.Platforms[platform].Id;
        var regionCode = _regions.Units[unit].Code;
        var merchant = new SyntheticMerchant
        {
            Index = _merchants.Count,
            Name = name,
            CreditCode = creditCode,
            CreditCodeInFeed = inFeed,
            Platform = platform,
            ShopId = shopId,
            Subject = subject,
            PlatformLabel = label,
            Unit = unit,
            RegionCode = regionCode,
            RegionInFeed = rng.Chance(0.8),
            Key = MerchantKey.Create(inFeed ? creditCode : null, platformId, shopId, name, regionCode).Value,
        };
        _merchants.Add(merchant);
        return merchant.Index;
    }

    /// <summary>GB 32100-2015: authority+type (2), region (6), GB 11714 organisation code (8 + check), check (1).</summary>
    private string NewCreditCode(Xoshiro256 rng, string authorityAndType, string regionCode)
    {
        Span<char> code = stackalloc char[18];
        string result;
        do
        {
            authorityAndType.AsSpan().CopyTo(code);
            regionCode.AsSpan().CopyTo(code[2..]);
            var body = code.Slice(8, 8);
            if (rng.Chance(0.6))
            {
                // Codes issued since 2015 mostly start with MA.
                body[0] = 'M';
                body[1] = 'A';
                for (var i = 2; i < 8; i++)
                {
                    body[i] = CodeAlphabet[rng.NextInt(CodeAlphabet.Length)];
                }
            }
            else
            {
                for (var i = 0; i < 8; i++)
                {
                    body[i] = (char)('0' + rng.NextInt(10));
                }
            }

            code[16] = Identifiers.OrganizationCodeCheck(body);
            code[17] = UnifiedSocialCreditCode.ComputeCheckCharacter(code[..17])
                ?? throw new InvalidOperationException("Generated a credit code outside the GB 32100 alphabet.");
            result = new string(code);
        }
        while (!_codes.Add(result));

        return result;
    }

    private static string Brand(Xoshiro256 rng)
    {
        var a = rng.Pick(NameBank.BrandChars);
        string b;
        do
        {
            b = rng.Pick(NameBank.BrandChars);
        }
        while (b == a);

        return a + b;
    }

    private static string ShopSuffix(Xoshiro256 rng)
    {
        var roll = rng.NextDouble();
        return roll < 0.3 ? "旗舰店" : roll < 0.55 ? "专营店" : roll < 0.7 ? "专卖店" : roll < 0.8 ? "官方店" : roll < 0.9 ? "小店" : "工厂店";
    }

    private static bool EndsWithInstitution(string industry) =>
        industry.EndsWith('部') || industry.EndsWith("学校", StringComparison.Ordinal)
        || industry.EndsWith("诊所", StringComparison.Ordinal) || industry.EndsWith("旅行社", StringComparison.Ordinal)
        || industry.EndsWith("大药房", StringComparison.Ordinal) || industry.EndsWith("超市", StringComparison.Ordinal)
        || industry.EndsWith("医院", StringComparison.Ordinal);

    /// <summary>A set of merchants with Zipf weights by rank.</summary>
    internal sealed class Pool
    {
        public Pool(int[] members)
        {
            Members = members;
            var weights = new double[members.Length];
            for (var i = 0; i < weights.Length; i++)
            {
                weights[i] = 1.0 / Math.Pow(i + 1, ZipfExponent);
            }

            Table = new AliasTable(weights);
        }

        public int[] Members { get; }

        public AliasTable Table { get; }

        public int Sample(Xoshiro256 rng) => Members[Table.Sample(rng)];
    }
}
