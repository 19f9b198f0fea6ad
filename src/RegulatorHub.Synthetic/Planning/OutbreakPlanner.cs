using RegulatorHub.Synthetic.Sampling;
using RegulatorHub.Synthetic.Vocabulary;
using RegulatorHub.Synthetic.World;

namespace RegulatorHub.Synthetic.Planning;

/// <summary>Decides the outbreaks of a feed from the seed, before any message is generated.</summary>
internal static class OutbreakPlanner
{
    /// <summary>All outbreak extras together never exceed this share of the feed.</summary>
    public const double MaxTotalShare = 0.08;

    private static readonly (OutbreakType Type, double Weight, int MinDays, int MaxDays, string Description)[] s_types =
    [
        (OutbreakType.PlatformShop, 30, 7, 21, "platform shop complaint burst"),
        (OutbreakType.ProductDefect, 15, 14, 35, "product defect"),
        (OutbreakType.AutoRenewal, 10, 14, 42, "unconsented auto-renewal"),
        (OutbreakType.PrepaidCollapse, 20, 7, 21, "prepaid-card collapse"),
        (OutbreakType.FoodSafety, 15, 3, 10, "local food-safety incident"),
        (OutbreakType.TelecomProvince, 10, 2, 7, "provincial telecom billing error"),
    ];

    private static readonly string[] s_prepaidSubjects = ["services.education", "services.life", "services.culture"];

    public static List<OutbreakSpec> Plan(SyntheticFeedOptions options, MerchantCatalog catalog, RegionTable regions)
    {
        var rng = new Xoshiro256(Xoshiro256.Mix((ulong)(uint)options.Seed, 0x4F55_5442_5245_414BUL));
        var days = options.Days;
        var wanted = (int)Math.Round(options.OutbreaksPerYear * days / 365.25);
        var budget = (int)(options.Complaints * MaxTotalShare);
        var weights = new double[s_types.Length];
        for (var i = 0; i < s_types.Length; i++)
        {
            var platform = s_types[i].Type is OutbreakType.PlatformShop or OutbreakType.ProductDefect or OutbreakType.AutoRenewal;
            var possible = platform ? options.PlatformShare > 0 : options.PlatformShare < 1;
            weights[i] = possible ? s_types[i].Weight : 0;
        }

        var specs = new List<OutbreakSpec>();
        if (weights.Sum() <= 0)
        {
            return specs;
        }

        var typeTable = new AliasTable(weights);
        for (var n = 0; n < wanted; n++)
        {
            var t = s_types[typeTable.Sample(rng)];

            // Always draw the same number of values per outbreak, so one outbreak being dropped does not shift the rest.
            var extras = (int)Math.Round(options.Complaints * (0.0005 + (0.0015 * rng.NextDouble())));
            var length = Math.Min(days, rng.NextInt(t.MinDays, t.MaxDays + 1));
            var earliest = Math.Min(Math.Max(0, days / 4), 56);
            var latest = days - length;
            var startDay = latest <= earliest ? Math.Max(0, latest) : rng.NextInt(earliest, latest + 1);
            var spec = Build(t.Type, rng, catalog, regions, startDay, Shape(extras, length));
            if (extras < 3 || extras > budget || spec is null)
            {
                continue;
            }

            budget -= extras;
            spec.Truth = Describe(spec, t.Description, options, catalog, regions);
            specs.Add(spec);
        }

        specs.Sort((a, b) => a.StartDay != b.StartDay ? a.StartDay.CompareTo(b.StartDay) : a.Type.CompareTo(b.Type));
        for (var i = 0; i < specs.Count; i++)
        {
            specs[i].Truth = specs[i].Truth with { Id = "OB-" + (i + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) };
        }

        return specs;
    }

    /// <summary>Triangular ramp: quick rise to a peak at 30% of the window, slower decay.</summary>
    private static int[] Shape(int extras, int length)
    {
        var weights = new double[length];
        var peak = (int)(0.3 * (length - 1));
        for (var k = 0; k < length; k++)
        {
            weights[k] = k <= peak ? (k + 1.0) / (peak + 1.0) : (length - k) / (double)(length - peak);
        }

        return Allocation.Proportional(extras, weights);
    }

    private static OutbreakSpec? Build(OutbreakType type, Xoshiro256 rng, MerchantCatalog catalog, RegionTable regions, int startDay, int[] daily)
    {
        var labels = PlatformCatalog.Labels;
        switch (type)
        {
            case OutbreakType.PlatformShop:
            case OutbreakType.ProductDefect:
            case OutbreakType.AutoRenewal:
            {
                string[] candidates = type switch
                {
                    OutbreakType.PlatformShop => ["服饰鞋包", "美妆个护", "数码家电", "珠宝首饰", "食品生鲜", "家居日用"],
                    OutbreakType.ProductDefect => ["数码家电", "手机通讯", "母婴用品", "家居日用"],
                    _ => ["会员订阅"],
                };
                var label = PlatformCatalog.LabelIndexOf(rng.Pick(candidates));
                var platform = PickPlatformFor(label, rng);
                if (platform < 0 || catalog.Shops[platform][label] is not { } pool)
                {
                    return null;
                }

                // A mid-ranked shop: the top shops' own volume would hide a burst, the tail is too quiet to matter.
                var rank = pool.Members.Length <= 3 ? rng.NextInt(pool.Members.Length) : rng.NextInt(2, Math.Min(pool.Members.Length, 60));
                var merchant = pool.Members[rank];
                if (type == OutbreakType.ProductDefect)
                {
                    for (var i = rank; i < pool.Members.Length; i++)
                    {
                        if (catalog[pool.Members[i]].CreditCodeInFeed)
                        {
                            merchant = pool.Members[i];
                            break;
                        }
                    }
                }

                string[] types = type switch
                {
                    OutbreakType.PlatformShop => ["疑似假货", "描述不符", "发货延迟", "退款纠纷"],
                    OutbreakType.ProductDefect => ["商品质量问题", "安全隐患"],
                    _ => ["自动续费"],
                };
                var complaintType = PlatformCatalog.TypeIndexOf(rng.Pick(types));
                return new OutbreakSpec
                {
                    Type = type,
                    Platform = true,
                    PlatformIndex = platform,
                    Merchant = merchant,
                    Subject = catalog[merchant].Subject,
                    Issue = PlatformCatalog.ComplaintTypes[complaintType].Issue,
                    ComplaintType = complaintType,
                    Label = label,
                    StartDay = startDay,
                    Daily = daily,
                };
            }

            case OutbreakType.PrepaidCollapse:
            {
                var province = regions.ConsumerProvinces.Sample(rng);
                var subject = SubjectCatalog.IndexOf(rng.Pick(s_prepaidSubjects));
                var merchant = rng.Pick(catalog.Offline[province][subject].Members);
                return new OutbreakSpec
                {
                    Type = type,
                    Platform = false,
                    Merchant = merchant,
                    Subject = subject,
                    Issue = IssueCodes.Contract,
                    Province = province,
                    Unit = catalog[merchant].Unit,
                    StartDay = startDay,
                    Daily = daily,
                };
            }

            case OutbreakType.FoodSafety:
            {
                var province = regions.ConsumerProvinces.Sample(rng);
                return new OutbreakSpec
                {
                    Type = type,
                    Platform = false,
                    Subject = SubjectCatalog.IndexOf("goods.food"),
                    Issue = IssueCodes.Safety,
                    Province = province,
                    Unit = regions.SampleUnitIn(province, rng),
                    StartDay = startDay,
                    Daily = daily,
                };
            }

            default:
                return new OutbreakSpec
                {
                    Type = type,
                    Platform = false,
                    Subject = SubjectCatalog.IndexOf("services.telecom"),
                    Issue = IssueCodes.Price,
                    Province = regions.ConsumerProvinces.Sample(rng),
                    StartDay = startDay,
                    Daily = daily,
                };
        }
    }

    private static int PickPlatformFor(int label, Xoshiro256 rng)
    {
        var platforms = PlatformCatalog.Platforms;
        var weights = new double[platforms.Length];
        var any = false;
        for (var k = 0; k < platforms.Length; k++)
        {
            weights[k] = platforms[k].Share * PlatformCatalog.Labels[label].PlatformWeights[k];
            any |= weights[k] > 0;
        }

        return any ? new AliasTable(weights).Sample(rng) : -1;
    }

    private static GroundTruthOutbreak Describe(OutbreakSpec spec, string description, SyntheticFeedOptions options, MerchantCatalog catalog, RegionTable regions)
    {
        var first = 0;
        while (first < spec.Daily.Length - 1 && spec.Daily[first] == 0)
        {
            first++;
        }

        var last = spec.Daily.Length - 1;
        while (last > first && spec.Daily[last] == 0)
        {
            last--;
        }

        var merchant = spec.Merchant >= 0 ? catalog[spec.Merchant] : null;
        return new GroundTruthOutbreak
        {
            Id = string.Empty,
            Description = description,
            Kind = spec.Platform ? "platform" : "hotline",
            Start = options.Start.AddDays(spec.StartDay + first),
            End = options.Start.AddDays(spec.StartDay + last),
            SubjectCode = SubjectCatalog.All[spec.Subject].Code,
            IssueCode = IssueCodes.Codes[spec.Issue],
            IssueLabel = spec.ComplaintType >= 0 ? PlatformCatalog.ComplaintTypes[spec.ComplaintType].Label : null,
            Platform = spec.PlatformIndex >= 0 ? PlatformCatalog.Platforms[spec.PlatformIndex].Id : null,
            MerchantKey = merchant?.Key,
            MerchantName = merchant?.Name,
            CreditCode = merchant is { CreditCodeInFeed: true } ? merchant.CreditCode : null,
            ShopId = merchant?.ShopId,
            ProvinceCode = spec.Province >= 0 ? regions.Provinces[spec.Province].Code : null,
            CountyCode = spec.Unit >= 0 ? regions.Units[spec.Unit].Code : null,
            Complaints = spec.Daily.Sum(),
        };
    }
}
